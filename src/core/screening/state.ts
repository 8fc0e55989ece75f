/**
 * The screening state is a fold over the append-only event log (L10): the current status of every record
 * is never stored, only derived. Replaying the same log always gives the same state, and any interleaving
 * of different reviewers' (or different records') events gives the same state too; only the order of one
 * reviewer's own events on a record, of a stage's resolutions, and of a record's retrieval outcomes
 * matters (a change or an undo refers to what came before it).
 */
import type { RecordLog, StageLog } from './derive.js';
import { compareIds, deriveRecord, emptyRecordLog, recordLogOf } from './derive.js';
import type {
  RecordRoute,
  RecordScreening,
  ReviewerDecision,
  ScreeningEvent,
  ScreeningSettings,
  ScreeningStage,
  ScreeningState,
  StageState,
} from './types.js';

/** Inputs the log does not carry. */
export type ScreeningContext = Readonly<{
  /**
   * Ids of records identified by other methods (citation searching, websites, experts). Per the PRISMA
   * 2020 template they skip title/abstract screening: their report is sought for retrieval directly.
   */
  otherMethods?: Iterable<string>;
}>;

/**
 * Folds the screening log into the state of every record that has events.
 * @param events the log in append order (the store's sequence).
 * @param settings the project's current settings; changing them (e.g. reviewers per record) re-derives
 *   every status from the same log.
 * @example
 * const state = screeningState(events, screeningSettings({ blinded: true }));
 * stageState(state, 'rec-1', 'title-abstract').status; // 'conflict'
 */
export function screeningState(
  events: Iterable<ScreeningEvent>,
  settings: ScreeningSettings,
  context: ScreeningContext = {},
): ScreeningState {
  const otherMethods = new Set(context.otherMethods ?? []);
  const logs = new Map<string, RecordLog>();
  for (const event of events) {
    let log = logs.get(event.recordId);
    if (!log) {
      log = emptyRecordLog();
      logs.set(event.recordId, log);
    }
    applyToLog(log, event);
  }
  const records = new Map<string, RecordScreening>();
  // Sorted so that the state (and anything iterating it) does not depend on the order of the log.
  for (const recordId of [...logs.keys()].sort(compareIds)) {
    records.set(recordId, deriveRecord(recordId, logs.get(recordId) ?? emptyRecordLog(), settings, routeOf(otherMethods, recordId)));
  }
  return { settings, otherMethods, records };
}

/**
 * The state after one more event, re-deriving only the record it touches. Equal to folding the log with
 * the event appended. Does not validate: call `validateEvent` first.
 */
export function applyEvent(state: ScreeningState, event: ScreeningEvent): ScreeningState {
  const existing = state.records.get(event.recordId);
  const log = existing ? recordLogOf(existing) : emptyRecordLog();
  applyToLog(log, event);
  const derived = deriveRecord(event.recordId, log, state.settings, routeOf(state.otherMethods, event.recordId));
  let records: Map<string, RecordScreening>;
  if (existing) {
    records = new Map(state.records);
    records.set(event.recordId, derived);
  } else {
    // Keep the records sorted by id, as the fold leaves them.
    const entries: [string, RecordScreening][] = [...state.records, [event.recordId, derived]];
    records = new Map(entries.sort(([a], [b]) => compareIds(a, b)));
  }
  return { ...state, records };
}

/** A record's state, also for records with no events yet (unscreened, or awaiting retrieval if other methods). */
export function recordScreening(state: ScreeningState, recordId: string): RecordScreening {
  return (
    state.records.get(recordId) ??
    deriveRecord(recordId, emptyRecordLog(), state.settings, routeOf(state.otherMethods, recordId))
  );
}

/** A record's state at one stage. */
export function stageState(state: ScreeningState, recordId: string, stage: ScreeningStage): StageState {
  const record = recordScreening(state, recordId);
  return stage === 'title-abstract' ? record.titleAbstract : record.fullText;
}

/** The current decision of `reviewerId` on a record at a stage, if any. */
export function currentDecision(
  state: ScreeningState,
  recordId: string,
  stage: ScreeningStage,
  reviewerId: string,
): ReviewerDecision | undefined {
  return stageState(state, recordId, stage).decisions.find((d) => d.reviewerId === reviewerId);
}

function routeOf(otherMethods: ReadonlySet<string>, recordId: string): RecordRoute {
  return otherMethods.has(recordId) ? 'other' : 'databases';
}

/** Applies one event to the raw stacks. Total: an event that does not fit (an undo of nothing) changes nothing. */
function applyToLog(log: RecordLog, event: ScreeningEvent): void {
  switch (event.type) {
    case 'decision':
    case 'decision-change': {
      const stageLog = stageLogFor(log, event.stage);
      const stack = stageLog.stacks.get(event.reviewerId) ?? [];
      stack.push({
        reviewerId: event.reviewerId,
        decision: event.decision,
        ...(event.reasonCode === undefined ? {} : { reasonCode: event.reasonCode }),
        ...(event.note === undefined ? {} : { note: event.note }),
        at: event.at,
        ...(event.ranking === undefined ? {} : { ranking: event.ranking }),
        // "changed" follows the stack, not the event type, so a log that says `decision` twice still
        // reads as a change in the state (the validator stops that from being appended in the first place).
        changed: stack.length > 0,
      });
      stageLog.stacks.set(event.reviewerId, stack);
      return;
    }
    case 'decision-retraction': {
      const stageLog = stageLogFor(log, event.stage);
      const stack = stageLog.stacks.get(event.reviewerId);
      stack?.pop();
      if (stack?.length === 0) stageLog.stacks.delete(event.reviewerId);
      return;
    }
    case 'resolution':
      stageLogFor(log, event.stage).resolutions.push({
        decision: event.decision,
        ...(event.reasonCode === undefined ? {} : { reasonCode: event.reasonCode }),
        ...(event.note === undefined ? {} : { note: event.note }),
        method: event.method,
        resolverIds: [...event.resolverIds],
        at: event.at,
      });
      return;
    case 'resolution-retraction':
      stageLogFor(log, event.stage).resolutions.pop();
      return;
    case 'retrieval':
      log.retrieval.push({
        outcome: event.outcome,
        actorId: event.actorId,
        ...(event.note === undefined ? {} : { note: event.note }),
        at: event.at,
      });
      return;
  }
}

function stageLogFor(log: RecordLog, stage: ScreeningStage): StageLog {
  return stage === 'title-abstract' ? log.titleAbstract : log.fullText;
}
