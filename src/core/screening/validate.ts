/**
 * The rules an event must pass before the app appends it to the log. The fold itself is total (it
 * replays whatever the log holds); these checks keep nonsense out of the log in the first place.
 * Authorisation (who may resolve, who is a member) is the app's job; `canResolve` gives the policy.
 */
import { AppError } from '../errors.js';
import { reasonRequired, reasonsForStage } from './settings.js';
import { recordScreening } from './state.js';
import type {
  ConflictResolvedEvent,
  DecisionChangedEvent,
  DecisionMadeEvent,
  DecisionRetractedEvent,
  RecordScreening,
  ResolutionRetractedEvent,
  RetrievalRecordedEvent,
  ScreeningEvent,
  ScreeningSettings,
  ScreeningStage,
  ScreeningState,
  StageState,
} from './types.js';
import { decisionValues, resolutionMethods, retrievalOutcomes, screeningStages } from './types.js';

/** Why a stage is closed to an event; carried in `AppError.details.why`. */
export type StageClosedReason =
  | 'other-methods'
  | 'downstream-activity'
  | 'not-included-at-title-abstract'
  | 'retrieval-pending'
  | 'not-retrieved'
  | 'resolved'
  | 'enough-reviewers'
  | 'not-sought'
  | 'full-text-activity';

/**
 * Checks any screening event against the current state.
 * @throws AppError (see the specific validators for codes).
 */
export function validateEvent(state: ScreeningState, event: ScreeningEvent, settings: ScreeningSettings = state.settings): void {
  switch (event.type) {
    case 'decision':
    case 'decision-change':
    case 'decision-retraction':
      return validateDecision(state, event, settings);
    case 'resolution':
    case 'resolution-retraction':
      return validateResolution(state, event, settings);
    case 'retrieval':
      return validateRetrieval(state, event);
  }
}

/**
 * Checks a reviewer's decision, change of decision, or undo.
 * @throws AppError
 * - `SCREENING_STAGE_CLOSED` when the record is not open at the stage (details.why: a record reaches full
 *   text only when included at title/abstract and its report was retrieved; other-methods records skip
 *   title/abstract; a resolved stage, or a title/abstract stage with retrieval or full-text activity,
 *   is locked; a first decision when the required number of reviewers have already decided);
 * - `SCREENING_REASON_REQUIRED` for an exclusion without reason where one is required (always at full text);
 * - `SCREENING_ALREADY_DECIDED` for a `decision` where the reviewer has one (send a `decision-change`);
 * - `SCREENING_NO_DECISION` for a `decision-change` with nothing to change;
 * - `NOTHING_TO_UNDO` for a retraction with nothing to retract;
 * - `INVALID_ARGUMENT` for malformed fields or an unknown reason code.
 */
export function validateDecision(
  state: ScreeningState,
  event: DecisionMadeEvent | DecisionChangedEvent | DecisionRetractedEvent,
  settings: ScreeningSettings = state.settings,
): void {
  requireId(event.recordId, 'recordId');
  requireId(event.reviewerId, 'reviewerId');
  requireStage(event.stage);
  requireInstant(event.at);
  const record = recordScreening(state, event.recordId);
  const stage = stageOf(record, event.stage);
  assertOpen(record, event.stage);
  if (stage.final?.via === 'resolution') closed(event, 'resolved', 'The conflict on this record was resolved; retract the resolution first.');
  const mine = stage.decisions.find((d) => d.reviewerId === event.reviewerId);

  if (event.type === 'decision-retraction') {
    if (!mine) throw new AppError('NOTHING_TO_UNDO', 'You have no decision on this record at this stage to undo.', where(event));
    return;
  }
  if (!(decisionValues as readonly string[]).includes(event.decision)) {
    throw new AppError('INVALID_ARGUMENT', `Unknown decision "${String(event.decision)}".`, { field: 'decision', ...where(event) });
  }
  if (event.type === 'decision') {
    if (mine) throw new AppError('SCREENING_ALREADY_DECIDED', undefined, where(event));
    if (stage.decisions.length >= stage.required) {
      closed(event, 'enough-reviewers', `This record already has the ${stage.required} decision(s) it needs at this stage.`);
    }
  } else if (!mine) {
    throw new AppError('SCREENING_NO_DECISION', undefined, where(event));
  }
  checkReason(settings, event.stage, event.decision, event.reasonCode, where(event));
}

/**
 * Checks a conflict resolution or its undo.
 * @throws AppError
 * - `SCREENING_CONFLICT_NOT_FOUND` when the record is not in conflict (or `maybe`) at the stage;
 * - `SCREENING_STAGE_CLOSED` when the stage is not open or is locked by later activity;
 * - `SCREENING_REASON_REQUIRED` / `INVALID_ARGUMENT` as for decisions; a third-reviewer resolution has
 *   exactly one resolver, who is not among the reviewers in conflict;
 * - `NOTHING_TO_UNDO` for a retraction with no resolution in force.
 */
export function validateResolution(
  state: ScreeningState,
  event: ConflictResolvedEvent | ResolutionRetractedEvent,
  settings: ScreeningSettings = state.settings,
): void {
  requireId(event.recordId, 'recordId');
  requireStage(event.stage);
  requireInstant(event.at);
  const record = recordScreening(state, event.recordId);
  const stage = stageOf(record, event.stage);
  assertOpen(record, event.stage);

  if (event.type === 'resolution-retraction') {
    requireId(event.actorId, 'actorId');
    if (stage.final?.via !== 'resolution') {
      throw new AppError('NOTHING_TO_UNDO', 'There is no resolution on this record at this stage to undo.', where(event));
    }
    return;
  }
  if (stage.status !== 'conflict' && stage.status !== 'maybe') {
    throw new AppError('SCREENING_CONFLICT_NOT_FOUND', undefined, { ...where(event), status: stage.status });
  }
  if (event.decision !== 'include' && event.decision !== 'exclude') {
    throw new AppError('INVALID_ARGUMENT', 'A resolution includes or excludes.', { field: 'decision', ...where(event) });
  }
  if (!(resolutionMethods as readonly string[]).includes(event.method)) {
    throw new AppError('INVALID_ARGUMENT', `Unknown resolution method "${String(event.method)}".`, { field: 'method' });
  }
  if (event.resolverIds.length === 0 || event.resolverIds.some((id) => id.trim() === '')) {
    throw new AppError('INVALID_ARGUMENT', 'A resolution names who resolved it.', { field: 'resolverIds' });
  }
  if (new Set(event.resolverIds).size !== event.resolverIds.length) {
    throw new AppError('INVALID_ARGUMENT', 'A resolver is named twice.', { field: 'resolverIds' });
  }
  if (event.method === 'third-reviewer') {
    const [resolver] = event.resolverIds;
    if (event.resolverIds.length !== 1) {
      throw new AppError('INVALID_ARGUMENT', 'A third-reviewer resolution has exactly one resolver.', { field: 'resolverIds' });
    }
    if (stage.decisions.some((d) => d.reviewerId === resolver)) {
      throw new AppError('INVALID_ARGUMENT', 'A third reviewer cannot be one of the reviewers in conflict; use consensus.', {
        field: 'resolverIds',
      });
    }
  }
  checkReason(settings, event.stage, event.decision, event.reasonCode, where(event));
}

/**
 * Checks a retrieval outcome.
 * @throws AppError `SCREENING_STAGE_CLOSED` when the report was not sought (not included at
 * title/abstract) or when marking it not retrieved would close a full-text stage that already has
 * decisions; `INVALID_ARGUMENT` for malformed fields.
 */
export function validateRetrieval(state: ScreeningState, event: RetrievalRecordedEvent): void {
  requireId(event.recordId, 'recordId');
  requireId(event.actorId, 'actorId');
  requireInstant(event.at);
  if (!(retrievalOutcomes as readonly string[]).includes(event.outcome)) {
    throw new AppError('INVALID_ARGUMENT', `Unknown retrieval outcome "${String(event.outcome)}".`, { field: 'outcome' });
  }
  const record = recordScreening(state, event.recordId);
  const details = { recordId: event.recordId, stage: 'retrieval' };
  if (record.retrieval.status === 'not-sought') {
    throw new AppError('SCREENING_STAGE_CLOSED', 'The report is sought only once the record is included at title/abstract.', {
      ...details,
      why: 'not-sought' satisfies StageClosedReason,
    });
  }
  if (event.outcome === 'not-retrieved' && hasActivity(record.fullText)) {
    throw new AppError('SCREENING_STAGE_CLOSED', 'Full-text decisions exist for this report; retract them first.', {
      ...details,
      why: 'full-text-activity' satisfies StageClosedReason,
    });
  }
}

/**
 * Why `stage` is closed to reviewers' decisions on this record, or undefined when it is open. Shared by
 * the validators and `nextForReviewer`, so the queue never offers what the validator would refuse.
 */
export function stageClosedReason(record: RecordScreening, stage: ScreeningStage): StageClosedReason | undefined {
  if (stage === 'title-abstract') {
    if (record.route === 'other') return 'other-methods';
    if (record.retrieval.history.length > 0 || hasActivity(record.fullText)) return 'downstream-activity';
    return undefined;
  }
  if (record.fullText.status !== 'not-open') return undefined;
  if (record.retrieval.status === 'not-sought') return 'not-included-at-title-abstract';
  if (record.retrieval.status === 'pending') return 'retrieval-pending';
  return 'not-retrieved';
}

const closedMessages: Record<StageClosedReason, string> = {
  'other-methods': 'Records found by other methods skip title/abstract screening.',
  'downstream-activity': 'This record has moved on to retrieval or full text; undo that first.',
  'not-included-at-title-abstract': 'A record reaches full text only when included at title/abstract.',
  'retrieval-pending': 'The full text of this record has not been retrieved yet.',
  'not-retrieved': 'The full text of this record was not retrieved.',
  resolved: 'The conflict on this record was resolved; retract the resolution first.',
  'enough-reviewers': 'This record already has the decisions it needs at this stage.',
  'not-sought': 'The report is sought only once the record is included at title/abstract.',
  'full-text-activity': 'Full-text decisions exist for this report; retract them first.',
};

function assertOpen(record: RecordScreening, stage: ScreeningStage): void {
  const why = stageClosedReason(record, stage);
  if (why !== undefined) closed({ recordId: record.recordId, stage }, why, closedMessages[why]);
}

function closed(event: { recordId: string; stage: ScreeningStage }, why: StageClosedReason, message: string): never {
  throw new AppError('SCREENING_STAGE_CLOSED', message, { ...where(event), why });
}

function checkReason(
  settings: ScreeningSettings,
  stage: ScreeningStage,
  decision: string,
  reasonCode: string | undefined,
  details: Record<string, unknown>,
): void {
  if (decision !== 'exclude') {
    if (reasonCode !== undefined) {
      throw new AppError('INVALID_ARGUMENT', 'Only an exclusion carries an exclusion reason.', { field: 'reasonCode', ...details });
    }
    return;
  }
  if (reasonCode === undefined || reasonCode.trim() === '') {
    if (reasonRequired(settings, stage)) throw new AppError('SCREENING_REASON_REQUIRED', undefined, details);
    return;
  }
  const available = reasonsForStage(settings, stage).map((r) => r.code);
  if (!available.includes(reasonCode)) {
    throw new AppError('INVALID_ARGUMENT', `Unknown exclusion reason "${reasonCode}" at ${stage}. Available: ${available.join(', ')}`, {
      field: 'reasonCode',
      available,
      ...details,
    });
  }
}

function stageOf(record: RecordScreening, stage: ScreeningStage): StageState {
  return stage === 'title-abstract' ? record.titleAbstract : record.fullText;
}

function hasActivity(stage: StageState): boolean {
  return stage.decisions.length > 0 || stage.resolutions.length > 0;
}

function where(event: { recordId: string; stage: ScreeningStage }): Record<string, unknown> {
  return { recordId: event.recordId, stage: event.stage };
}

function requireId(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('INVALID_ARGUMENT', `${field} must be a non-empty string.`, { field });
  }
}

function requireStage(stage: unknown): void {
  if (!(screeningStages as readonly unknown[]).includes(stage)) {
    throw new AppError('INVALID_ARGUMENT', `Unknown screening stage "${String(stage)}".`, { field: 'stage' });
  }
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function requireInstant(at: unknown): void {
  if (typeof at !== 'string' || !isoInstant.test(at) || Number.isNaN(Date.parse(at))) {
    throw new AppError('INVALID_ARGUMENT', 'at must be an ISO 8601 date-time with a zone, e.g. 2025-03-04T10:15:00Z.', {
      field: 'at',
    });
  }
}
