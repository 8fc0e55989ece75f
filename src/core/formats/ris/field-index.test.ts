import { describe, expect, it } from 'vitest';
import type { RawField } from '../../records/record.js';
import { FieldIndex, slotsOf } from './field-index.js';

describe('FieldIndex', () => {
  const [title, authors, abstract] = [slotsOf(['TI', 'T1']), slotsOf(['AU', 'A1']), slotsOf(['AB', 'N2'])] as const;

  it('answers first and all in tag priority order, file order within a tag, skipping blank values', () => {
    const raw: RawField[] = [['TY', 'JOUR'], ['T1', 'Second choice'], ['A1', 'Jones, K'], ['TI', ''], ['TI', 'First choice'], ['AU', 'Smith, J'], ['A1', 'Brown, L'], ['ZZ', 'not indexed']];
    const f = new FieldIndex().index(raw);
    expect(f.first(title)).toBe('First choice');
    expect(f.all(title)).toEqual(['First choice', 'Second choice']);
    expect(f.all(authors)).toEqual(['Smith, J', 'Jones, K', 'Brown, L']);
    expect(f.first(abstract)).toBeUndefined();
    expect(f.all(abstract)).toEqual([]);
  });

  it('is reused from record to record without leftovers, whatever the record size', () => {
    const f = new FieldIndex();
    const big: RawField[] = Array.from({ length: 300 }, (_, i) => ['AU', `Author ${i}`]);
    expect(f.index(big).all(authors)).toHaveLength(300);
    const small = f.index([['TI', 'Only a title']]);
    expect(small.all(authors)).toEqual([]);
    expect(small.first(title)).toBe('Only a title');
  });
});
