/**
 * From the raw stacks of one record to its derived state. The stacks are per stream: each reviewer's
 * decisions at a stage, the resolutions of a stage, the retrieval outcomes of the record. Everything
 * derived here depends only on the stacks, never on how streams interleaved in the log: that is what
 * makes the fold order-independent across reviewers and records.
 */
import { reasonRequired } from './settings.js';
import type {
  ConflictKind,
  FinalDecision,
  RecordOutcome,
  RecordRoute,
  RecordScreening,
  RetrievalState,
  ReviewerDecision,
  Resolution,
  ScreeningSettings,
  ScreeningStage,
  StageState,
  StageStatus,
} from './types.js';

/** The raw stacks of one stage of one record. */
export type StageLog = {
  /** Per reviewer, decisions in force, oldest first; the last is current. */
  stacks: Map<string, ReviewerDecision[]>;
  /** Resolutions in force, oldest first; the last decides. */
  resolutions: Resolution[];
};

/** The raw stacks of one record. */
export type RecordLog = {
  titleAbstract: StageLog;
  fullText: StageLog;
  retrieval: RetrievalState['history'][number][];
};

export function emptyRecordLog(): RecordLog {
  return { titleAbstract: emptyStageLog(), fullText: emptyStageLog(), retrieval: [] };
}

function emptyStageLog(): StageLog {
  return { stacks: new Map(), resolutions: [] };
}

/** Rebuilds the raw stacks from a derived record, so one event can be applied without refolding the log. */
export function recordLogOf(record: RecordScreening): RecordLog {
  return {
    titleAbstract: stageLogOf(record.titleAbstract),
    fullText: stageLogOf(record.fullText),
    retrieval: [...record.retrieval.history],
  };
}

function stageLogOf(stage: StageState): StageLog {
  const stacks = new Map<string, ReviewerDecision[]>();
  for (const d of stage.decisions) stacks.set(d.reviewerId, [...(stage.earlier[d.reviewerId] ?? []), d]);
  return { stacks, resolutions: [...stage.resolutions] };
}

/** Derives a record's state from its stacks under the given settings. */
export function deriveRecord(
  recordId: string,
  log: RecordLog,
  settings: ScreeningSettings,
  route: RecordRoute,
): RecordScreening {
  const titleAbstract =
    route === 'databases'
      ? deriveOpenStage('title-abstract', log.titleAbstract, settings)
      : closedStage('title-abstract', 'skipped', log.titleAbstract, settings);
  const sought = route === 'other' || titleAbstract.final?.decision === 'include';
  const latest = log.retrieval.at(-1);
  const retrieval: RetrievalState = {
    status: !sought ? 'not-sought' : (latest?.outcome ?? 'pending'),
    history: [...log.retrieval],
  };
  const fullText =
    retrieval.status === 'retrieved'
      ? deriveOpenStage('full-text', log.fullText, settings)
      : closedStage('full-text', 'not-open', log.fullText, settings);
  return { recordId, route, titleAbstract, retrieval, fullText, outcome: outcomeOf(titleAbstract, retrieval, fullText) };
}

function outcomeOf(titleAbstract: StageState, retrieval: RetrievalState, fullText: StageState): RecordOutcome {
  if (titleAbstract.status !== 'skipped') {
    if (titleAbstract.status === 'excluded') return 'excluded-at-screening';
    if (titleAbstract.status !== 'included') return 'awaiting-screening';
  }
  if (retrieval.status === 'not-retrieved') return 'not-retrieved';
  if (retrieval.status !== 'retrieved') return 'awaiting-retrieval';
  if (fullText.status === 'included') return 'included';
  if (fullText.status === 'excluded') return 'excluded-at-eligibility';
  return 'awaiting-eligibility';
}

/** A stage the record is not at: its data stays visible to the audit, but nothing in it is final. */
function closedStage(
  stage: ScreeningStage,
  status: 'skipped' | 'not-open',
  log: StageLog,
  settings: ScreeningSettings,
): StageState {
  const required = settings.reviewersPerRecord[stage];
  if (log.stacks.size === 0 && log.resolutions.length === 0) {
    // Most records never reach full text: share one frozen value instead of building thousands.
    const key = `${stage}|${status}|${required}`;
    let cached = emptyClosed.get(key);
    if (!cached) {
      cached = Object.freeze({ stage, status, required, decisions: Object.freeze([]), earlier: Object.freeze({}), resolutions: Object.freeze([]) });
      emptyClosed.set(key, cached);
    }
    return cached;
  }
  const { decisions, earlier } = current(log);
  const lastActivityAt = latestAt([...decisions.map((d) => d.at), ...log.resolutions.map((r) => r.at)]);
  return {
    stage,
    status,
    required,
    decisions,
    earlier,
    resolutions: [...log.resolutions],
    ...(lastActivityAt === undefined ? {} : { lastActivityAt }),
  };
}

const emptyClosed = new Map<string, StageState>();

function deriveOpenStage(stage: ScreeningStage, log: StageLog, settings: ScreeningSettings): StageState {
  const { decisions, earlier } = current(log);
  const required = settings.reviewersPerRecord[stage];
  const resolution = log.resolutions.at(-1);
  const lastActivityAt = latestAt([...decisions.map((d) => d.at), ...log.resolutions.map((r) => r.at)]);
  const base = {
    stage,
    required,
    decisions,
    earlier,
    resolutions: [...log.resolutions],
    ...(lastActivityAt === undefined ? {} : { lastActivityAt }),
  };
  if (resolution) {
    // A resolution is the final word until it is retracted, whatever reviewers did before or after:
    // this keeps the outcome independent of how resolutions and decisions interleave.
    const final: FinalDecision = {
      decision: resolution.decision,
      ...(resolution.reasonCode === undefined ? {} : { reasonCode: resolution.reasonCode }),
      via: 'resolution',
      resolution,
    };
    return { ...base, status: resolution.decision === 'include' ? 'included' : 'excluded', final };
  }
  const verdict = agreementVerdict(decisions, required, reasonRequired(settings, stage));
  return { ...base, ...verdict };
}

type Verdict = { status: StageStatus; final?: FinalDecision; conflict?: ConflictKind };

/**
 * The status that the reviewers' current decisions reach on their own. Nothing is final before the
 * required number of reviewers has decided; then unanimity decides, and anything else is a conflict.
 */
function agreementVerdict(decisions: readonly ReviewerDecision[], required: number, reasonNeeded: boolean): Verdict {
  if (decisions.length === 0) return { status: 'unscreened' };
  if (decisions.length < required) return { status: 'in-progress' };
  const values = new Set(decisions.map((d) => d.decision));
  if (values.has('include') && values.has('exclude')) return { status: 'conflict', conflict: 'disagreement' };
  if (values.has('maybe')) return { status: 'maybe', conflict: 'maybe' };
  if (values.has('include')) return { status: 'included', final: { decision: 'include', via: 'agreement' } };
  const reasons = [...new Set(decisions.flatMap((d) => (d.reasonCode === undefined ? [] : [d.reasonCode])))];
  // Where reasons are required they feed PRISMA's "reports excluded with reasons", so reviewers who
  // exclude for different reasons must settle which one counts. Elsewhere a differing reason is left
  // unset rather than picked arbitrarily.
  if (reasonNeeded && reasons.length > 1) return { status: 'conflict', conflict: 'reason' };
  const reasonCode = reasons.length === 1 ? reasons[0] : undefined;
  return {
    status: 'excluded',
    final: { decision: 'exclude', ...(reasonCode === undefined ? {} : { reasonCode }), via: 'agreement' },
  };
}

function current(log: StageLog): Pick<StageState, 'decisions' | 'earlier'> {
  const decisions: ReviewerDecision[] = [];
  const earlier: Record<string, readonly ReviewerDecision[]> = {};
  for (const [reviewerId, stack] of log.stacks) {
    const top = stack.at(-1);
    if (!top) continue;
    decisions.push(top);
    if (stack.length > 1) earlier[reviewerId] = stack.slice(0, -1);
  }
  decisions.sort((a, b) => compareIds(a.reviewerId, b.reviewerId));
  return { decisions, earlier };
}

/** Code-unit order: deterministic on every platform, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest of some ISO date-times, compared as instants (zones differ), ties broken by text. */
export function latestAt(values: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    const ms = Date.parse(v);
    const key = Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
    if (best === undefined || key > bestMs || (key === bestMs && v > best)) {
      best = v;
      bestMs = key;
    }
  }
  return best;
}
