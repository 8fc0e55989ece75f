/**
 * De-duplication: explainable pairwise verdicts, guarded clustering, the canonical view of a group
 * and manual decisions as events (docs/adr/0004-dedup-blocking-and-scoring.md).
 */
export type { DedupOptions, DedupRecord, DedupResult, FieldEvidence, PairClass, PairVerdict } from './types.js';
export { defaultOptions } from './types.js';
export { compareRecords } from './score.js';
export { compareInSet, deduplicate, deduplicateWithStats, type DedupRun } from './deduplicate.js';
export { canonicalRecord, canonicalWithProvenance, type CanonicalProvenance } from './canonical.js';
export {
  applyDedupEvents,
  confirmPossibleEvent,
  mergeEvent,
  rejectPossibleEvent,
  undoEvent,
  unmergeEvent,
  type ConfirmPossibleEvent,
  type DedupDecision,
  type DedupEvent,
  type DedupState,
  type MergeEvent,
  type RejectPossibleEvent,
  type UndoEvent,
  type UnmergeEvent,
} from './events.js';
