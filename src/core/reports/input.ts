/**
 * Everything a report is built from. The app layer gathers it from the store (project settings, search
 * log, de-duplication and screening summaries, the synthesis state, appraisals, characteristics, CERQual)
 * and passes it in: the report itself reads nothing and computes every number from these values, so the
 * same input always gives the same report.
 *
 * Where the core already has a type for a piece of data, it is reused here (the synthesis state, PRISMA
 * counts, appraisals, characteristics, CERQual findings); only what has no core type yet is defined below
 * (the project's texts, the search log rows, the de-duplication and screening summaries).
 */
import type { StudyAppraisal } from '../appraisal/answers.js';
import type { Checklist } from '../appraisal/checklist.js';
import type { CerqualAssessment } from '../cerqual/assessment.js';
import type { RelevanceCriterion } from '../cerqual/component-inputs.js';
import type { Finding } from '../cerqual/finding.js';
import type { CharacteristicsForm } from '../characteristics/form.js';
import type { StudyCharacteristics } from '../characteristics/values.js';
import type { BibRecord } from '../records/record.js';
import type { ExclusionReason, ResolutionMethod, ScreeningSettings, ScreeningStage } from '../screening/types.js';
import type { StudyId } from '../synthesis/ids.js';
import type { SynthesisState } from '../synthesis/state.js';
import type { PrismaCounts } from './prisma/counts.js';
import type { PrismaSourceKind } from './prisma/input.js';

/**
 * The authors' own prose, each placed where the reporting guidelines expect it. Every field is optional:
 * a report built before they are written says plainly which are missing and where to write them, and
 * never fills the gap with placeholder text.
 */
export type ReportTexts = Readonly<{
  /** The knowledge gap and its wider context (eMERGe 1). */
  background?: string;
  /** The aim(s) of the synthesis (eMERGe 2, ENTREQ 1). */
  aims?: string;
  /** An introduction, used for eMERGe 1 when there is no separate background. */
  introduction?: string;
  /** Why meta-ethnography is the right method for this question (eMERGe 4, ENTREQ 2). */
  rationale?: string;
  /** The rationale of the search approach: exhaustive or purposive, and why (eMERGe 5, ENTREQ 3). */
  searchRationale?: string;
  /** Inclusion criteria in prose (ENTREQ 4); the screening settings' criteria are used when this is empty. */
  eligibility?: string;
  /** Summary of findings compared with existing literature (eMERGe 17). */
  discussion?: string;
  /** Strengths of the synthesis (eMERGe 18). */
  strengths?: string;
  /** Limitations: how the included studies and the conduct of the synthesis shaped the findings (eMERGe 18). */
  limitations?: string;
  /** The research team's influence on the findings (eMERGe 18). */
  reflexivity?: string;
  /** Implications for policy, practice, research and theory (eMERGe 19). */
  conclusion?: string;
  funding?: string;
  /** Protocol and registration (e.g. a PROSPERO number). */
  protocol?: string;
}>;

export type ReportProject = Readonly<{
  title: string;
  /** The review question (eMERGe 3). */
  question?: string;
  /** The built-in example project: the report then says, prominently, that its data are illustrative. */
  isExample: boolean;
  /** Replaces the default example notice. */
  exampleNotice?: string;
  /** Author line as the authors want it printed. */
  authors?: string;
  texts: ReportTexts;
}>;

/**
 * One row of the search log (PRISMA-S items 1–13): one source searched once. Dates are ISO dates, full or
 * partial (`2024-02-01`, `2024-02`, `2024`).
 */
export type ReportSearch = Readonly<{
  /** The database, register or other method: `MEDLINE`, `Scopus`, `Manual searching`… */
  source: string;
  /** The interface a database was searched on: `Ovid`, `EBSCOhost`, `ProQuest`. */
  platform?: string;
  kind: PrismaSourceKind;
  /** For other methods: how it was done (e.g. "reference lists of included studies checked by hand"). */
  method?: string;
  dateRun?: string;
  /** The full strategy as run (PRISMA-S 8). */
  query?: string;
  limits?: string;
  filters?: string;
  /** Hits the source reported. */
  hitsReported?: number;
  /** Records imported into the project from this search's files. */
  recordsImported?: number;
}>;

/** The de-duplication step (PRISMA-S 16). */
export type ReportDedup = Readonly<{
  /** How duplicates were found, e.g. "automatic matching on DOI, PMID and title-author-year; every pair reviewed by hand". */
  method: string;
  recordsImported: number;
  duplicatesRemoved: number;
  uniqueRecords: number;
}>;

/** Agreement between reviewers at one stage, as the screening module computes it. */
export type ReportAgreement = Readonly<{
  /** Cohen's kappa (two reviewers). */
  kappa?: number;
  /** Share of decisions on which reviewers agreed, 0–1 (as `StageAgreement.percentAgreement`). */
  percent?: number;
  /** Records decided by two reviewers: the paired decisions the statistics rest on. */
  pairs: number;
}>;

export type ReportScreeningStage = Readonly<{
  stage: ScreeningStage;
  screened: number;
  included: number;
  excluded: number;
  agreement?: ReportAgreement;
}>;

/** How records were screened: summarised from the screening settings and log by the app. */
export type ReportScreening = Readonly<{
  reviewersPerRecord: ScreeningSettings['reviewersPerRecord'];
  blinded: boolean;
  stages: readonly ReportScreeningStage[];
  /** The project's shared list of exclusion reasons. */
  exclusionReasons: readonly ExclusionReason[];
  /** Whether a ranking model ordered records for screening (prioritised screening). */
  rankingUsed: boolean;
  /** The eligibility criteria shown to screeners (the screening settings' `eligibilityCriteria`). */
  eligibilityCriteria?: string;
  /** How disagreements were settled in the log, if any were. */
  resolutionMethods?: readonly ResolutionMethod[];
}>;

/** The bibliographic records (reports) of one included study, for the reference list. */
export type ReportStudyReports = Readonly<{ studyId: StudyId; reports: readonly BibRecord[] }>;

export type ReportInput = Readonly<{
  project: ReportProject;
  /** When the report was generated (ISO date-time), printed on it. Passed in: the core has no clock. */
  generatedAt: string;
  /** The software and version the review was run in, for ENTREQ 15 (default "metaethno"). */
  software?: string;
  searches: readonly ReportSearch[];
  dedup?: ReportDedup;
  screening?: ReportScreening;
  prisma?: PrismaCounts;
  synthesis: SynthesisState;
  studyReports: readonly ReportStudyReports[];
  appraisal?: Readonly<{ checklist: Checklist; appraisals: readonly StudyAppraisal[] }>;
  characteristics?: Readonly<{ form: CharacteristicsForm; values: readonly StudyCharacteristics[] }>;
  cerqual?: Readonly<{
    findings: readonly Finding[];
    assessments: readonly CerqualAssessment[];
    relevance: readonly RelevanceCriterion[];
  }>;
}>;
