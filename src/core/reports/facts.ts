/**
 * Counts several sections quote (the summary repeats what the methods and results say), computed in one
 * place so the summary can never disagree with the body.
 */
import { confidenceLevels, type ConfidenceLevel } from '../cerqual/levels.js';
import { summariseCharacteristics, type CharacteristicsSummary } from '../characteristics/summary.js';
import { thirdOrderHierarchy, type HierarchyNode } from '../synthesis/hierarchy.js';
import type { MemoTag } from '../synthesis/memo.js';
import { refutationRegister } from '../synthesis/refutation-register.js';
import type { BuildContext } from './context.js';
import { joinAnd } from './format.js';
import type { ReportSearch } from './input.js';

export type ReportFacts = Readonly<{
  databaseSearches: readonly ReportSearch[];
  otherSearches: readonly ReportSearch[];
  /** Earliest and latest search dates (ISO strings, compared as text, which orders ISO dates). */
  searchDates?: Readonly<{ from: string; to: string }>;
  excerpts: number;
  firstOrder: number;
  secondOrder: number;
  studiesWithConstructs: number;
  concepts: number;
  translatedConcepts: number;
  reciprocal: number;
  refutational: number;
  unexplainedRefutations: number;
  /** Roots of the construct hierarchy that group others. */
  overarching: readonly HierarchyNode[];
  /** Every other third-order construct. */
  thirdOrders: number;
  hierarchy: readonly HierarchyNode[];
  memos: Readonly<Record<MemoTag, number>>;
  /** Findings by overall CERQual confidence, and findings not yet assessed. */
  confidence?: Readonly<Record<ConfidenceLevel | 'unassessed', number>>;
  /** The characteristics summary of the included studies, when a form was filled in. */
  characteristics?: CharacteristicsSummary;
  /** Reports of the included studies: PRISMA's count when there is one, else the studies' linked reports. */
  reports: number;
}>;

/** "MEDLINE via Ovid"; a platform that repeats the source's name ("Scopus" on Scopus) is left out. */
export function sourceName(s: Readonly<{ source: string; platform?: string }>): string {
  const platform = s.platform?.trim();
  return platform && platform.toLowerCase() !== s.source.trim().toLowerCase() ? `${s.source.trim()} via ${platform}` : s.source.trim();
}

export function reportFacts(ctx: BuildContext): ReportFacts {
  const { state, input } = ctx;
  const databaseSearches = input.searches.filter((s) => s.kind !== 'other');
  const otherSearches = input.searches.filter((s) => s.kind === 'other');
  const dates = input.searches.flatMap((s) => (s.dateRun?.trim() ? [s.dateRun.trim()] : [])).sort();
  const links = state.translations.flatMap((t) => t.links);
  const hierarchy = thirdOrderHierarchy(state);
  const overarching = hierarchy.filter((n) => n.children.length > 0);
  const memos: Record<MemoTag, number> = { reflexive: 0, decision: 0, 'alternative-interpretation': 0, method: 0 };
  for (const m of state.memos) memos[m.tag]++;
  let confidence: Record<ConfidenceLevel | 'unassessed', number> | undefined;
  if (input.cerqual) {
    confidence = { high: 0, moderate: 0, low: 0, 'very-low': 0, unassessed: 0 };
    for (const f of input.cerqual.findings) {
      const level = input.cerqual.assessments.find((a) => a.findingId === f.id)?.overall?.confidence;
      confidence[level ?? 'unassessed']++;
    }
  }
  const constructStudies = new Set(state.constructs.map((c) => c.studyId));
  const characteristics = input.characteristics
    ? summariseCharacteristics(input.characteristics.form, ctx.studies, input.characteristics.values)
    : undefined;
  const reports = input.prisma?.included.reports ?? state.studies.reduce((n, s) => n + Math.max(1, s.reportIds.length), 0);
  const from = dates[0];
  const to = dates.at(-1);
  return {
    databaseSearches,
    otherSearches,
    ...(from !== undefined && to !== undefined ? { searchDates: { from, to } } : {}),
    excerpts: state.excerpts.length,
    firstOrder: state.constructs.filter((c) => c.order === 1).length,
    secondOrder: state.constructs.filter((c) => c.order === 2).length,
    studiesWithConstructs: state.studies.filter((s) => constructStudies.has(s.id)).length,
    concepts: state.concepts.length,
    translatedConcepts: state.translations.filter((t) => t.links.length > 0).length,
    reciprocal: links.filter((l) => l.kind === 'reciprocal').length,
    refutational: links.filter((l) => l.kind === 'refutational').length,
    unexplainedRefutations: refutationRegister(state).filter((r) => !r.resolved).length,
    overarching,
    thirdOrders: state.thirdOrders.length - overarching.length,
    hierarchy,
    memos,
    ...(confidence ? { confidence } : {}),
    ...(characteristics ? { characteristics } : {}),
    reports,
  };
}

/** "high for 1, moderate for 5 and low for 4" — only the levels that occur. */
export function confidenceSummary(confidence: Readonly<Record<ConfidenceLevel | 'unassessed', number>>): string {
  const words: Record<ConfidenceLevel, string> = { high: 'high', moderate: 'moderate', low: 'low', 'very-low': 'very low' };
  const parts = confidenceLevels.filter((l) => confidence[l] > 0).map((l) => `${words[l]} for ${confidence[l]}`);
  if (confidence.unassessed > 0) parts.push(`not yet assessed for ${confidence.unassessed}`);
  return parts.length > 0 ? joinAnd(parts) : 'not yet assessed';
}
