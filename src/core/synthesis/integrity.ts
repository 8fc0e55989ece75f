import { AppError } from '../errors.js';
import { EntityRef, type RefKind } from './entity-ref.js';
import type { ThirdOrderId } from './ids.js';
import { ArgumentNode } from './line-of-argument.js';
import { allTranslationLinks, collection, entityKinds, findEntity, type EntityKind, type EntityMap, type SynthesisState } from './state.js';
import type { TranslationLink } from './translation.js';
import type { TranslationOrder } from './translation-order.js';

/**
 * Referential rules of the synthesis: every link points at an existing entity of the right study, the
 * hierarchy has no cycles, a concept has at most one translation. Checked on every create and update, so a
 * state built by events is always consistent.
 */

const invalidLink = (message: string, details: Record<string, unknown>): AppError =>
  new AppError('SYNTHESIS_INVALID_LINK', message, details);

/** Whether the entity a reference points at exists (translation links included). */
export function refExists(state: SynthesisState, ref: EntityRef): boolean {
  if (ref.kind === 'translationLink') return allTranslationLinks(state).some(({ link }) => link.id === ref.id);
  return findEntity(state, ref.kind, ref.id) !== undefined;
}

function requireEntity<K extends EntityKind>(state: SynthesisState, kind: K, id: string, from: string): EntityMap[K] {
  const found = findEntity(state, kind, id);
  if (!found) throw invalidLink(`${from} refers to ${kind} ${id}, which does not exist.`, { from, kind, id });
  return found;
}

function requireConstructsOfStudy(state: SynthesisState, ids: readonly string[], studyId: string, from: string): void {
  for (const id of ids) {
    const construct = requireEntity(state, 'construct', id, from);
    if (construct.studyId !== studyId) {
      throw invalidLink(`${from}: construct ${id} belongs to study ${construct.studyId}, not ${studyId}.`, {
        from,
        constructId: id,
        studyId,
      });
    }
  }
}

/** Checks a translation link against the state (`ownerId`: the translation it is, or will be, part of). */
export function checkTranslationLink(state: SynthesisState, link: TranslationLink, ownerId: string): void {
  const from = `translation link ${link.id}`;
  requireEntity(state, 'study', link.fromStudyId, from);
  requireEntity(state, 'study', link.toStudyId, from);
  requireConstructsOfStudy(state, link.fromConstructIds, link.fromStudyId, from);
  requireConstructsOfStudy(state, link.toConstructIds, link.toStudyId, from);
  for (const { translation, link: other } of allTranslationLinks(state)) {
    if (other.id === link.id && translation.id !== ownerId) {
      throw new AppError('SYNTHESIS_DUPLICATE', `Translation link ${link.id} already exists in ${translation.id}.`, { id: link.id });
    }
  }
}

/** True when `parentId`'s chain of parents reaches `id` (making `id` its own ancestor). */
export function wouldCycle(state: SynthesisState, id: ThirdOrderId, parentId: ThirdOrderId | undefined): boolean {
  const seen = new Set<string>();
  for (let at = parentId; at !== undefined; at = findEntity(state, 'thirdOrder', at)?.parentId) {
    if (at === id) return true;
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

type Check<K extends EntityKind> = (state: SynthesisState, value: EntityMap[K]) => void;

const checks: { [K in EntityKind]: Check<K> } = {
  study: () => undefined,
  excerpt: (state, e) => void requireEntity(state, 'study', e.studyId, `excerpt ${e.id}`),
  construct: (state, c) => {
    const from = `construct ${c.id}`;
    requireEntity(state, 'study', c.studyId, from);
    for (const id of c.excerptIds) {
      const excerpt = requireEntity(state, 'excerpt', id, from);
      if (excerpt.studyId !== c.studyId) {
        throw invalidLink(`${from}: excerpt ${id} is from study ${excerpt.studyId}, not ${c.studyId}.`, { excerptId: id });
      }
    }
  },
  concept: () => undefined,
  gridCell: (state, cell) => {
    const from = `grid cell ${cell.id}`;
    requireEntity(state, 'study', cell.studyId, from);
    requireEntity(state, 'concept', cell.conceptId, from);
    requireConstructsOfStudy(state, cell.constructIds, cell.studyId, from);
  },
  translation: (state, t) => {
    requireEntity(state, 'concept', t.conceptId, `translation ${t.id}`);
    const other = state.translations.find((x) => x.conceptId === t.conceptId && x.id !== t.id);
    if (other) {
      throw new AppError('SYNTHESIS_DUPLICATE', `Concept ${t.conceptId} already has a translation (${other.id}).`, {
        conceptId: t.conceptId,
        translationId: other.id,
      });
    }
    for (const link of t.links) checkTranslationLink(state, link, t.id);
  },
  thirdOrder: (state, t) => {
    const from = `third-order construct ${t.id}`;
    if (t.parentId !== undefined) requireEntity(state, 'thirdOrder', t.parentId, from);
    if (wouldCycle(state, t.id, t.parentId)) {
      throw new AppError('SYNTHESIS_CYCLE', `Making ${t.parentId} the parent of ${t.id} would create a cycle.`, {
        id: t.id,
        parentId: t.parentId,
      });
    }
    for (const id of t.conceptIds) requireEntity(state, 'concept', id, from);
    for (const id of t.constructIds) requireEntity(state, 'construct', id, from);
  },
  lineOfArgument: (state, l) => {
    for (const node of l.nodes) requireEntity(state, node.kind, node.id, `line of argument ${l.id}`);
  },
  memo: (state, m) => {
    if (m.about && !refExists(state, m.about)) {
      throw invalidLink(`memo ${m.id} is about ${EntityRef.key(m.about)}, which does not exist.`, { ref: EntityRef.key(m.about) });
    }
  },
  comment: (state, c) => {
    if (c.on.kind === 'comment' && c.on.id === c.id) throw invalidLink(`comment ${c.id} cannot be on itself.`, { id: c.id });
    if (!refExists(state, c.on)) {
      throw invalidLink(`comment ${c.id} is on ${EntityRef.key(c.on)}, which does not exist.`, { ref: EntityRef.key(c.on) });
    }
  },
};

/** Checks an entity's links against the state it is entering (throws SYNTHESIS_* errors). */
export function checkEntity<K extends EntityKind>(state: SynthesisState, kind: K, value: EntityMap[K]): void {
  const check: Check<K> = checks[kind];
  check(state, value);
}

/** Fields that say what an entity is about; changing them would silently move evidence between studies. */
const fixedFields: { readonly [K in EntityKind]?: readonly (keyof EntityMap[K] & string)[] } = {
  excerpt: ['studyId'],
  construct: ['studyId'],
  translation: ['conceptId'],
  comment: ['on'],
};

/** Rejects an update that changes a fixed field (create a new entity instead). */
export function checkUpdate<K extends EntityKind>(kind: K, before: EntityMap[K], after: EntityMap[K]): void {
  const fields: readonly (keyof EntityMap[K] & string)[] = fixedFields[kind] ?? [];
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      throw new AppError('INVALID_ARGUMENT', `A ${kind}'s ${field} cannot change; create a new ${kind} instead.`, { kind, field });
    }
  }
}

export function checkTranslationOrder(state: SynthesisState, order: TranslationOrder): void {
  if (order.kind === 'index-study') requireEntity(state, 'study', order.indexStudyId, 'the translation order');
  if (order.kind === 'custom') for (const id of order.studyIds) requireEntity(state, 'study', id, 'the translation order');
}

/** Something that refers to an entity: another entity, a field of the state, or a suggestion verdict. */
export type Reference = Readonly<{ kind: RefKind | 'translationOrder' | 'suggestionDecision'; id: string; field: string }>;

/**
 * Everything in the state that refers to `ref`. An entity can be deleted only when this is empty;
 * `planDeletion` turns each reference into an unlink, an update or a deletion of its own.
 */
export function findReferences(state: SynthesisState, ref: EntityRef): Reference[] {
  const refs: Reference[] = [];
  const push = (kind: Reference['kind'], id: string, field: string): void => void refs.push({ kind, id, field });
  const id = ref.id;
  switch (ref.kind) {
    case 'study':
      for (const e of state.excerpts) if (e.studyId === id) push('excerpt', e.id, 'studyId');
      for (const c of state.constructs) if (c.studyId === id) push('construct', c.id, 'studyId');
      for (const g of state.gridCells) if (g.studyId === id) push('gridCell', g.id, 'studyId');
      for (const { link } of allTranslationLinks(state)) {
        if (link.fromStudyId === id || link.toStudyId === id) push('translationLink', link.id, 'studyId');
      }
      if (
        (state.translationOrder.kind === 'index-study' && state.translationOrder.indexStudyId === id) ||
        (state.translationOrder.kind === 'custom' && state.translationOrder.studyIds.includes(ref.id))
      ) {
        push('translationOrder', 'translationOrder', 'studyIds');
      }
      break;
    case 'excerpt':
      for (const c of state.constructs) if (c.excerptIds.includes(ref.id)) push('construct', c.id, 'excerptIds');
      break;
    case 'construct':
      for (const g of state.gridCells) if (g.constructIds.includes(ref.id)) push('gridCell', g.id, 'constructIds');
      for (const t of state.thirdOrders) if (t.constructIds.includes(ref.id)) push('thirdOrder', t.id, 'constructIds');
      for (const { link } of allTranslationLinks(state)) {
        if (link.fromConstructIds.includes(ref.id) || link.toConstructIds.includes(ref.id)) {
          push('translationLink', link.id, 'constructIds');
        }
      }
      for (const l of state.linesOfArgument) {
        if (l.nodes.some((n) => ArgumentNode.key(n) === `construct:${id}`)) push('lineOfArgument', l.id, 'nodes');
      }
      for (const d of state.suggestionDecisions) {
        if (d.constructIds.includes(ref.id)) push('suggestionDecision', `${d.constructIds[0]}~${d.constructIds[1]}`, 'constructIds');
      }
      break;
    case 'concept':
      for (const g of state.gridCells) if (g.conceptId === id) push('gridCell', g.id, 'conceptId');
      for (const t of state.translations) if (t.conceptId === id) push('translation', t.id, 'conceptId');
      for (const t of state.thirdOrders) if (t.conceptIds.includes(ref.id)) push('thirdOrder', t.id, 'conceptIds');
      break;
    case 'translation': {
      // Deleting a translation deletes its links, so whatever refers to them refers to it.
      const translation = state.translations.find((t) => t.id === id);
      for (const link of translation?.links ?? []) refs.push(...notesOn(state, { kind: 'translationLink', id: link.id }));
      break;
    }
    case 'thirdOrder':
      for (const t of state.thirdOrders) if (t.parentId === id) push('thirdOrder', t.id, 'parentId');
      for (const l of state.linesOfArgument) {
        if (l.nodes.some((n) => ArgumentNode.key(n) === `thirdOrder:${id}`)) push('lineOfArgument', l.id, 'nodes');
      }
      break;
    default:
      break;
  }
  refs.push(...notesOn(state, ref));
  return refs;
}

/** Memos about and comments on an entity. */
export function notesOn(state: SynthesisState, ref: EntityRef): Reference[] {
  const refs: Reference[] = [];
  for (const m of state.memos) if (m.about && EntityRef.equals(m.about, ref)) refs.push({ kind: 'memo', id: m.id, field: 'about' });
  for (const c of state.comments) if (EntityRef.equals(c.on, ref)) refs.push({ kind: 'comment', id: c.id, field: 'on' });
  return refs;
}

/**
 * Every broken rule in a state (for a state loaded from storage or imported, which did not come through
 * `applySynthesisEvent`): duplicate ids, dangling links, cycles, duplicate translations of a concept.
 * Empty for every state built by events.
 */
export function integrityProblems(state: SynthesisState): string[] {
  const problems: string[] = [];
  for (const kind of entityKinds) {
    const seen = new Set<string>();
    for (const entity of entitiesOfKind(state, kind)) {
      if (seen.has(entity.id)) problems.push(`${kind} ${entity.id} appears twice`);
      seen.add(entity.id);
      try {
        checkEntity(state, kind, entity);
      } catch (error) {
        problems.push(error instanceof AppError ? error.message : String(error));
      }
    }
  }
  try {
    checkTranslationOrder(state, state.translationOrder);
  } catch (error) {
    problems.push(error instanceof AppError ? error.message : String(error));
  }
  for (const d of state.suggestionDecisions) {
    for (const id of d.constructIds) if (!findEntity(state, 'construct', id)) problems.push(`suggestion verdict refers to missing construct ${id}`);
  }
  return problems;
}

function entitiesOfKind<K extends EntityKind>(state: SynthesisState, kind: K): readonly EntityMap[K][] {
  return collection(kind).get(state);
}
