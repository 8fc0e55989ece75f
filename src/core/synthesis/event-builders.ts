import type { EventMeta, SynthesisEvent } from './events.js';
import type { EntityKind, EntityMap, IdOf } from './state.js';

/**
 * Typed constructors for entity events, for callers (the app, tests, the example builder) that work with
 * one kind at a time.
 *
 * @example
 * createEvent('concept', Concept.create({ id: 'k1', label: 'Duty to return' }), { actor: 'ana', at: '2024-05-01T10:00:00Z' })
 */
export function createEvent<K extends EntityKind>(kind: K, value: EntityMap[K], meta: EventMeta, index?: number): SynthesisEvent {
  return entityEvent<K>(index === undefined ? { type: 'create', kind, value, ...meta } : { type: 'create', kind, value, index, ...meta });
}

export function updateEvent<K extends EntityKind>(kind: K, value: EntityMap[K], meta: EventMeta): SynthesisEvent {
  return entityEvent<K>({ type: 'update', kind, value, ...meta });
}

export function deleteEvent<K extends EntityKind>(kind: K, id: IdOf<K>, meta: EventMeta): SynthesisEvent {
  return entityEvent<K>({ type: 'delete', kind, id, ...meta });
}

export function moveEvent<K extends EntityKind>(kind: K, id: IdOf<K>, toIndex: number, meta: EventMeta): SynthesisEvent {
  return entityEvent<K>({ type: 'move', kind, id, toIndex, ...meta });
}

/** The shape of an entity event for one generic kind, before TypeScript distributes it over the kinds. */
type EntityEventOf<K extends EntityKind> = EventMeta &
  (
    | Readonly<{ type: 'create'; kind: K; value: EntityMap[K]; index?: number }>
    | Readonly<{ type: 'update'; kind: K; value: EntityMap[K] }>
    | Readonly<{ type: 'delete'; kind: K; id: IdOf<K> }>
    | Readonly<{ type: 'move'; kind: K; id: IdOf<K>; toIndex: number }>
  );

/**
 * TypeScript cannot see that an event built for a generic kind K is a member of the event union (the
 * union is distributed over the kinds); this is the one place that says so.
 */
function entityEvent<K extends EntityKind>(event: EntityEventOf<K>): SynthesisEvent {
  return event as SynthesisEvent;
}
