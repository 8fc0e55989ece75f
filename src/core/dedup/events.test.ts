import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { applyDedupEvents, confirmPossibleEvent, mergeEvent, rejectPossibleEvent, undoEvent, unmergeEvent, type DedupEvent } from './events.js';
import type { DedupResult, PairVerdict } from './types.js';

const verdict = (a: string, b: string, cls: PairVerdict['class'], score: number): PairVerdict => ({
  a,
  b,
  score,
  class: cls,
  rule: 'score',
  evidence: [{ field: 'title', similarity: 1, weight: score, note: 'titles equal' }],
});

/** An automatic result: {r1, r2, r3} and {r4, r5}; r6 possibly duplicates r1; r7 alone. */
const auto: DedupResult = {
  groups: [
    ['r1', 'r2', 'r3'],
    ['r4', 'r5'],
  ],
  possible: [verdict('r1', 'r6', 'possible', 8), verdict('r5', 'r7', 'possible', 7)],
  links: [verdict('r1', 'r2', 'duplicate', 20), verdict('r2', 'r3', 'duplicate', 15), verdict('r4', 'r5', 'duplicate', 18)],
};

let n = 0;
const meta = (actor = 'ana'): { id: string; actor: string; at: string } => ({ id: `e${++n}`, actor, at: `2024-05-0${(n % 9) + 1}T10:00:00Z` });

describe('applyDedupEvents', () => {
  it('returns the automatic result when there are no events', () => {
    const s = applyDedupEvents(auto, []);
    expect(s.groups).toEqual(auto.groups);
    expect(s.possible).toEqual(auto.possible);
    expect(s.links).toEqual(auto.links);
    expect(s.decisions).toEqual([]);
  });

  it('merges groups by hand and records who did it', () => {
    const s = applyDedupEvents(auto, [mergeEvent({ ...meta('ben'), note: 'same trial' }, ['r3', 'r4'])]);
    expect(s.groups).toEqual([['r1', 'r2', 'r3', 'r4', 'r5']]);
    const manual = s.links.find((l) => l.rule === 'manual-merge');
    expect(manual).toMatchObject({ a: 'r3', b: 'r4', class: 'duplicate' });
    expect(manual?.evidence.at(-1)?.note).toMatch(/^merged by ben at .*: same trial$/);
  });

  it('unmerges a record and overrides the automatic link', () => {
    const s = applyDedupEvents(auto, [unmergeEvent(meta(), ['r2'])]);
    expect(s.groups).toEqual([
      ['r1', 'r3'],
      ['r4', 'r5'],
    ]);
    expect(s.links.map((l) => `${l.a}-${l.b}`)).toEqual(['r4-r5']);
  });

  it('confirms and rejects possible pairs', () => {
    const s = applyDedupEvents(auto, [confirmPossibleEvent(meta(), 'r6', 'r1'), rejectPossibleEvent(meta('carl'), 'r5', 'r7')]);
    expect(s.groups[0]).toEqual(['r1', 'r2', 'r3', 'r6']);
    expect(s.possible).toEqual([]);
    expect(s.decisions.map((d) => [d.a, d.b, d.decision, d.actor])).toEqual([
      ['r1', 'r6', 'confirmed', 'ana'],
      ['r5', 'r7', 'rejected', 'carl'],
    ]);
    expect(s.links.find((l) => l.rule === 'confirmed-possible')?.score).toBe(8);
  });

  it('undo of a merge restores the exact previous state; undo of the undo redoes it', () => {
    const before = [unmergeEvent(meta(), ['r2']), rejectPossibleEvent(meta(), 'r5', 'r7')];
    const merge = mergeEvent(meta(), ['r2', 'r6']);
    const undo = undoEvent(meta(), merge.id);
    const withMerge = applyDedupEvents(auto, [...before, merge]);
    const undone = applyDedupEvents(auto, [...before, merge, undo]);
    const previous = applyDedupEvents(auto, before);
    expect({ ...undone, applied: [], ignored: [] }).toEqual({ ...previous, applied: [], ignored: [] });
    const redone = applyDedupEvents(auto, [...before, merge, undo, undoEvent(meta(), undo.id)]);
    expect(redone.groups).toEqual(withMerge.groups);
  });

  it('lists events it cannot apply instead of throwing', () => {
    const s = applyDedupEvents(auto, [undoEvent({ id: 'u1', actor: 'ana', at: '2024-01-01' }, 'nope')]);
    expect(s.ignored).toEqual(['u1']);
    expect(s.groups).toEqual(auto.groups);
  });

  it('refuses to build a merge of a record with itself', () => {
    try {
      mergeEvent(meta(), ['r1', 'r1']);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('DEDUP_SELF_MERGE');
    }
  });

  it('undoing any event gives the state of the other events (property)', () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'];
    const idArb = fc.constantFrom(...ids);
    const eventArb: fc.Arbitrary<(k: number) => DedupEvent> = fc.oneof(
      fc.uniqueArray(idArb, { minLength: 2, maxLength: 3 }).map((r) => (k: number) => mergeEvent({ id: `x${k}`, actor: 'p', at: 't' }, r)),
      fc.uniqueArray(idArb, { minLength: 1, maxLength: 2 }).map((r) => (k: number) => unmergeEvent({ id: `x${k}`, actor: 'p', at: 't' }, r)),
      fc.uniqueArray(idArb, { minLength: 2, maxLength: 2 }).map(([a = '', b = '']) => (k: number) => confirmPossibleEvent({ id: `x${k}`, actor: 'p', at: 't' }, a, b)),
      fc.uniqueArray(idArb, { minLength: 2, maxLength: 2 }).map(([a = '', b = '']) => (k: number) => rejectPossibleEvent({ id: `x${k}`, actor: 'p', at: 't' }, a, b)),
    );
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 8 }), fc.nat(), (makers, pick) => {
        const events = makers.map((m, k) => m(k));
        const target = events[pick % events.length];
        if (!target) return;
        const undone = applyDedupEvents(auto, [...events, undoEvent({ id: 'undo', actor: 'p', at: 't' }, target.id)]);
        const without = applyDedupEvents(auto, events.filter((e) => e !== target));
        expect(undone.groups).toEqual(without.groups);
        expect(undone.possible).toEqual(without.possible);
        expect(undone.links).toEqual(without.links);
        expect(undone.decisions).toEqual(without.decisions);
        // and every id still appears in at most one group
        const flat = undone.groups.flat();
        expect(new Set(flat).size).toBe(flat.length);
      }),
      { numRuns: 300 },
    );
  });
});
