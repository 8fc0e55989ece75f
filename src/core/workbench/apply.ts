import { AppError } from '../errors.js';
import { applySynthesisEvent } from '../synthesis/apply.js';
import { invertSynthesisEvent } from '../synthesis/invert.js';
import type { EventMeta } from '../synthesis/events.js';
import { canonicalDoc, docKinds } from './docs.js';
import { isPutDoc, type PutDocEvent, type WorkbenchEvent } from './events.js';
import type { WorkbenchState } from './state.js';

/** Structural equality of JSON-like values (documents are plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function applyPut(state: WorkbenchState, event: PutDocEvent): WorkbenchState {
  if (!docKinds.includes(event.doc)) throw new AppError('INVALID_ARGUMENT', `Unknown document kind "${String(event.doc)}".`);
  if (typeof event.key !== 'string' || event.key === '' || event.key.length > 300) {
    throw new AppError('INVALID_ARGUMENT', 'A document key is a non-empty string of at most 300 characters.');
  }
  const current = state.docs[event.doc][event.key];
  if (!sameValue(current, event.previous)) {
    throw new AppError('EDIT_CONFLICT', `This ${event.doc} was changed by someone else since you opened it; reload and try again.`, {
      doc: event.doc,
      key: event.key,
    });
  }
  const docs = { ...state.docs[event.doc] };
  if (event.value === undefined) delete docs[event.key];
  else docs[event.key] = canonicalDoc(state.docs, event.doc, event.key, event.value);
  return { ...state, docs: { ...state.docs, [event.doc]: Object.freeze(docs) } };
}

/** The state after one event; an invalid event throws an AppError and changes nothing. Pure. */
export function applyWorkbenchEvent(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  if (isPutDoc(event)) return applyPut(state, event);
  return { ...state, synthesis: applySynthesisEvent(state.synthesis, event) };
}

export function applyWorkbenchEvents(state: WorkbenchState, events: readonly WorkbenchEvent[]): WorkbenchState {
  return events.reduce(applyWorkbenchEvent, state);
}

/** The event that undoes `event` applied to `stateBefore` (see `invertSynthesisEvent`). */
export function invertWorkbenchEvent(stateBefore: WorkbenchState, event: WorkbenchEvent, meta?: EventMeta): WorkbenchEvent {
  if (!isPutDoc(event)) return invertSynthesisEvent(stateBefore.synthesis, event, meta);
  const by: EventMeta = meta ?? { actor: event.actor, at: event.at };
  const after = applyPut(stateBefore, event).docs[event.doc][event.key];
  const before = stateBefore.docs[event.doc][event.key];
  return {
    type: 'put',
    doc: event.doc,
    key: event.key,
    ...(before !== undefined ? { value: before } : {}),
    ...(after !== undefined ? { previous: after } : {}),
    ...by,
  };
}
