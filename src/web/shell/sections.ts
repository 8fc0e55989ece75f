import type { ReactNode } from 'react';
import type { Project } from '../api/client.js';
import { DedupPage } from '../features/dedup/dedup-page.js';
import { ImportPage } from '../features/imports/import-page.js';
import { StudiesSection } from '../features/reading/studies-section.js';
import { RecordsPage } from '../features/records/records-page.js';
import { AgreementPage } from '../features/screening/agreement-page.js';
import { ConflictsPage } from '../features/screening/conflicts-page.js';
import { PrismaPage } from '../features/screening/prisma-page.js';
import { ReportPage } from '../features/report/report-page.js';
import { ScreeningPage } from '../features/screening/screening-page.js';
import { SearchLogPage } from '../features/searches/search-log-page.js';
import { CerqualPage } from '../features/synthesis/cerqual-page.js';
import { GridPage } from '../features/synthesis/grid-page.js';
import { JournalPage } from '../features/synthesis/journal-page.js';
import { SynthesisPage } from '../features/synthesis/synthesis-page.js';
import { TranslationsPage } from '../features/synthesis/translations-page.js';

export type SectionProps = Readonly<{ project: Project }>;

export type ProjectSection = Readonly<{
  /** URL segment under /projects/:pid/ */
  path: string;
  label: string;
  /** Nav group: the review stage the page belongs to. */
  group: string;
  render: (props: SectionProps) => ReactNode;
}>;

/**
 * The pages of a project, in nav order. The nav, the routes and the breadcrumbs are all derived from
 * this list, so a new phase (de-duplication, screening…) plugs in with one entry and nothing else.
 */
export const projectSections: readonly ProjectSection[] = [
  { path: 'searches', label: 'Search log', group: 'Identification', render: SearchLogPage },
  { path: 'import', label: 'Import', group: 'Identification', render: ImportPage },
  { path: 'records', label: 'Records', group: 'Identification', render: RecordsPage },
  { path: 'dedup', label: 'De-duplication', group: 'Identification', render: DedupPage },
  { path: 'screening', label: 'Screening', group: 'Screening', render: ScreeningPage },
  { path: 'conflicts', label: 'Conflicts', group: 'Screening', render: ConflictsPage },
  { path: 'agreement', label: 'Agreement', group: 'Screening', render: AgreementPage },
  { path: 'studies', label: 'Studies', group: 'Reading', render: StudiesSection },
  { path: 'grid', label: 'Grid', group: 'Synthesis', render: GridPage },
  { path: 'translations', label: 'Translations', group: 'Synthesis', render: TranslationsPage },
  { path: 'synthesis', label: 'Synthesis', group: 'Synthesis', render: SynthesisPage },
  { path: 'cerqual', label: 'GRADE-CERQual', group: 'Synthesis', render: CerqualPage },
  { path: 'journal', label: 'Journal', group: 'Synthesis', render: JournalPage },
  { path: 'prisma', label: 'PRISMA diagram', group: 'Reporting', render: PrismaPage },
  { path: 'report', label: 'Report', group: 'Reporting', render: ReportPage },
];

export const defaultSection = projectSections[0]!;

export const sectionPath = (projectId: string, section: string): string => `/projects/${encodeURIComponent(projectId)}/${section}`;
