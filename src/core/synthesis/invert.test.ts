import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applySynthesisEvent } from './apply.js';
import { Comment } from './comment.js';
import { Concept } from './concept.js';
import { Construct } from './construct.js';
import { planDeletion } from './deletion.js';
import type { EntityRef } from './entity-ref.js';
import { createEvent, moveEvent, updateEvent } from './event-builders.js';
import type { SynthesisEvent } from './events.js';
import { Excerpt } from './excerpt.js';
import { wouldCycle } from './integrity.js';
import { invertSynthesisEvent } from './invert.js';
import { LineOfArgument } from './line-of-argument.js';
import { Memo } from './memo.js';
import { emptySynthesisState, type SynthesisState } from './state.js';
import { Study } from './study.js';
import { SuggestionDecision } from './suggestion-decision.js';
import { ThirdOrderConstruct } from './third-order.js';
import { Translation, TranslationLink } from './translation.js';
import { TranslationOrder } from './translation-order.js';

/** Ids unique across a whole run (a batch proposes nested events with derived step numbers). */
let uid = 0;
const nextUid = (): number => ++uid;

const page = 'Some returned for family, some for duty; others found the wards short of staff and left again.';
const meta = (step: number) => ({ actor: step % 2 ? 'ana' : 'ben', at: `2024-05-01T10:${String(step % 60).padStart(2, '0')}:00Z` });

/**
 * A valid next event for `state`, chosen by `pick` (a deterministic draw from fast-check's choices), or
 * undefined when the chosen kind of event has nothing to act on yet. It covers every event type, every
 * entity kind and deletions with dependents.
 */
function proposeEvent(state: SynthesisState, pick: (n: number) => number, step: number): SynthesisEvent | undefined {
  const m = meta(step);
  const any = <T>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[pick(list.length)]);
  const some = <T>(list: readonly T[]): T[] => list.filter(() => pick(2) === 0);
  const study = any(state.studies);
  switch (pick(24)) {
    case 0:
    case 1:
      return createEvent('study', Study.create({ id: `s${step}n${nextUid()}`, label: `Study ${step}`, ...(pick(3) ? { year: 1970 + pick(50) } : {}) }), m, pick(state.studies.length + 1));
    case 2: {
      if (!study) return undefined;
      // Excerpts start at a word, so none is whitespace only.
      const wordStarts = [...page.matchAll(/\S+/g)].map((w) => w.index);
      const start = any(wordStarts)!;
      return createEvent('excerpt', Excerpt.fromSpan({ id: `e${step}n${nextUid()}`, studyId: study.id, source: page, start, end: start + 1 + pick(page.length - start - 1), page: 1 + pick(4) }), m);
    }
    case 3:
    case 4: {
      if (!study) return undefined;
      const excerptIds = some(state.excerpts.filter((e) => e.studyId === study.id)).map((e) => e.id);
      return createEvent('construct', Construct.create({ id: `c${step}n${nextUid()}`, order: pick(2) ? 1 : 2, studyId: study.id, label: `construct ${step}`, text: `text ${step}`, excerptIds }), m);
    }
    case 5:
      return createEvent('concept', Concept.create({ id: `k${step}n${nextUid()}`, label: `Concept ${step}` }), m, pick(state.concepts.length + 1));
    case 6: {
      const construct = any(state.constructs);
      const concept = any(state.concepts);
      if (!construct || !concept) return undefined;
      const cell = state.gridCells.find((g) => g.studyId === construct.studyId && g.conceptId === concept.id);
      if (cell?.constructIds.includes(construct.id)) {
        // Emptying a cell that has comments is refused (see apply.test.ts); planDeletion handles that case.
        const empties = cell.constructIds.length === 1 && !cell.note;
        if (empties && [...state.comments, ...state.memos].some((x) => ('on' in x ? x.on : x.about)?.id === cell.id)) return undefined;
        return { type: 'unlink', relation: 'grid', conceptId: concept.id, constructId: construct.id, ...m };
      }
      return { type: 'link', relation: 'grid', conceptId: concept.id, constructId: construct.id, index: cell ? pick(cell.constructIds.length + 1) : 0, ...m };
    }
    case 7: {
      const cell = any(state.gridCells);
      if (!cell) return undefined;
      return updateEvent('gridCell', { ...cell, ...(pick(2) ? { note: `note ${step}` } : cell.constructIds.length > 0 ? { note: undefined } : {}) }, m);
    }
    case 8: {
      const concept = any(state.concepts.filter((k) => !state.translations.some((t) => t.conceptId === k.id)));
      if (!concept) return undefined;
      return createEvent('translation', Translation.create({ id: `t${step}n${nextUid()}`, conceptId: concept.id, ...(pick(2) ? { summary: 'in short' } : {}) }), m);
    }
    case 9: {
      const translation = any(state.translations);
      const [a, b] = [any(state.studies), any(state.studies)];
      if (!translation || !a || !b || a.id === b.id) return undefined;
      const kind = pick(2) ? 'reciprocal' : 'refutational';
      const link = TranslationLink.create({
        id: `l${step}n${nextUid()}`, fromStudyId: a.id, toStudyId: b.id, kind,
        fromConstructIds: some(state.constructs.filter((c) => c.studyId === a.id)).map((c) => c.id),
        toConstructIds: some(state.constructs.filter((c) => c.studyId === b.id)).map((c) => c.id),
        rationale: `why ${step}`, ...(kind === 'refutational' && pick(2) ? { resolution: 'context differs' } : {}), author: m.actor, at: m.at,
      });
      return { type: 'link', relation: 'translation', translationId: translation.id, link, index: pick(translation.links.length + 1), ...m };
    }
    case 10: {
      const translation = any(state.translations.filter((t) => t.links.length > 0));
      const link = translation && any(translation.links);
      if (!translation || !link) return undefined;
      if (state.comments.some((c) => c.on.id === link.id) || state.memos.some((x) => x.about?.id === link.id)) {
        return planDeletion(state, { kind: 'translationLink', id: link.id }, m);
      }
      return { type: 'unlink', relation: 'translation', translationId: translation.id, linkId: link.id, ...m };
    }
    case 11: {
      const parent = pick(2) ? any(state.thirdOrders) : undefined;
      return createEvent(
        'thirdOrder',
        ThirdOrderConstruct.create({
          id: `h${step}n${nextUid()}`, label: `Third ${step}`, ...(parent ? { parentId: parent.id } : {}),
          conceptIds: some(state.concepts).map((k) => k.id), constructIds: some(state.constructs).map((c) => c.id),
        }),
        m,
        pick(state.thirdOrders.length + 1),
      );
    }
    case 12: {
      const t = any(state.thirdOrders);
      const parent = any(state.thirdOrders);
      if (!t) return undefined;
      const parentId = parent && parent.id !== t.id && !wouldCycle(state, t.id, parent.id) ? parent.id : undefined;
      return updateEvent('thirdOrder', ThirdOrderConstruct.create({ ...t, parentId, label: `${t.label}'` }), m);
    }
    case 13: {
      const t = any(state.thirdOrders);
      if (!t) return undefined;
      const concept = any(state.concepts);
      const construct = any(state.constructs);
      if (pick(2) && concept) {
        return t.conceptIds.includes(concept.id)
          ? { type: 'unlink', relation: 'third-order-concept', thirdOrderId: t.id, conceptId: concept.id, ...m }
          : { type: 'link', relation: 'third-order-concept', thirdOrderId: t.id, conceptId: concept.id, index: pick(t.conceptIds.length + 1), ...m };
      }
      if (!construct) return undefined;
      return t.constructIds.includes(construct.id)
        ? { type: 'unlink', relation: 'third-order-construct', thirdOrderId: t.id, constructId: construct.id, ...m }
        : { type: 'link', relation: 'third-order-construct', thirdOrderId: t.id, constructId: construct.id, ...m };
    }
    case 14: {
      const c = any(state.constructs);
      if (!c) return undefined;
      return updateEvent('construct', Construct.create({ ...c, order: c.order === 1 ? 2 : 1, label: `${c.label}+`, ...(pick(2) ? { memo: 'reconsidered' } : { memo: undefined }) }), m);
    }
    case 15: {
      const c = any(state.constructs);
      const e = c && any(state.excerpts.filter((x) => x.studyId === c.studyId));
      if (!c || !e) return undefined;
      return c.excerptIds.includes(e.id)
        ? { type: 'unlink', relation: 'construct-excerpt', constructId: c.id, excerptId: e.id, ...m }
        : { type: 'link', relation: 'construct-excerpt', constructId: c.id, excerptId: e.id, index: pick(c.excerptIds.length + 1), ...m };
    }
    case 16: {
      const kind = any(['study', 'concept', 'thirdOrder', 'construct'] as const)!;
      const list: readonly { id: string }[] = kind === 'study' ? state.studies : kind === 'concept' ? state.concepts : kind === 'thirdOrder' ? state.thirdOrders : state.constructs;
      const item = any(list);
      if (!item) return undefined;
      return moveEvent(kind, item.id as never, pick(list.length), m);
    }
    case 17: {
      const choices = [
        TranslationOrder.create({ kind: 'chronology' }),
        ...(study ? [TranslationOrder.create({ kind: 'index-study', indexStudyId: study.id })] : []),
        TranslationOrder.create({ kind: 'custom', studyIds: some(state.studies).map((s) => s.id) }),
        TranslationOrder.create({ kind: 'quality' }),
      ];
      return { type: 'set-translation-order', order: any(choices)!, ...m };
    }
    case 18: {
      const [a, b] = [any(state.constructs), any(state.constructs)];
      if (!a || !b || a.id === b.id) return undefined;
      const pair = SuggestionDecision.pair(a.id, b.id);
      const decided = state.suggestionDecisions.some((d) => SuggestionDecision.key(d.constructIds) === SuggestionDecision.key(pair));
      if (decided && pick(2)) return { type: 'clear-suggestion', constructIds: pair, ...m };
      return { type: 'decide-suggestion', decision: SuggestionDecision.create({ constructIds: pair, verdict: pick(2) ? 'accepted' : 'rejected', decidedBy: m.actor, at: m.at }), ...m };
    }
    case 19: {
      const target = pickRef(state, pick);
      const memo = any(state.memos);
      if (memo && pick(2)) return updateEvent('memo', Memo.create({ ...memo, text: `${memo.text}!`, about: target }), m);
      return createEvent('memo', Memo.create({ id: `m${step}n${nextUid()}`, author: m.actor, at: m.at, text: 'thinking', tag: any(['reflexive', 'decision'] as const)!, about: target }), m);
    }
    case 20: {
      const target = pickRef(state, pick);
      if (!target) return undefined;
      return createEvent('comment', Comment.create({ id: `x${step}n${nextUid()}`, author: m.actor, at: m.at, text: 'see this', on: target, resolved: pick(2) === 0 }), m);
    }
    case 21: {
      const nodes = [
        ...some(state.thirdOrders).map((t) => ({ kind: 'thirdOrder' as const, id: t.id })),
        ...some(state.constructs).map((c) => ({ kind: 'construct' as const, id: c.id })),
      ];
      const edges = nodes.length >= 2 ? [{ from: nodes[0]!, to: nodes[1]!, kind: 'leads-to' as const }] : [];
      return createEvent('lineOfArgument', LineOfArgument.create({ id: `a${step}n${nextUid()}`, title: 'Argument', text: 'Because…', nodes, edges }), m);
    }
    case 22: {
      const target = pickRef(state, pick);
      return target ? planDeletion(state, target, m) : undefined;
    }
    default: {
      // Two events as one batch.
      const first = proposeEvent(state, pick, step * 1000 + 1);
      if (!first || first.type === 'batch') return first;
      const second = proposeEvent(applySynthesisEvent(state, first), pick, step * 1000 + 2);
      return { type: 'batch', label: 'two edits', events: second ? [first, second] : [first], ...m };
    }
  }
}

function pickRef(state: SynthesisState, pick: (n: number) => number): EntityRef | undefined {
  const refs: EntityRef[] = [
    ...state.studies.map((x) => ({ kind: 'study' as const, id: x.id })),
    ...state.excerpts.map((x) => ({ kind: 'excerpt' as const, id: x.id })),
    ...state.constructs.map((x) => ({ kind: 'construct' as const, id: x.id })),
    ...state.concepts.map((x) => ({ kind: 'concept' as const, id: x.id })),
    ...state.gridCells.map((x) => ({ kind: 'gridCell' as const, id: x.id })),
    ...state.translations.map((x) => ({ kind: 'translation' as const, id: x.id })),
    ...state.translations.flatMap((t) => t.links.map((x) => ({ kind: 'translationLink' as const, id: x.id }))),
    ...state.thirdOrders.map((x) => ({ kind: 'thirdOrder' as const, id: x.id })),
    ...state.linesOfArgument.map((x) => ({ kind: 'lineOfArgument' as const, id: x.id })),
    ...state.memos.map((x) => ({ kind: 'memo' as const, id: x.id })),
    ...state.comments.map((x) => ({ kind: 'comment' as const, id: x.id })),
  ];
  return refs.length === 0 ? undefined : refs[pick(refs.length)];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('invertSynthesisEvent', () => {
  it('undoes every event exactly, and redo gives the same state again', () => {
    const seenTypes = new Set<string>();
    // How rich the generated histories get, so the property is known to exercise real cascades.
    let largestBatch = 0;
    let mostConstructs = 0;
    let mostLinks = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 50, maxLength: 200 }), (choices) => {
        let cursor = 0;
        const pick = (n: number): number => (n <= 0 ? 0 : (choices[cursor++ % choices.length]! + cursor) % n);
        let state = emptySynthesisState;
        for (let step = 0; step < 70; step++) {
          const event = proposeEvent(state, pick, step);
          if (!event) continue;
          seenTypes.add(event.type);
          if (event.type === 'batch') largestBatch = Math.max(largestBatch, event.events.length);
          deepFreeze(state);
          const after = applySynthesisEvent(state, event);
          const inverse = invertSynthesisEvent(state, event, { actor: 'undoer', at: '2024-06-01T00:00:00Z' });
          const undone = applySynthesisEvent(after, inverse);
          expect(undone).toStrictEqual(state);
          expect(applySynthesisEvent(undone, event)).toStrictEqual(after);
          state = after;
          mostConstructs = Math.max(mostConstructs, state.constructs.length);
          mostLinks = Math.max(mostLinks, state.translations.reduce((n, t) => n + t.links.length, 0));
        }
      }),
      // A fixed seed: the coverage checks below (every event type seen, real cascades) must not depend on luck.
      { numRuns: 100, seed: 20261125 },
    );
    expect(largestBatch).toBeGreaterThanOrEqual(4);
    expect(mostConstructs).toBeGreaterThanOrEqual(5);
    expect(mostLinks).toBeGreaterThanOrEqual(2);
    expect([...seenTypes].sort()).toEqual(
      ['batch', 'clear-suggestion', 'create', 'decide-suggestion', 'link', 'move', 'set-translation-order', 'unlink', 'update'].sort(),
    );
  });
});
