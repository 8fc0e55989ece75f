/**
 * Screening: the decision log and its fold, conflicts, the reviewer's queue, the blinding policy,
 * agreement statistics and keyword highlighting. Pure: the app stores the events and calls these.
 */
export type {
  ConflictKind,
  ConflictResolvedEvent,
  DecisionChangedEvent,
  DecisionMadeEvent,
  DecisionRetractedEvent,
  DecisionValue,
  ExclusionReason,
  FinalDecision,
  FinalDecisionValue,
  RankingSnapshotRef,
  RecordOutcome,
  RecordRoute,
  RecordScreening,
  Resolution,
  ResolutionMethod,
  ResolutionRetractedEvent,
  RetrievalOutcome,
  RetrievalRecordedEvent,
  RetrievalState,
  ReviewerDecision,
  ReviewersPerRecord,
  ScreeningEvent,
  ScreeningEventType,
  ScreeningSettings,
  ScreeningStage,
  ScreeningState,
  StageState,
  StageStatus,
  Viewer,
} from './types.js';
export {
  decisionValues,
  recordOutcomes,
  resolutionMethods,
  retrievalOutcomes,
  screeningStages,
  stageStatuses,
} from './types.js';

export type { ScreeningSettingsInput } from './settings.js';
export { defaultScreeningSettings, reasonRequired, reasonsForStage, screeningSettings } from './settings.js';
export { parseScreeningEvent, parseScreeningSettings, screeningEventSchema, screeningSettingsSchema } from './schema.js';

export type { ScreeningContext } from './state.js';
export { applyEvent, currentDecision, recordScreening, screeningState, stageState } from './state.js';

export type { StageClosedReason } from './validate.js';
export { stageClosedReason, validateDecision, validateEvent, validateResolution, validateRetrieval } from './validate.js';

export type { ConflictItem, ResolvedConflict } from './conflicts.js';
export { conflictQueue, resolvedConflicts } from './conflicts.js';
export { nextForReviewer } from './queue.js';

export type { VisibleStageState } from './blinding.js';
export { canResolve, canSeeAllDecisions, visibleDecisions, visibleStageState } from './blinding.js';
export type { AuditedDecision, HistoryEntry } from './history.js';
export { decisionHistory, visibleHistory } from './history.js';

export type {
  AgreementOptions,
  AgreementRowsOptions,
  DecisionBasis,
  MaybePolicy,
  PairAgreement,
  RatedRecord,
  StageAgreement,
} from './agreement.js';
export { agreementHeader, agreementRows, stageAgreement, stageRatings } from './agreement.js';
export type { BootstrapOptions, CohenKappa, Estimate, FleissKappa } from './statistics.js';
export { cohenKappa, cohenKappaFromTable, fleissKappa, krippendorffAlpha, percentAgreement } from './statistics.js';
export type { RandomSource } from './prng.js';
export { seededRandom } from './prng.js';

export type { CompiledTerms, HighlightSpan, HighlightTerms, TermKind, TextSegment } from './highlight.js';
export { compileTerms, highlight, parseTermList, segmentText } from './highlight.js';
