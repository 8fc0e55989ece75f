import { describe, expect, it } from 'vitest';
import {
  agreementHeader,
  agreementRows,
  cohenKappa,
  screeningSettings,
  screeningState,
  stageAgreement,
  stageRatings,
  type DecisionValue,
  type ScreeningEvent,
} from './index.js';

const settings = screeningSettings({ reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 } });
const at = '2025-02-01T12:00:00Z';
const dec = (recordId: string, reviewerId: string, decision: DecisionValue, type: 'decision' | 'decision-change' = 'decision'): ScreeningEvent => ({
  type,
  recordId,
  stage: 'title-abstract',
  reviewerId,
  decision,
  at,
});

/**
 * Ten records screened by Alice and Bob: 3 both include, 4 both exclude, 1 maybe/include,
 * 1 include/exclude, 1 exclude/maybe. Counted with maybe as include:
 *            Bob inc  Bob exc
 * Alice inc     4        1
 * Alice exc     1        4
 * p_o = 8/10, p_e = .5·.5 + .5·.5 = .5, κ = .6.
 */
const events: ScreeningEvent[] = [
  ...['r1', 'r2', 'r3'].flatMap((r) => [dec(r, 'alice', 'include'), dec(r, 'bob', 'include')]),
  ...['r4', 'r5', 'r6', 'r7'].flatMap((r) => [dec(r, 'alice', 'exclude'), dec(r, 'bob', 'exclude')]),
  dec('r8', 'alice', 'maybe'),
  dec('r8', 'bob', 'include'),
  dec('r9', 'alice', 'include'),
  dec('r9', 'bob', 'exclude'),
  dec('r10', 'alice', 'exclude'),
  dec('r10', 'bob', 'maybe'),
  // Only one rating: cannot show agreement.
  dec('r11', 'alice', 'include'),
];

describe('stageAgreement', () => {
  it('computes percent agreement and Cohen’s kappa of the two reviewers, maybe counted as include', () => {
    const a = stageAgreement(screeningState(events, settings), 'title-abstract', { bootstrap: { replicates: 200 } });
    expect(a.units).toBe(10);
    expect(a.reviewers).toEqual(['alice', 'bob']);
    expect(a.percentAgreement).toBeCloseTo(0.8, 12);
    expect(a.pairs).toHaveLength(1);
    expect(a.pairs[0]?.reviewers).toEqual(['alice', 'bob']);
    expect(a.pairs[0]?.kappa.value).toBeCloseTo(0.6, 12);
    // Two raters: Fleiss' kappa is Scott's pi, here equal to Cohen's kappa (identical margins).
    expect(a.fleiss.value).toBeCloseTo(0.6, 12);
    expect(a.krippendorff.value).not.toBeNull();
  });

  it('can leave maybe out or keep it as its own category', () => {
    const state = screeningState(events, settings);
    const omitted = stageAgreement(state, 'title-abstract', { maybe: 'omit', bootstrap: { replicates: 10 } });
    expect(omitted.units).toBe(8);
    expect(omitted.pairs[0]?.kappa.value).toBeCloseTo(cohenKappa([...Array(3).fill(['include', 'include']), ...Array(4).fill(['exclude', 'exclude']), ['include', 'exclude']]).value!, 12);
    const own = stageAgreement(state, 'title-abstract', { maybe: 'category', bootstrap: { replicates: 10 } });
    expect(own.categories).toEqual(['exclude', 'include', 'maybe']);
    expect(own.percentAgreement).toBeCloseTo(0.7, 12);
  });

  it('uses each reviewer’s first decision by default, the current one on request', () => {
    // Bob first excluded r9 (agreeing with no one), then changed to include after the conflict.
    const changed = [...events, dec('r9', 'bob', 'include', 'decision-change')];
    const state = screeningState(changed, settings);
    expect(stageAgreement(state, 'title-abstract', { bootstrap: { replicates: 10 } }).percentAgreement).toBeCloseTo(0.8, 12);
    expect(stageAgreement(state, 'title-abstract', { basis: 'current', bootstrap: { replicates: 10 } }).percentAgreement).toBeCloseTo(0.9, 12);
    expect(stageRatings(state, 'title-abstract').find((r) => r.recordId === 'r9')?.ratings).toEqual([
      { reviewerId: 'alice', category: 'include' },
      { reviewerId: 'bob', category: 'exclude' },
    ]);
  });

  it('gives one Cohen’s kappa per pair when reviewers rotate, and Fleiss/alpha over all', () => {
    const rotating = [
      dec('a', 'alice', 'include'), dec('a', 'bob', 'include'),
      dec('b', 'alice', 'exclude'), dec('b', 'bob', 'exclude'),
      dec('c', 'bob', 'include'), dec('c', 'carol', 'exclude'),
      dec('d', 'bob', 'exclude'), dec('d', 'carol', 'exclude'),
      dec('e', 'alice', 'include'), dec('e', 'carol', 'include'),
    ];
    const a = stageAgreement(screeningState(rotating, settings), 'title-abstract', { bootstrap: { replicates: 10 } });
    expect(a.pairs.map((p) => [p.reviewers, p.units])).toEqual([
      [['alice', 'bob'], 2],
      [['alice', 'carol'], 1],
      [['bob', 'carol'], 2],
    ]);
    expect(a.pairs[0]?.percentAgreement).toBe(1);
    expect(a.pairs[2]?.percentAgreement).toBe(0.5);
    expect(a.fleiss.units).toBe(5);
  });

  it('leaves out stages a record never reached', () => {
    const a = stageAgreement(screeningState(events, settings), 'full-text');
    expect(a.units).toBe(0);
    expect(a.percentAgreement).toBeNull();
    expect(a.fleiss.value).toBeNull();
  });
});

describe('agreementRows', () => {
  it('writes a header and, per stage, overall and per-pair rows with fixed decimals', () => {
    const state = screeningState(events, settings);
    const rows = agreementRows([stageAgreement(state, 'title-abstract', { bootstrap: { replicates: 200, seed: 1 } })], {
      reviewerName: (id) => id.toUpperCase(),
    });
    expect(rows[0]).toEqual([...agreementHeader]);
    expect(rows.map((r) => r[1])).toEqual([
      'Statistic',
      'Percent agreement',
      'Percent agreement',
      "Cohen's kappa",
      "Fleiss' kappa",
      "Krippendorff's alpha (nominal)",
    ]);
    expect(rows[1]).toEqual(['Title/abstract', 'Percent agreement', 'ALICE; BOB', '10', '80.0', '', '', '', '', 'include', 'first decisions']);
    const kappa = rows[3]!;
    expect(kappa.slice(0, 5)).toEqual(['Title/abstract', "Cohen's kappa", 'ALICE; BOB', '10', '0.600']);
    // κ = .6, SE by Fleiss–Cohen–Everitt: the interval is κ ± 1.96·SE, capped at 1 (κ cannot exceed it).
    const [low, high, se] = [Number(kappa[5]), Number(kappa[6]), Number(kappa[7])];
    expect(se).toBeGreaterThan(0.2);
    expect(low).toBeCloseTo(0.6 - 1.96 * se, 2);
    expect(high).toBe(1);
    expect(kappa[8]).toContain('Fleiss, Cohen & Everitt');
    for (const row of rows) expect(row).toHaveLength(agreementHeader.length);
  });

  it('leaves undefined statistics empty instead of printing NaN', () => {
    const rows = agreementRows([stageAgreement(screeningState([], settings), 'full-text')]);
    expect(rows.flat().join('|')).not.toMatch(/NaN|null|undefined/);
  });
});
