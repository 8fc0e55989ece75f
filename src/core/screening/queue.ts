import { recordScreening } from './state.js';
import type { ScreeningStage, ScreeningState } from './types.js';
import { stageClosedReason } from './validate.js';

/**
 * The records `reviewerId` still has to screen at `stage`, in the ranker's order. A record is left out
 * when the stage is not open for it (other-methods records at title/abstract, records that have not
 * reached full text), when this reviewer has a decision on it in force, when it was resolved, or when
 * enough other reviewers have already decided it (the reviewers-per-record setting). A retracted
 * decision puts the record back in the queue.
 * @param rankedIds candidate record ids, best first (from the ranker: stable, ties broken by id).
 *   Records not listed are not returned; repeated ids are returned once.
 * @param limit at most this many (the screening UI fetches a page at a time).
 */
export function nextForReviewer(
  state: ScreeningState,
  reviewerId: string,
  stage: ScreeningStage,
  rankedIds: Iterable<string>,
  limit: number = Number.POSITIVE_INFINITY,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const recordId of rankedIds) {
    if (out.length >= limit) break;
    if (seen.has(recordId)) continue;
    seen.add(recordId);
    const record = recordScreening(state, recordId);
    const s = stage === 'title-abstract' ? record.titleAbstract : record.fullText;
    if (stageClosedReason(record, stage) !== undefined) continue;
    if (s.final?.via === 'resolution') continue;
    if (s.decisions.some((d) => d.reviewerId === reviewerId)) continue;
    if (s.decisions.length >= s.required) continue;
    out.push(recordId);
  }
  return out;
}
