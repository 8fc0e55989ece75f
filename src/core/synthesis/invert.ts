import { AppError } from '../errors.js';
import { applySynthesisEvent } from './apply.js';
import type {
  CreateEvent,
  DeleteEvent,
  EventMeta,
  LinkEvent,
  MoveEvent,
  SynthesisEvent,
  UnlinkEvent,
  UpdateEvent,
} from './events.js';
import { createEvent, deleteEvent, moveEvent, updateEvent } from './event-builders.js';
import { GridCell } from './grid-cell.js';
import { collection, findEntity, type EntityKind, type EntityMap, type SynthesisState } from './state.js';
import { SuggestionDecision } from './suggestion-decision.js';

/**
 * The event that undoes `event`, computed from the state it was applied to: applying `event` and then the
 * inverse gives back `stateBefore` exactly (positions in lists included). Undo applies the inverse; redo
 * applies the original again. `meta` says who undid and when (by default the original's actor and time).
 *
 * @example
 * const after = applySynthesisEvent(before, event);
 * applySynthesisEvent(after, invertSynthesisEvent(before, event)) // deep-equals `before`
 */
export function invertSynthesisEvent(stateBefore: SynthesisState, event: SynthesisEvent, meta?: EventMeta): SynthesisEvent {
  const by: EventMeta = meta ?? { actor: event.actor, at: event.at };
  switch (event.type) {
    case 'create':
      return invertCreate(event, by);
    case 'update':
      return invertUpdate(stateBefore, event, by);
    case 'delete':
      return invertDelete(stateBefore, event, by);
    case 'move':
      return invertMove(stateBefore, event, by);
    case 'link':
      return invertLink(event, by);
    case 'unlink':
      return invertUnlink(stateBefore, event, by);
    case 'set-translation-order':
      return { type: 'set-translation-order', order: stateBefore.translationOrder, ...by };
    case 'decide-suggestion':
    case 'clear-suggestion': {
      const pair =
        event.type === 'decide-suggestion'
          ? SuggestionDecision.pair(event.decision.constructIds[0], event.decision.constructIds[1])
          : SuggestionDecision.pair(event.constructIds[0], event.constructIds[1]);
      const key = SuggestionDecision.key(pair);
      const previous = stateBefore.suggestionDecisions.find((d) => SuggestionDecision.key(d.constructIds) === key);
      return previous ? { type: 'decide-suggestion', decision: previous, ...by } : { type: 'clear-suggestion', constructIds: pair, ...by };
    }
    case 'batch': {
      // Each part is inverted against the state it met; the inverses run in reverse order.
      const inverses: SynthesisEvent[] = [];
      let state = stateBefore;
      for (const part of event.events) {
        inverses.push(invertSynthesisEvent(state, part, meta));
        state = applySynthesisEvent(state, part);
      }
      return { type: 'batch', label: `undo: ${event.label}`, events: inverses.reverse(), ...by };
    }
  }
}

function invertCreate<K extends EntityKind>(event: CreateEvent<K>, by: EventMeta): SynthesisEvent {
  const kind: K = event.kind;
  const value: EntityMap[K] = event.value;
  return deleteEvent(kind, value.id, by);
}

function invertUpdate<K extends EntityKind>(state: SynthesisState, event: UpdateEvent<K>, by: EventMeta): SynthesisEvent {
  const kind: K = event.kind;
  const before = findEntity(state, kind, event.value.id);
  if (!before) throw notFound(kind, event.value.id);
  return updateEvent(kind, before, by);
}

function invertDelete<K extends EntityKind>(state: SynthesisState, event: DeleteEvent<K>, by: EventMeta): SynthesisEvent {
  const kind: K = event.kind;
  const list = collection(kind).get(state);
  const index = list.findIndex((e) => e.id === event.id);
  const value = list[index];
  if (value === undefined) throw notFound(kind, event.id);
  return createEvent(kind, value, by, collection(kind).sorted ? undefined : index);
}

function invertMove<K extends EntityKind>(state: SynthesisState, event: MoveEvent<K>, by: EventMeta): SynthesisEvent {
  const kind: K = event.kind;
  const index = collection(kind).get(state).findIndex((e) => e.id === event.id);
  if (index < 0) throw notFound(kind, event.id);
  return moveEvent(kind, event.id, index, by);
}

function invertLink(event: LinkEvent, by: EventMeta): UnlinkEvent {
  switch (event.relation) {
    case 'construct-excerpt':
      return { type: 'unlink', relation: event.relation, constructId: event.constructId, excerptId: event.excerptId, ...by };
    case 'grid':
      return { type: 'unlink', relation: event.relation, conceptId: event.conceptId, constructId: event.constructId, ...by };
    case 'third-order-concept':
      return { type: 'unlink', relation: event.relation, thirdOrderId: event.thirdOrderId, conceptId: event.conceptId, ...by };
    case 'third-order-construct':
      return { type: 'unlink', relation: event.relation, thirdOrderId: event.thirdOrderId, constructId: event.constructId, ...by };
    case 'translation':
      return { type: 'unlink', relation: event.relation, translationId: event.translationId, linkId: event.link.id, ...by };
  }
}

function invertUnlink(state: SynthesisState, event: UnlinkEvent, by: EventMeta): LinkEvent {
  const positionIn = (list: readonly string[] | undefined, id: string): number => {
    const at = list?.indexOf(id) ?? -1;
    if (at < 0) throw new AppError('SYNTHESIS_INVALID_LINK', `${id} is not linked.`, { id });
    return at;
  };
  switch (event.relation) {
    case 'construct-excerpt': {
      const index = positionIn(findEntity(state, 'construct', event.constructId)?.excerptIds, event.excerptId);
      return { type: 'link', relation: event.relation, constructId: event.constructId, excerptId: event.excerptId, index, ...by };
    }
    case 'grid': {
      const construct = findEntity(state, 'construct', event.constructId);
      if (!construct) throw notFound('construct', event.constructId);
      const cell = findEntity(state, 'gridCell', GridCell.key(construct.studyId, event.conceptId));
      const index = positionIn(cell?.constructIds, event.constructId);
      return { type: 'link', relation: event.relation, conceptId: event.conceptId, constructId: event.constructId, index, ...by };
    }
    case 'third-order-concept': {
      const index = positionIn(findEntity(state, 'thirdOrder', event.thirdOrderId)?.conceptIds, event.conceptId);
      return { type: 'link', relation: event.relation, thirdOrderId: event.thirdOrderId, conceptId: event.conceptId, index, ...by };
    }
    case 'third-order-construct': {
      const index = positionIn(findEntity(state, 'thirdOrder', event.thirdOrderId)?.constructIds, event.constructId);
      return { type: 'link', relation: event.relation, thirdOrderId: event.thirdOrderId, constructId: event.constructId, index, ...by };
    }
    case 'translation': {
      const links = findEntity(state, 'translation', event.translationId)?.links ?? [];
      const index = links.findIndex((l) => l.id === event.linkId);
      const link = links[index];
      if (link === undefined) throw notFound('translationLink', event.linkId);
      return { type: 'link', relation: event.relation, translationId: event.translationId, link, index, ...by };
    }
  }
}

const notFound = (kind: string, id: string): AppError => new AppError('ENTITY_NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
