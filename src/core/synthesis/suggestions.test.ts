import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors.js';
import { buildSevenStudies } from '../test-support/seven-studies.js';
import { applySynthesisEvent } from './apply.js';
import { ConstructId } from './ids.js';
import { SuggestionDecision } from './suggestion-decision.js';
import { suggestSimilar } from './suggestions.js';
import { tokenize } from './tokenize.js';

const { state } = buildSevenStudies();
const meta = { actor: 'ben', at: '2024-06-01T12:00:00Z' };

describe('suggestSimilar', () => {
  it('finds the construct of another study that shares the telling words, and says which', () => {
    const skills = suggestSimilar(state, ConstructId.of('c-mot-underused'), 3);
    expect(skills.slice(0, 2).map((s) => [s.constructId, s.sharedTerms[0]])).toEqual([
      ['c-oman-skills-valued', 'skill'],
      ['c-gav-overspecialised', 'specialist'],
    ]);
    expect(suggestSimilar(state, ConstructId.of('c-adzei-pay'), 1)[0]?.constructId).toBe('c-oman-salary');
    const family = suggestSimilar(state, ConstructId.of('c-hum-children'), 5, { orders: [1, 2] });
    expect(family[0]?.constructId).toBe('c-arif-children');
    expect(family[0]?.sharedTerms).toEqual(expect.arrayContaining(['grandparent', 'children']));
  });

  it('only suggests second-order constructs of other studies by default, best first', () => {
    for (const c of state.constructs.filter((x) => x.order === 2)) {
      const list = suggestSimilar(state, c.id, 10);
      for (const s of list) {
        const other = state.constructs.find((x) => x.id === s.constructId)!;
        expect(other.studyId).not.toBe(c.studyId);
        expect(other.order).toBe(2);
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(s.sharedTerms.length).toBeGreaterThan(0);
      }
      expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    }
  });

  it('is symmetric: A is as similar to B as B to A', () => {
    const ids = state.constructs.filter((c) => c.order === 2).map((c) => c.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const ab = suggestSimilar(state, a, 100).find((s) => s.constructId === b)?.score ?? 0;
        const ba = suggestSimilar(state, b, 100).find((s) => s.constructId === a)?.score ?? 0;
        expect(ab).toBeCloseTo(ba, 12);
      }),
      { numRuns: 40 },
    );
  });

  it('hides decided pairs: accepting and rejecting are events', () => {
    const id = ConstructId.of('c-mot-underused');
    const top = suggestSimilar(state, id, 1)[0]!;
    const rejected = applySynthesisEvent(state, {
      type: 'decide-suggestion',
      decision: SuggestionDecision.create({ constructIds: [top.constructId, id], verdict: 'rejected', decidedBy: 'ben', at: meta.at }),
      ...meta,
    });
    expect(suggestSimilar(rejected, id, 10).map((s) => s.constructId)).not.toContain(top.constructId);
    expect(suggestSimilar(rejected, id, 10, { includeDecided: true }).map((s) => s.constructId)).toContain(top.constructId);
    const cleared = applySynthesisEvent(rejected, { type: 'clear-suggestion', constructIds: SuggestionDecision.pair(id, top.constructId), ...meta });
    expect(suggestSimilar(cleared, id, 1)[0]?.constructId).toBe(top.constructId);
  });

  it('rejects an unknown construct and returns nothing for k = 0', () => {
    expect(() => suggestSimilar(state, ConstructId.of('nope'), 3)).toThrow(AppError);
    expect(suggestSimilar(state, ConstructId.of('c-mot-family'), 0)).toEqual([]);
  });
});

describe('tokenize', () => {
  it('lower-cases, folds accents, drops function words and plurals', () => {
    expect(tokenize('The Doctors’ families, and their Café duties')).toEqual(['doctor', 'family', 'cafe', 'duty']);
  });
});
