import type { EventMeta, SynthesisEvent } from '../synthesis/events.js';
import type { DocKind } from './docs.js';

/**
 * Puts a document under a key (or removes it, `value` absent). `previous` is the value it replaces (absent
 * when there was none): applying checks it, so an edit made on a stale view fails instead of silently
 * overwriting a colleague's change, and inverting it is a swap.
 */
export type PutDocEvent = EventMeta &
  Readonly<{ type: 'put'; doc: DocKind; key: string; value?: unknown; previous?: unknown }>;

/** Every change to a project's reading and synthesis: a synthesis event or a document put. */
export type WorkbenchEvent = SynthesisEvent | PutDocEvent;

export function isPutDoc(event: WorkbenchEvent): event is PutDocEvent {
  return event.type === 'put';
}
