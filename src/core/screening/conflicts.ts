import { compareIds } from './derive.js';
import type { ConflictKind, Resolution, ScreeningStage, ScreeningState } from './types.js';
import { screeningStages } from './types.js';

/**
 * One record waiting for a resolution. It names who decided but not what they decided: the caller
 * shows decisions through `visibleDecisions`, so the queue itself can never unblind anyone.
 */
export type ConflictItem = Readonly<{
  recordId: string;
  stage: ScreeningStage;
  kind: ConflictKind;
  /** Reviewers whose current decisions make up the conflict, sorted. */
  reviewerIds: readonly string[];
  /** When the record last changed at this stage; the queue is oldest first. */
  since: string;
}>;

/**
 * The conflict queue: every open stage of every record where reviewers disagree, excluded for
 * different required reasons, or someone said `maybe`. Title/abstract items come first, then full text;
 * within a stage the oldest first, then by record id, so the order is stable.
 * @param stage only this stage's conflicts, when given.
 */
export function conflictQueue(state: ScreeningState, stage?: ScreeningStage): ConflictItem[] {
  const items: ConflictItem[] = [];
  for (const record of state.records.values()) {
    for (const s of [record.titleAbstract, record.fullText]) {
      if (stage !== undefined && s.stage !== stage) continue;
      if (s.conflict === undefined) continue;
      items.push({
        recordId: record.recordId,
        stage: s.stage,
        kind: s.conflict,
        reviewerIds: s.decisions.map((d) => d.reviewerId),
        since: s.lastActivityAt ?? '',
      });
    }
  }
  return items.sort(
    (a, b) =>
      screeningStages.indexOf(a.stage) - screeningStages.indexOf(b.stage) ||
      compareInstants(a.since, b.since) ||
      compareIds(a.recordId, b.recordId),
  );
}

/** A record whose conflict was settled: the resolution in force (the last one), and whose calls it settled. */
export type ResolvedConflict = Readonly<{
  recordId: string;
  stage: ScreeningStage;
  /** Reviewers whose current decisions the resolution settled, sorted. */
  reviewerIds: readonly string[];
  resolution: Resolution;
}>;

/**
 * The settled conflicts, newest resolution first (then by record id): how each disagreement was
 * resolved, by whom and by what method, as the report describes it. A retracted resolution is gone
 * (its record is back in the conflict queue). Like the queue, it carries no reviewer's decision.
 * @param stage only this stage's, when given.
 */
export function resolvedConflicts(state: ScreeningState, stage?: ScreeningStage): ResolvedConflict[] {
  const items: ResolvedConflict[] = [];
  for (const record of state.records.values()) {
    for (const s of [record.titleAbstract, record.fullText]) {
      if (stage !== undefined && s.stage !== stage) continue;
      const resolution = s.resolutions[s.resolutions.length - 1];
      if (resolution === undefined) continue;
      items.push({ recordId: record.recordId, stage: s.stage, reviewerIds: s.decisions.map((d) => d.reviewerId), resolution });
    }
  }
  return items.sort((a, b) => compareInstants(b.resolution.at, a.resolution.at) || compareIds(a.recordId, b.recordId));
}

function compareInstants(a: string, b: string): number {
  const d = Date.parse(a) - Date.parse(b);
  return Number.isNaN(d) ? compareIds(a, b) : Math.sign(d);
}
