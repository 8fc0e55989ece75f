/**
 * The audit trail of one record at one stage, read from the log: every decision, change, undo and
 * resolution with what it replaced. The log is append-only, so nothing a reviewer ever decided is lost.
 */
import { canSeeAllDecisions } from './blinding.js';
import type {
  DecisionValue,
  FinalDecisionValue,
  ResolutionMethod,
  ScreeningEvent,
  ScreeningSettings,
  ScreeningStage,
  ScreeningState,
  Viewer,
} from './types.js';

/** A decision as the audit shows it. */
export type AuditedDecision = Readonly<{ decision: DecisionValue; reasonCode?: string; note?: string }>;

/** One line of a record's audit trail at a stage. */
export type HistoryEntry =
  | Readonly<{
      action: 'decided' | 'changed';
      at: string;
      reviewerId: string;
      decision: AuditedDecision;
      /** The decision this one replaced (for `changed`). */
      previous?: AuditedDecision;
    }>
  | Readonly<{
      action: 'retracted';
      at: string;
      reviewerId: string;
      /** The decision withdrawn (absent when the log held nothing to withdraw). */
      withdrawn?: AuditedDecision;
      /** The decision in force again after the undo, if any. */
      restored?: AuditedDecision;
    }>
  | Readonly<{
      action: 'resolved';
      at: string;
      decision: FinalDecisionValue;
      reasonCode?: string;
      note?: string;
      method: ResolutionMethod;
      resolverIds: readonly string[];
    }>
  | Readonly<{ action: 'resolution-retracted'; at: string; actorId: string }>;

/** The audit trail of `recordId` at `stage`, in log order. */
export function decisionHistory(events: Iterable<ScreeningEvent>, recordId: string, stage: ScreeningStage): HistoryEntry[] {
  const stacks = new Map<string, AuditedDecision[]>();
  const out: HistoryEntry[] = [];
  for (const event of events) {
    if (event.recordId !== recordId || event.type === 'retrieval' || event.stage !== stage) continue;
    switch (event.type) {
      case 'decision':
      case 'decision-change': {
        const stack = stacks.get(event.reviewerId) ?? [];
        const previous = stack.at(-1);
        const decision: AuditedDecision = {
          decision: event.decision,
          ...(event.reasonCode === undefined ? {} : { reasonCode: event.reasonCode }),
          ...(event.note === undefined ? {} : { note: event.note }),
        };
        stack.push(decision);
        stacks.set(event.reviewerId, stack);
        out.push({
          action: previous ? 'changed' : 'decided',
          at: event.at,
          reviewerId: event.reviewerId,
          decision,
          ...(previous ? { previous } : {}),
        });
        break;
      }
      case 'decision-retraction': {
        const stack = stacks.get(event.reviewerId) ?? [];
        const withdrawn = stack.pop();
        const restored = stack.at(-1);
        out.push({
          action: 'retracted',
          at: event.at,
          reviewerId: event.reviewerId,
          ...(withdrawn ? { withdrawn } : {}),
          ...(restored ? { restored } : {}),
        });
        break;
      }
      case 'resolution':
        out.push({
          action: 'resolved',
          at: event.at,
          decision: event.decision,
          ...(event.reasonCode === undefined ? {} : { reasonCode: event.reasonCode }),
          ...(event.note === undefined ? {} : { note: event.note }),
          method: event.method,
          resolverIds: [...event.resolverIds],
        });
        break;
      case 'resolution-retraction':
        out.push({ action: 'resolution-retracted', at: event.at, actorId: event.actorId });
        break;
    }
  }
  return out;
}

/**
 * The part of a history that `viewer` may read under the blinding policy: everything when they may see
 * all decisions, otherwise only their own entries (resolutions reveal the others' calls, so they go too).
 */
export function visibleHistory(
  history: readonly HistoryEntry[],
  state: ScreeningState,
  recordId: string,
  stage: ScreeningStage,
  viewer: Viewer,
  settings: ScreeningSettings,
): HistoryEntry[] {
  if (canSeeAllDecisions(state, recordId, stage, viewer, settings)) return [...history];
  return history.filter((e) => 'reviewerId' in e && e.reviewerId === viewer.id);
}
