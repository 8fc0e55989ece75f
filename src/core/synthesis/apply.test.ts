import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { applySynthesisEvent, applySynthesisEvents } from './apply.js';
import { Comment } from './comment.js';
import { Concept } from './concept.js';
import { Construct } from './construct.js';
import { createEvent, deleteEvent, moveEvent, updateEvent } from './event-builders.js';
import type { SynthesisEvent } from './events.js';
import { Excerpt } from './excerpt.js';
import { ConceptId, ConstructId, StudyId, TranslationId, TranslationLinkId } from './ids.js';
import { LineOfArgument } from './line-of-argument.js';
import { Memo } from './memo.js';
import { emptySynthesisState, type SynthesisState } from './state.js';
import { Study } from './study.js';
import { ThirdOrderConstruct } from './third-order.js';
import { Translation, TranslationLink } from './translation.js';

const meta = { actor: 'ana', at: '2024-05-01T10:00:00Z' };
const page = 'Participants said: "I came back to serve my people." They also spoke of low pay and few resources.';

/** Two studies, each with an excerpt and a construct of each order, one concept, one cell each. */
function smallSynthesis(): SynthesisState {
  const quoteAt = page.indexOf('I came back');
  const events: SynthesisEvent[] = [
    createEvent('study', Study.create({ id: 's1', label: 'Oman 2009', year: 2009 }), meta),
    createEvent('study', Study.create({ id: 's2', label: 'Arif 2019', year: 2019 }), meta),
    createEvent('excerpt', Excerpt.fromSpan({ id: 'e1', studyId: 's1', source: page, start: quoteAt, end: quoteAt + 30, page: 3 }), meta),
    createEvent('excerpt', Excerpt.fromSpan({ id: 'e2', studyId: 's2', source: page, start: 0, end: 17, page: 5 }), meta),
    createEvent('construct', Construct.create({ id: 'c1', order: 1, studyId: 's1', label: 'came back to serve', text: 'I came back to serve my people.', excerptIds: ['e1'] }), meta),
    createEvent('construct', Construct.create({ id: 'c2', order: 2, studyId: 's1', label: 'Duty to serve', text: 'Returnees felt a duty to their communities.' }), meta),
    createEvent('construct', Construct.create({ id: 'c3', order: 2, studyId: 's2', label: 'Giving back', text: 'Physicians wished to give back to the country that trained them.', excerptIds: ['e2'] }), meta),
    createEvent('concept', Concept.create({ id: 'k1', label: 'Duty' }), meta),
    { type: 'link', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c2'), ...meta },
    { type: 'link', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c3'), ...meta },
  ];
  return applySynthesisEvents(emptySynthesisState, events);
}

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
};

describe('applySynthesisEvent', () => {
  it('builds a state by folding events', () => {
    const state = smallSynthesis();
    expect(state.studies.map((s) => s.label)).toEqual(['Oman 2009', 'Arif 2019']);
    expect(state.gridCells.map((c) => [c.studyId, c.conceptId, c.constructIds])).toEqual([
      ['s1', 'k1', ['c2']],
      ['s2', 'k1', ['c3']],
    ]);
    expect(state.excerpts[0]).toMatchObject({ page: 3, text: 'I came back to serve my people' });
  });

  it('never mutates the state it is given', () => {
    const state = smallSynthesis();
    const snapshot = structuredClone(state);
    applySynthesisEvent(state, createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), meta));
    applySynthesisEvent(state, { type: 'unlink', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c2'), ...meta });
    expect(state).toEqual(snapshot);
  });

  it('rejects duplicate ids and a second translation of a concept', () => {
    const state = smallSynthesis();
    expect(code(() => applySynthesisEvent(state, createEvent('study', Study.create({ id: 's1', label: 'Again' }), meta)))).toBe('SYNTHESIS_DUPLICATE');
    const t1 = createEvent('translation', Translation.create({ id: 't1', conceptId: 'k1' }), meta);
    const withT1 = applySynthesisEvent(state, t1);
    expect(code(() => applySynthesisEvent(withT1, createEvent('translation', Translation.create({ id: 't2', conceptId: 'k1' }), meta)))).toBe(
      'SYNTHESIS_DUPLICATE',
    );
  });

  it('rejects links to missing entities or across studies', () => {
    const state = smallSynthesis();
    const foreignExcerpt = Construct.create({ id: 'c9', order: 2, studyId: 's2', label: 'x', text: 'x', excerptIds: ['e1'] });
    expect(code(() => applySynthesisEvent(state, createEvent('construct', foreignExcerpt, meta)))).toBe('SYNTHESIS_INVALID_LINK');
    const missingStudy = Construct.create({ id: 'c9', order: 2, studyId: 's9', label: 'x', text: 'x' });
    expect(code(() => applySynthesisEvent(state, createEvent('construct', missingStudy, meta)))).toBe('SYNTHESIS_INVALID_LINK');
    const wrongSide = TranslationLink.create({
      id: 'l1', fromStudyId: 's1', toStudyId: 's2', kind: 'reciprocal', fromConstructIds: ['c3'], rationale: 'r', author: 'ana', at: meta.at,
    });
    const withT = applySynthesisEvent(state, createEvent('translation', Translation.create({ id: 't1', conceptId: 'k1' }), meta));
    expect(code(() => applySynthesisEvent(withT, { type: 'link', relation: 'translation', translationId: TranslationId.of('t1'), link: wrongSide, ...meta }))).toBe(
      'SYNTHESIS_INVALID_LINK',
    );
    expect(code(() => applySynthesisEvent(state, createEvent('comment', Comment.create({ id: 'm1', author: 'ana', at: meta.at, text: 'hm', on: { kind: 'construct', id: 'zz' } }), meta)))).toBe(
      'SYNTHESIS_INVALID_LINK',
    );
  });

  it('keeps the construct hierarchy free of cycles', () => {
    let state = smallSynthesis();
    state = applySynthesisEvents(state, [
      createEvent('thirdOrder', ThirdOrderConstruct.create({ id: 'a', label: 'Overarching' }), meta),
      createEvent('thirdOrder', ThirdOrderConstruct.create({ id: 'b', label: 'Middle', parentId: 'a' }), meta),
      createEvent('thirdOrder', ThirdOrderConstruct.create({ id: 'c', label: 'Leaf', parentId: 'b', conceptIds: ['k1'] }), meta),
    ]);
    const cycle = updateEvent('thirdOrder', ThirdOrderConstruct.create({ id: 'a', label: 'Overarching', parentId: 'c' }), meta);
    expect(code(() => applySynthesisEvent(state, cycle))).toBe('SYNTHESIS_CYCLE');
    expect(code(() => ThirdOrderConstruct.create({ id: 'a', label: 'Self', parentId: 'a' }))).toBe('SYNTHESIS_CYCLE');
    // Moving a leaf to the top is fine.
    const moved = applySynthesisEvent(state, updateEvent('thirdOrder', ThirdOrderConstruct.create({ id: 'c', label: 'Leaf', conceptIds: ['k1'] }), meta));
    expect(moved.thirdOrders.find((t) => t.id === 'c')?.parentId).toBeUndefined();
  });

  it('refuses to delete what is still referred to, and to change what an entity is about', () => {
    const state = smallSynthesis();
    expect(code(() => applySynthesisEvent(state, deleteEvent('construct', ConstructId.of('c2'), meta)))).toBe('SYNTHESIS_IN_USE');
    expect(code(() => applySynthesisEvent(state, deleteEvent('study', StudyId.of('s1'), meta)))).toBe('SYNTHESIS_IN_USE');
    const moved = Construct.create({ id: 'c2', order: 2, studyId: 's2', label: 'Duty to serve', text: 'x' });
    expect(code(() => applySynthesisEvent(state, updateEvent('construct', moved, meta)))).toBe('INVALID_ARGUMENT');
    expect(code(() => applySynthesisEvent(state, updateEvent('concept', Concept.create({ id: 'nope', label: 'x' }), meta)))).toBe('ENTITY_NOT_FOUND');
  });

  it('creates a grid cell on the first link and removes it when its last construct leaves', () => {
    const state = smallSynthesis();
    const unlinked = applySynthesisEvent(state, { type: 'unlink', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c2'), ...meta });
    expect(unlinked.gridCells.map((c) => c.studyId)).toEqual(['s2']);
    const withNote = applySynthesisEvent(
      state,
      updateEvent('gridCell', { ...state.gridCells[0]!, note: 'Only implicit in this study.' }, meta),
    );
    const kept = applySynthesisEvent(withNote, { type: 'unlink', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c2'), ...meta });
    expect(kept.gridCells[0]).toMatchObject({ studyId: 's1', constructIds: [], note: 'Only implicit in this study.' });
    expect(code(() => applySynthesisEvent(state, { type: 'link', relation: 'grid', conceptId: ConceptId.of('k1'), constructId: ConstructId.of('c2'), ...meta }))).toBe(
      'SYNTHESIS_DUPLICATE',
    );
  });

  it('moves entities within ordered collections only', () => {
    let state = applySynthesisEvents(smallSynthesis(), [
      createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), meta),
      createEvent('concept', Concept.create({ id: 'k0', label: 'Family' }), meta, 0),
    ]);
    expect(state.concepts.map((c) => c.id)).toEqual(['k0', 'k1', 'k2']);
    state = applySynthesisEvent(state, moveEvent('concept', ConceptId.of('k0'), 2, meta));
    expect(state.concepts.map((c) => c.id)).toEqual(['k1', 'k2', 'k0']);
    expect(code(() => applySynthesisEvent(state, moveEvent('gridCell', state.gridCells[0]!.id, 1, meta)))).toBe('INVALID_ARGUMENT');
    expect(code(() => applySynthesisEvent(state, moveEvent('concept', ConceptId.of('k0'), 3, meta)))).toBe('INVALID_ARGUMENT');
  });

  it('applies a batch all or nothing', () => {
    const state = smallSynthesis();
    const bad: SynthesisEvent = {
      type: 'batch',
      label: 'two concepts, the second a duplicate',
      events: [createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), meta), createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), meta)],
      ...meta,
    };
    expect(code(() => applySynthesisEvent(state, bad))).toBe('SYNTHESIS_DUPLICATE');
    expect(state.concepts).toHaveLength(1);
  });

  it('validates events read from outside: meta, shapes, line-of-argument edges', () => {
    const state = smallSynthesis();
    expect(code(() => applySynthesisEvent(state, createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), { actor: '', at: meta.at })))).toBe('INVALID_ARGUMENT');
    expect(code(() => applySynthesisEvent(state, createEvent('concept', Concept.create({ id: 'k2', label: 'Pay' }), { actor: 'ana', at: 'yesterday' })))).toBe('INVALID_ARGUMENT');
    const raw = { type: 'create', kind: 'concept', value: { id: 'k2', label: '  ' }, ...meta } as unknown as SynthesisEvent;
    expect(code(() => applySynthesisEvent(state, raw))).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        LineOfArgument.create({
          id: 'loa', title: 'x', text: 'y', nodes: [{ kind: 'construct', id: 'c2' }], edges: [{ from: { kind: 'construct', id: 'c2' }, to: { kind: 'construct', id: 'c3' }, kind: 'leads-to' }],
        }),
      ),
    ).toBe('SYNTHESIS_INVALID_LINK');
    const loa = LineOfArgument.create({ id: 'loa', title: 'x', text: 'y', nodes: [{ kind: 'thirdOrder', id: 'nope' }] });
    expect(code(() => applySynthesisEvent(state, createEvent('lineOfArgument', loa, meta)))).toBe('SYNTHESIS_INVALID_LINK');
    expect(code(() => TranslationLink.create({ id: 'l', fromStudyId: 's1', toStudyId: 's1', kind: 'reciprocal', rationale: 'r', author: 'a', at: meta.at }))).toBe(
      'SYNTHESIS_INVALID_LINK',
    );
    expect(code(() => TranslationLink.create({ id: 'l', fromStudyId: 's1', toStudyId: 's2', kind: 'reciprocal', rationale: 'r', resolution: 'x', author: 'a', at: meta.at }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('links memos and comments to any entity, translation links included', () => {
    let state = applySynthesisEvent(
      smallSynthesis(),
      createEvent(
        'translation',
        Translation.create({
          id: 't1', conceptId: 'k1',
          links: [{ id: 'l1', fromStudyId: 's1', toStudyId: 's2', kind: 'reciprocal', fromConstructIds: ['c2'], toConstructIds: ['c3'], rationale: 'Both describe a debt to the community.', author: 'ana', at: meta.at }],
        }),
        meta,
      ),
    );
    state = applySynthesisEvents(state, [
      createEvent('memo', Memo.create({ id: 'm1', author: 'ana', at: meta.at, text: 'My own return shapes how I read this.', about: { kind: 'translationLink', id: 'l1' } }), meta),
      createEvent('comment', Comment.create({ id: 'x1', author: 'ben', at: meta.at, text: 'Agree.', on: { kind: 'translationLink', id: 'l1' } }), meta),
    ]);
    expect(state.memos[0]?.tag).toBe('reflexive');
    expect(code(() => applySynthesisEvent(state, { type: 'unlink', relation: 'translation', translationId: TranslationId.of('t1'), linkId: TranslationLinkId.of('l1'), ...meta }))).toBe(
      'SYNTHESIS_IN_USE',
    );
  });
});
