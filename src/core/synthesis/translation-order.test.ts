import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors.js';
import { Study } from './study.js';
import { TranslationOrder, orderStudies } from './translation-order.js';

const studies = [
  Study.create({ id: 's-arif', label: 'Arif 2019', year: 2019 }),
  Study.create({ id: 's-gaviria', label: 'Gaviria 1975', year: 1975 }),
  Study.create({ id: 's-mot', label: 'Motlhatlhedi 2018', year: 2018 }),
  Study.create({ id: 's-undated', label: 'Undated report' }),
  Study.create({ id: 's-oman', label: 'Oman 2009', year: 2009 }),
];
const labels = (list: readonly Study[]): string[] => list.map((s) => s.label);

describe('translation order', () => {
  it('orders chronologically, undated studies last', () => {
    expect(labels(orderStudies(studies, { kind: 'chronology' }))).toEqual(['Gaviria 1975', 'Oman 2009', 'Motlhatlhedi 2018', 'Arif 2019', 'Undated report']);
  });

  it('puts the index study first, then the rest by date', () => {
    const order = TranslationOrder.create({ kind: 'index-study', indexStudyId: 's-mot' });
    expect(labels(orderStudies(studies, order))).toEqual(['Motlhatlhedi 2018', 'Gaviria 1975', 'Oman 2009', 'Arif 2019', 'Undated report']);
  });

  it('orders by quality, best first, unrated last, ties by date', () => {
    const quality: Record<string, number> = { 's-arif': 1, 's-oman': 0.8, 's-mot': 0.8, 's-gaviria': 0.4 };
    const order = TranslationOrder.create({ kind: 'quality' });
    expect(labels(orderStudies(studies, order, { qualityOf: (id) => quality[id] }))).toEqual([
      'Arif 2019', 'Oman 2009', 'Motlhatlhedi 2018', 'Gaviria 1975', 'Undated report',
    ]);
    expect(() => orderStudies(studies, order)).toThrow(AppError);
  });

  it('follows a custom list, then the unlisted studies by date', () => {
    const order = TranslationOrder.create({ kind: 'custom', studyIds: ['s-oman', 's-arif'] });
    expect(labels(orderStudies(studies, order))).toEqual(['Oman 2009', 'Arif 2019', 'Gaviria 1975', 'Motlhatlhedi 2018', 'Undated report']);
    expect(() => TranslationOrder.create({ kind: 'custom', studyIds: ['s-oman', 's-oman'] })).toThrow(/twice/);
  });

  it('is a permutation that does not depend on the input order', () => {
    const orders = fc.constantFrom(
      TranslationOrder.create({ kind: 'chronology' }),
      TranslationOrder.create({ kind: 'index-study', indexStudyId: 's-oman' }),
      TranslationOrder.create({ kind: 'custom', studyIds: ['s-undated', 's-gaviria'] }),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(studies, { minLength: 0 }), orders, (subset, order) => {
        const a = orderStudies(subset, order);
        const b = orderStudies([...subset].reverse(), order);
        expect(a).toEqual(b);
        expect([...a].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual([...subset].sort((x, y) => (x.id < y.id ? -1 : 1)));
      }),
    );
  });
});
