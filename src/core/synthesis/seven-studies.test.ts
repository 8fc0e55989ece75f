import { describe, expect, it } from 'vitest';
import { anchor } from '../anchoring/anchor.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { applySynthesisEvents } from './apply.js';
import { planDeletion } from './deletion.js';
import type { EntityRef } from './entity-ref.js';
import { evidenceChain, summariseEvidence } from './evidence-chain.js';
import { thirdOrderHierarchy } from './hierarchy.js';
import { ThirdOrderId } from './ids.js';
import { findReferences, integrityProblems } from './integrity.js';
import { invertSynthesisEvent } from './invert.js';
import { applySynthesisEvent } from './apply.js';
import { emptySynthesisState, type SynthesisState } from './state.js';

const meta = { actor: 'ana', at: '2024-06-01T12:00:00Z' };

function allRefs(state: SynthesisState): EntityRef[] {
  return [
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
}

describe('the seven-study example', () => {
  const example = buildSevenStudies();

  it('is deterministic and is exactly the fold of its events', () => {
    expect(buildSevenStudies()).toStrictEqual({ ...example, qualityOf: expect.any(Function) });
    expect(applySynthesisEvents(emptySynthesisState, example.events)).toStrictEqual(example.state);
    const later = buildSevenStudies({ start: '2025-01-01T00:00:00Z' });
    expect(later.events[0]?.at).toBe('2025-01-01T00:00:00.000Z');
    expect(later.state.studies).toStrictEqual(example.state.studies);
  });

  it('has the shape the brief asks for', () => {
    const state = example.state;
    expect(state.studies.map((s) => s.label)).toEqual([
      'Gaviria 1975', 'Oman 2009', 'Adzei 2014', 'Abdalla 2016', 'Humphries 2017', 'Motlhatlhedi 2018', 'Arif 2019',
    ]);
    expect(new Set(state.constructs.map((c) => c.order))).toEqual(new Set([1, 2]));
    const tree = thirdOrderHierarchy(state);
    expect(tree.map((n) => n.thirdOrder.label)).toEqual([
      'Reflections on personal development',
      'Social and cultural connection to home countries',
      'Challenges associated with professional reintegration',
    ]);
    expect(tree.flatMap((n) => n.children)).toHaveLength(10);
    const kinds = new Set(state.translations.flatMap((t) => t.links.map((l) => l.kind)));
    expect(kinds).toEqual(new Set(['reciprocal', 'refutational']));
    expect(integrityProblems(state)).toEqual([]);
  });

  it('anchors every excerpt in its page text, by position', () => {
    for (const excerpt of example.state.excerpts) {
      const pages = example.documents[excerpt.studyId]!;
      const found = anchor(pages, excerpt.selectors);
      expect(found, excerpt.id).toMatchObject({ orphan: false, method: 'position', page: excerpt.page });
      if (!found.orphan) expect(pages[found.page! - 1]!.slice(found.start, found.end)).toBe(excerpt.text);
    }
  });

  it('expands each overarching construct down to quotes with study and page', () => {
    const chain = evidenceChain(example.state, ThirdOrderId.of('o-reintegration'));
    const summary = summariseEvidence(example.state, chain);
    expect(chain.children.map((c) => c.label)).toEqual([
      "Practising without the tools of one's training", 'Blocked careers', 'Financial sacrifice', 'Navigating patronage, bureaucracy and instability',
    ]);
    expect(summary.studies.map((s) => s.label)).toEqual([
      'Motlhatlhedi 2018', 'Gaviria 1975', 'Oman 2009', 'Adzei 2014', 'Abdalla 2016', 'Humphries 2017', 'Arif 2019',
    ]);
    for (const e of summary.excerpts) {
      const page = example.documents[e.study.id]![e.page! - 1]!;
      expect(page).toContain(e.quote);
    }
    // The construct linked directly (not through a concept) is part of the chain.
    expect(chain.children[0]!.constructs.map((c) => c.constructId)).toEqual(['c-mot-underused']);
  });

  it('deletes any entity with its dependents in one undoable step', () => {
    const state = example.state;
    for (const ref of allRefs(state)) {
      const batch = planDeletion(state, ref, meta);
      const after = applySynthesisEvent(state, batch);
      expect(allRefs(after).some((r) => r.kind === ref.kind && r.id === ref.id), `${ref.kind} ${ref.id} is gone`).toBe(false);
      expect(integrityProblems(after), `${ref.kind} ${ref.id} leaves nothing dangling`).toEqual([]);
      expect(findReferences(after, ref)).toEqual([]);
      expect(applySynthesisEvent(after, invertSynthesisEvent(state, batch))).toStrictEqual(state);
    }
  });

  it('re-parents the children of a deleted overarching construct', () => {
    const after = applySynthesisEvent(example.state, planDeletion(example.state, { kind: 'thirdOrder', id: ThirdOrderId.of('o-social') }, meta));
    expect(after.thirdOrders.filter((t) => ['h-family', 'h-belonging', 'h-next-generation'].includes(t.id)).every((t) => t.parentId === undefined)).toBe(true);
    const loa = after.linesOfArgument[0]!;
    expect(loa.nodes.some((n) => n.id === 'o-social')).toBe(false);
    expect(loa.edges.map((e) => e.label)).toEqual(['expectations colour reintegration', 'care at home against remittances']);
  });
});
