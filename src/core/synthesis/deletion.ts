import { AppError } from '../errors.js';
import { applySynthesisEvent } from './apply.js';
import { EntityRef } from './entity-ref.js';
import { deleteEvent, updateEvent } from './event-builders.js';
import type { BatchEvent, EventMeta, SynthesisEvent } from './events.js';
import type { StudyId } from './ids.js';
import { LineOfArgument } from './line-of-argument.js';
import { Memo } from './memo.js';
import { refExists } from './integrity.js';
import type { SynthesisState } from './state.js';
import { ThirdOrderConstruct } from './third-order.js';
import { Translation, TranslationLink } from './translation.js';
import { TranslationOrder } from './translation-order.js';

/**
 * One batch event that deletes an entity together with what depends on it, so that the user's "delete"
 * is one undoable step:
 * - comments on it are deleted and memos about it keep their text but lose the link (the journal stays);
 * - a study takes its excerpts, constructs, grid cells and translation links with it;
 * - a concept takes its grid cells and translation; third-order constructs are unlinked from it;
 * - a construct or excerpt is unlinked from every cell, link, third-order construct and graph;
 * - a third-order construct's children move up to its parent.
 * Throws ENTITY_NOT_FOUND when the entity does not exist.
 */
export function planDeletion(state: SynthesisState, ref: EntityRef, meta: EventMeta): BatchEvent {
  if (!refExists(state, ref)) throw new AppError('ENTITY_NOT_FOUND', `No ${ref.kind} with id ${ref.id}.`, { ...ref });
  const events: SynthesisEvent[] = [];
  let s = state;
  const emit = (event: SynthesisEvent): void => {
    s = applySynthesisEvent(s, event);
    events.push(event);
  };

  const removeNotes = (target: EntityRef): void => {
    for (const comment of s.comments.filter((c) => EntityRef.equals(c.on, target))) remove({ kind: 'comment', id: comment.id });
    for (const memo of s.memos.filter((m) => m.about && EntityRef.equals(m.about, target))) {
      emit(updateEvent('memo', Memo.create({ ...memo, about: undefined }), meta));
    }
  };

  const remove = (target: EntityRef): void => {
    if (!refExists(s, target)) return; // already removed as a dependent of something else
    removeNotes(target);
    switch (target.kind) {
      case 'study':
        for (const { translation, link } of linksWhere(s, (l) => l.fromStudyId === target.id || l.toStudyId === target.id)) {
          removeNotes({ kind: 'translationLink', id: link.id });
          emit({ type: 'unlink', relation: 'translation', translationId: translation.id, linkId: link.id, ...meta });
        }
        for (const cell of s.gridCells.filter((c) => c.studyId === target.id)) remove({ kind: 'gridCell', id: cell.id });
        for (const c of s.constructs.filter((x) => x.studyId === target.id)) remove({ kind: 'construct', id: c.id });
        for (const e of s.excerpts.filter((x) => x.studyId === target.id)) remove({ kind: 'excerpt', id: e.id });
        dropFromOrder(target.id);
        break;
      case 'excerpt':
        for (const c of s.constructs.filter((x) => x.excerptIds.includes(target.id))) {
          emit({ type: 'unlink', relation: 'construct-excerpt', constructId: c.id, excerptId: target.id, ...meta });
        }
        break;
      case 'construct': {
        const id = target.id;
        for (const cell of s.gridCells.filter((c) => c.constructIds.includes(id))) {
          // Emptying a cell removes it; notes on such a cell go first.
          if (cell.constructIds.length === 1 && (cell.note ?? '').trim() === '') removeNotes({ kind: 'gridCell', id: cell.id });
          emit({ type: 'unlink', relation: 'grid', conceptId: cell.conceptId, constructId: id, ...meta });
        }
        for (const t of s.thirdOrders.filter((x) => x.constructIds.includes(id))) {
          emit({ type: 'unlink', relation: 'third-order-construct', thirdOrderId: t.id, constructId: id, ...meta });
        }
        for (const t of s.translations.filter((x) => x.links.some((l) => l.fromConstructIds.includes(id) || l.toConstructIds.includes(id)))) {
          const links = t.links.map((l) =>
            TranslationLink.create({
              ...l,
              fromConstructIds: l.fromConstructIds.filter((c) => c !== id),
              toConstructIds: l.toConstructIds.filter((c) => c !== id),
            }),
          );
          emit(updateEvent('translation', Translation.create({ ...t, links }), meta));
        }
        dropFromArguments('construct', id);
        for (const d of s.suggestionDecisions.filter((x) => x.constructIds.includes(id))) {
          emit({ type: 'clear-suggestion', constructIds: d.constructIds, ...meta });
        }
        break;
      }
      case 'concept':
        for (const cell of s.gridCells.filter((c) => c.conceptId === target.id)) remove({ kind: 'gridCell', id: cell.id });
        for (const t of s.translations.filter((x) => x.conceptId === target.id)) remove({ kind: 'translation', id: t.id });
        for (const t of s.thirdOrders.filter((x) => x.conceptIds.includes(target.id))) {
          emit({ type: 'unlink', relation: 'third-order-concept', thirdOrderId: t.id, conceptId: target.id, ...meta });
        }
        break;
      case 'translation':
        for (const link of s.translations.find((t) => t.id === target.id)?.links ?? []) {
          removeNotes({ kind: 'translationLink', id: link.id });
        }
        break;
      case 'thirdOrder': {
        const parentId = s.thirdOrders.find((t) => t.id === target.id)?.parentId;
        for (const child of s.thirdOrders.filter((t) => t.parentId === target.id)) {
          emit(updateEvent('thirdOrder', ThirdOrderConstruct.create({ ...child, parentId }), meta));
        }
        dropFromArguments('thirdOrder', target.id);
        break;
      }
      default:
        break;
    }
    if (target.kind === 'translationLink') {
      const owner = s.translations.find((t) => t.links.some((l) => l.id === target.id));
      if (owner) emit({ type: 'unlink', relation: 'translation', translationId: owner.id, linkId: target.id, ...meta });
    } else {
      emit(deleteEvent(target.kind, target.id, meta));
    }
  };

  const dropFromOrder = (studyId: StudyId): void => {
    const order = s.translationOrder;
    if (order.kind === 'index-study' && order.indexStudyId === studyId) {
      emit({ type: 'set-translation-order', order: TranslationOrder.create({ kind: 'chronology' }), ...meta });
    }
    if (order.kind === 'custom' && order.studyIds.includes(studyId)) {
      const studyIds = order.studyIds.filter((id) => id !== studyId);
      emit({ type: 'set-translation-order', order: TranslationOrder.create({ kind: 'custom', studyIds }), ...meta });
    }
  };

  const dropFromArguments = (kind: 'construct' | 'thirdOrder', id: string): void => {
    const key = `${kind}:${id}`;
    const isNode = (n: Readonly<{ kind: string; id: string }>): boolean => `${n.kind}:${n.id}` === key;
    for (const l of s.linesOfArgument.filter((x) => x.nodes.some(isNode))) {
      const value = LineOfArgument.create({
        ...l,
        nodes: l.nodes.filter((n) => !isNode(n)),
        edges: l.edges.filter((e) => !isNode(e.from) && !isNode(e.to)),
      });
      emit(updateEvent('lineOfArgument', value, meta));
    }
  };

  remove(ref);
  return { type: 'batch', label: `delete ${ref.kind} ${ref.id}`, events, ...meta };
}

function linksWhere(state: SynthesisState, keep: (link: TranslationLink) => boolean): { translation: Translation; link: TranslationLink }[] {
  return state.translations.flatMap((translation) => translation.links.filter(keep).map((link) => ({ translation, link })));
}
