import type { ConceptId, ConstructId, ExcerptId, ThirdOrderId, TranslationId, TranslationLinkId } from './ids.js';
import type { EntityKind, EntityMap, IdOf } from './state.js';
import type { SuggestionDecision } from './suggestion-decision.js';
import type { TranslationLink } from './translation.js';
import type { TranslationOrder } from './translation-order.js';

/** Who made a change and when (ISO 8601). Every event carries it, for the audit trail. */
export type EventMeta = Readonly<{ actor: string; at: string }>;

/** Adds an entity, at `index` in its collection (the end by default; ignored for sorted collections). */
export type CreateEvent<K extends EntityKind = EntityKind> = {
  [P in K]: EventMeta & Readonly<{ type: 'create'; kind: P; value: EntityMap[P]; index?: number }>;
}[K];

/** Replaces an entity by one with the same id: the event holds the whole new value, so it is its own record. */
export type UpdateEvent<K extends EntityKind = EntityKind> = {
  [P in K]: EventMeta & Readonly<{ type: 'update'; kind: P; value: EntityMap[P] }>;
}[K];

/** Removes an entity nothing refers to any more (see `planDeletion` for one that is still referred to). */
export type DeleteEvent<K extends EntityKind = EntityKind> = {
  [P in K]: EventMeta & Readonly<{ type: 'delete'; kind: P; id: IdOf<P> }>;
}[K];

/** Moves an entity to another position in its collection (grid columns, sibling order). */
export type MoveEvent<K extends EntityKind = EntityKind> = {
  [P in K]: EventMeta & Readonly<{ type: 'move'; kind: P; id: IdOf<P>; toIndex: number }>;
}[K];

/** An id-list relation between two entities. */
export type IdLink =
  | Readonly<{ relation: 'construct-excerpt'; constructId: ConstructId; excerptId: ExcerptId }>
  /** Places a construct in the grid cell of its study and the concept (creating the cell if needed). */
  | Readonly<{ relation: 'grid'; conceptId: ConceptId; constructId: ConstructId }>
  | Readonly<{ relation: 'third-order-concept'; thirdOrderId: ThirdOrderId; conceptId: ConceptId }>
  | Readonly<{ relation: 'third-order-construct'; thirdOrderId: ThirdOrderId; constructId: ConstructId }>;

export type LinkEvent = EventMeta &
  Readonly<{ type: 'link'; index?: number }> &
  (IdLink | Readonly<{ relation: 'translation'; translationId: TranslationId; link: TranslationLink }>);

/** The inverse of a link; unlinking the last construct of a cell without a note removes the cell. */
export type UnlinkEvent = EventMeta &
  Readonly<{ type: 'unlink' }> &
  (IdLink | Readonly<{ relation: 'translation'; translationId: TranslationId; linkId: TranslationLinkId }>);

export type SetTranslationOrderEvent = EventMeta & Readonly<{ type: 'set-translation-order'; order: TranslationOrder }>;

/** Records (or replaces) a verdict on a similarity suggestion. */
export type DecideSuggestionEvent = EventMeta & Readonly<{ type: 'decide-suggestion'; decision: SuggestionDecision }>;

/** Withdraws the verdict on a pair, so the suggestion shows again. */
export type ClearSuggestionEvent = EventMeta &
  Readonly<{ type: 'clear-suggestion'; constructIds: readonly [ConstructId, ConstructId] }>;

/** Several events applied together, all or none (one user action, e.g. a deletion with its dependents). */
export type BatchEvent = EventMeta & Readonly<{ type: 'batch'; label: string; events: readonly SynthesisEvent[] }>;

export type SynthesisEvent =
  | CreateEvent
  | UpdateEvent
  | DeleteEvent
  | MoveEvent
  | LinkEvent
  | UnlinkEvent
  | SetTranslationOrderEvent
  | DecideSuggestionEvent
  | ClearSuggestionEvent
  | BatchEvent;

export type SynthesisEventType = SynthesisEvent['type'];
