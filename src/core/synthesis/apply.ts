import { AppError } from '../errors.js';
import { Comment } from './comment.js';
import { Concept } from './concept.js';
import { Construct } from './construct.js';
import { EntityRef } from './entity-ref.js';
import type { CreateEvent, DeleteEvent, EventMeta, LinkEvent, MoveEvent, SynthesisEvent, UnlinkEvent, UpdateEvent } from './events.js';
import { Excerpt } from './excerpt.js';
import { GridCell } from './grid-cell.js';
import {
  checkEntity,
  checkTranslationLink,
  checkTranslationOrder,
  checkUpdate,
  findReferences,
} from './integrity.js';
import { LineOfArgument } from './line-of-argument.js';
import { Memo } from './memo.js';
import { collection, findEntity, type EntityKind, type EntityMap, type SynthesisState } from './state.js';
import { Study } from './study.js';
import { SuggestionDecision } from './suggestion-decision.js';
import { ThirdOrderConstruct } from './third-order.js';
import { Translation, TranslationLink } from './translation.js';
import { TranslationOrder } from './translation-order.js';
import { requireText, requireTime } from './validate.js';

/**
 * Re-validates a value arriving in an event (it may have been read back from storage or sent by a client)
 * and brings it to canonical form, so that equal entities are equal values.
 */
const canonical: { [K in EntityKind]: (value: EntityMap[K]) => EntityMap[K] } = {
  study: (v) => Study.create(v),
  excerpt: (v) => Excerpt.create(v),
  construct: (v) => Construct.create(v),
  concept: (v) => Concept.create(v),
  gridCell: (v) => GridCell.create(v),
  translation: (v) => Translation.create(v),
  thirdOrder: (v) => ThirdOrderConstruct.create(v),
  lineOfArgument: (v) => LineOfArgument.create(v),
  memo: (v) => Memo.create(v),
  comment: (v) => Comment.create(v),
};

function canonicalise<K extends EntityKind>(kind: K, value: EntityMap[K]): EntityMap[K] {
  const make: (value: EntityMap[K]) => EntityMap[K] = canonical[kind];
  return make(value);
}

/**
 * The state after one event. Pure and total on valid events; an invalid one (a missing entity, a broken
 * link, a cycle, a deletion of something still referred to) throws an AppError and changes nothing.
 *
 * @example
 * const next = applySynthesisEvent(state, { type: 'create', kind: 'concept', value: Concept.create({ id: 'k1', label: 'Duty' }), actor: 'ana', at: '2024-05-01T10:00:00Z' });
 */
export function applySynthesisEvent(state: SynthesisState, event: SynthesisEvent): SynthesisState {
  checkMeta(event);
  switch (event.type) {
    case 'create':
      return applyCreate(state, event);
    case 'update':
      return applyUpdate(state, event);
    case 'delete':
      return applyDelete(state, event);
    case 'move':
      return applyMove(state, event);
    case 'link':
      return applyLink(state, event);
    case 'unlink':
      return applyUnlink(state, event);
    case 'set-translation-order': {
      const order = TranslationOrder.create(event.order);
      checkTranslationOrder(state, order);
      return { ...state, translationOrder: order };
    }
    case 'decide-suggestion': {
      const decision = SuggestionDecision.create(event.decision);
      for (const id of decision.constructIds) {
        if (!findEntity(state, 'construct', id)) throw new AppError('SYNTHESIS_INVALID_LINK', `Construct ${id} does not exist.`, { id });
      }
      const key = SuggestionDecision.key(decision.constructIds);
      const others = state.suggestionDecisions.filter((d) => SuggestionDecision.key(d.constructIds) !== key);
      return { ...state, suggestionDecisions: sortedInsert(others, decision, (d) => SuggestionDecision.key(d.constructIds)) };
    }
    case 'clear-suggestion': {
      const key = SuggestionDecision.key(SuggestionDecision.pair(event.constructIds[0], event.constructIds[1]));
      const kept = state.suggestionDecisions.filter((d) => SuggestionDecision.key(d.constructIds) !== key);
      if (kept.length === state.suggestionDecisions.length) {
        throw new AppError('ENTITY_NOT_FOUND', `No verdict on the suggestion ${key}.`, { pair: key });
      }
      return { ...state, suggestionDecisions: kept };
    }
    case 'batch':
      return event.events.reduce(applySynthesisEvent, state);
  }
}

/** The state after a sequence of events, from `state` (the empty synthesis by default). */
export function applySynthesisEvents(state: SynthesisState, events: readonly SynthesisEvent[]): SynthesisState {
  return events.reduce(applySynthesisEvent, state);
}

function checkMeta(meta: EventMeta): void {
  requireText(meta.actor, 'SynthesisEvent', 'actor');
  requireTime(meta.at, 'SynthesisEvent', 'at');
}

function applyCreate<K extends EntityKind>(state: SynthesisState, event: CreateEvent<K>): SynthesisState {
  const kind: K = event.kind;
  const value = canonicalise(kind, event.value);
  const list = collection(kind).get(state);
  if (list.some((e) => e.id === value.id)) {
    throw new AppError('SYNTHESIS_DUPLICATE', `A ${kind} with id ${value.id} already exists.`, { kind, id: value.id });
  }
  checkEntity(state, kind, value);
  const next = collection(kind).sorted ? sortedInsert(list, value, (e) => e.id) : insertAt(list, value, event.index);
  return collection(kind).set(state, next);
}

function applyUpdate<K extends EntityKind>(state: SynthesisState, event: UpdateEvent<K>): SynthesisState {
  const kind: K = event.kind;
  const value = canonicalise(kind, event.value);
  const list = collection(kind).get(state);
  const at = indexOrThrow(list, value.id, kind);
  const before = list[at];
  if (before !== undefined) checkUpdate(kind, before, value);
  // Checked against the state without the old value, so a renamed parent or a kept link counts once.
  checkEntity(state, kind, value);
  return collection(kind).set(state, list.map((e, i) => (i === at ? value : e)));
}

function applyDelete<K extends EntityKind>(state: SynthesisState, event: DeleteEvent<K>): SynthesisState {
  const kind: K = event.kind;
  const list = collection(kind).get(state);
  const at = indexOrThrow(list, event.id, kind);
  const references = findReferences(state, EntityRef.create({ kind, id: event.id }));
  if (references.length > 0) {
    throw new AppError('SYNTHESIS_IN_USE', `${kind} ${event.id} is still referred to (${references.length} references).`, {
      kind,
      id: event.id,
      references: references.map((r) => ({ ...r })),
    });
  }
  return collection(kind).set(state, list.filter((_, i) => i !== at));
}

function applyMove<K extends EntityKind>(state: SynthesisState, event: MoveEvent<K>): SynthesisState {
  const kind: K = event.kind;
  if (collection(kind).sorted) {
    throw new AppError('INVALID_ARGUMENT', `${kind} entities are kept in key order and cannot be moved.`, { kind });
  }
  const list = collection(kind).get(state);
  const at = indexOrThrow(list, event.id, kind);
  if (!Number.isInteger(event.toIndex) || event.toIndex < 0 || event.toIndex >= list.length) {
    throw new AppError('INVALID_ARGUMENT', `Cannot move to position ${event.toIndex} of ${list.length}.`, { toIndex: event.toIndex });
  }
  const item = list[at];
  if (item === undefined) return state;
  const without = list.filter((_, i) => i !== at);
  return collection(kind).set(state, insertAt(without, item, event.toIndex));
}

function applyLink(state: SynthesisState, event: LinkEvent): SynthesisState {
  switch (event.relation) {
    case 'construct-excerpt': {
      const construct = entityOrThrow(state, 'construct', event.constructId);
      if (construct.excerptIds.includes(event.excerptId)) throw alreadyLinked(event.excerptId, construct.id);
      const value = Construct.create({ ...construct, excerptIds: insertAt(construct.excerptIds, event.excerptId, event.index) });
      checkEntity(state, 'construct', value);
      return replace(state, 'construct', value);
    }
    case 'grid': {
      const construct = entityOrThrow(state, 'construct', event.constructId);
      const id = GridCell.key(construct.studyId, event.conceptId);
      const cell = findEntity(state, 'gridCell', id);
      if (!cell) {
        if (event.index !== undefined && event.index !== 0) {
          throw new AppError('INVALID_ARGUMENT', 'A new grid cell has one position, 0.', { index: event.index });
        }
        const value = GridCell.create({ studyId: construct.studyId, conceptId: event.conceptId, constructIds: [construct.id] });
        checkEntity(state, 'gridCell', value);
        return collection('gridCell').set(state, sortedInsert(state.gridCells, value, (c) => c.id));
      }
      if (cell.constructIds.includes(construct.id)) throw alreadyLinked(construct.id, cell.id);
      const value = GridCell.create({ ...cell, constructIds: insertAt(cell.constructIds, construct.id, event.index) });
      checkEntity(state, 'gridCell', value);
      return replace(state, 'gridCell', value);
    }
    case 'third-order-concept':
    case 'third-order-construct': {
      const third = entityOrThrow(state, 'thirdOrder', event.thirdOrderId);
      const value =
        event.relation === 'third-order-concept'
          ? ThirdOrderConstruct.create({ ...third, conceptIds: insertNew(third.conceptIds, event.conceptId, third.id, event.index) })
          : ThirdOrderConstruct.create({ ...third, constructIds: insertNew(third.constructIds, event.constructId, third.id, event.index) });
      checkEntity(state, 'thirdOrder', value);
      return replace(state, 'thirdOrder', value);
    }
    case 'translation': {
      const translation = entityOrThrow(state, 'translation', event.translationId);
      const link = TranslationLink.create(event.link);
      checkTranslationLink(state, link, translation.id);
      if (translation.links.some((l) => l.id === link.id)) throw alreadyLinked(link.id, translation.id);
      return replace(state, 'translation', Translation.create({ ...translation, links: insertAt(translation.links, link, event.index) }));
    }
  }
}

function applyUnlink(state: SynthesisState, event: UnlinkEvent): SynthesisState {
  switch (event.relation) {
    case 'construct-excerpt': {
      const construct = entityOrThrow(state, 'construct', event.constructId);
      const excerptIds = removeLinked(construct.excerptIds, event.excerptId, construct.id);
      return replace(state, 'construct', Construct.create({ ...construct, excerptIds }));
    }
    case 'grid': {
      const construct = entityOrThrow(state, 'construct', event.constructId);
      const cell = entityOrThrow(state, 'gridCell', GridCell.key(construct.studyId, event.conceptId));
      const constructIds = removeLinked(cell.constructIds, construct.id, cell.id);
      if (constructIds.length === 0 && (cell.note ?? '').trim() === '') {
        const references = findReferences(state, { kind: 'gridCell', id: cell.id });
        if (references.length > 0) {
          throw new AppError('SYNTHESIS_IN_USE', `Grid cell ${cell.id} would be emptied but has memos or comments.`, { id: cell.id });
        }
        return collection('gridCell').set(state, state.gridCells.filter((c) => c.id !== cell.id));
      }
      return replace(state, 'gridCell', GridCell.create({ ...cell, constructIds }));
    }
    case 'third-order-concept': {
      const third = entityOrThrow(state, 'thirdOrder', event.thirdOrderId);
      const conceptIds = removeLinked(third.conceptIds, event.conceptId, third.id);
      return replace(state, 'thirdOrder', ThirdOrderConstruct.create({ ...third, conceptIds }));
    }
    case 'third-order-construct': {
      const third = entityOrThrow(state, 'thirdOrder', event.thirdOrderId);
      const constructIds = removeLinked(third.constructIds, event.constructId, third.id);
      return replace(state, 'thirdOrder', ThirdOrderConstruct.create({ ...third, constructIds }));
    }
    case 'translation': {
      const translation = entityOrThrow(state, 'translation', event.translationId);
      if (!translation.links.some((l) => l.id === event.linkId)) {
        throw new AppError('ENTITY_NOT_FOUND', `Translation ${translation.id} has no link ${event.linkId}.`, { linkId: event.linkId });
      }
      const references = findReferences(state, { kind: 'translationLink', id: event.linkId });
      if (references.length > 0) {
        throw new AppError('SYNTHESIS_IN_USE', `Translation link ${event.linkId} has memos or comments.`, {
          id: event.linkId,
          references: references.map((r) => ({ ...r })),
        });
      }
      const links = translation.links.filter((l) => l.id !== event.linkId);
      return replace(state, 'translation', Translation.create({ ...translation, links }));
    }
  }
}

function entityOrThrow<K extends EntityKind>(state: SynthesisState, kind: K, id: string): EntityMap[K] {
  const found = findEntity(state, kind, id);
  if (!found) throw new AppError('ENTITY_NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
  return found;
}

function indexOrThrow(list: readonly { id: string }[], id: string, kind: string): number {
  const at = list.findIndex((e) => e.id === id);
  if (at < 0) throw new AppError('ENTITY_NOT_FOUND', `No ${kind} with id ${id}.`, { kind, id });
  return at;
}

function replace<K extends EntityKind>(state: SynthesisState, kind: K, value: EntityMap[K]): SynthesisState {
  const list = collection(kind).get(state);
  return collection(kind).set(state, list.map((e) => (e.id === value.id ? value : e)));
}

const alreadyLinked = (what: string, owner: string): AppError =>
  new AppError('SYNTHESIS_DUPLICATE', `${what} is already linked to ${owner}.`, { what, owner });

function insertNew<T extends string>(list: readonly T[], item: T, owner: string, index: number | undefined): readonly T[] {
  if (list.includes(item)) throw alreadyLinked(item, owner);
  return insertAt(list, item, index);
}

function removeLinked<T extends string>(list: readonly T[], item: T, owner: string): readonly T[] {
  if (!list.includes(item)) {
    throw new AppError('SYNTHESIS_INVALID_LINK', `${item} is not linked to ${owner}.`, { what: item, owner });
  }
  return list.filter((x) => x !== item);
}

/** A copy with `item` at `index` (the end when undefined). */
export function insertAt<T>(list: readonly T[], item: T, index: number | undefined): readonly T[] {
  const at = index ?? list.length;
  if (!Number.isInteger(at) || at < 0 || at > list.length) {
    throw new AppError('INVALID_ARGUMENT', `Position ${at} is outside 0–${list.length}.`, { index: at });
  }
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function sortedInsert<T>(list: readonly T[], item: T, key: (value: T) => string): readonly T[] {
  const k = key(item);
  const at = list.findIndex((x) => key(x) > k);
  return at < 0 ? [...list, item] : [...list.slice(0, at), item, ...list.slice(at)];
}
