import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseLabelledCsv, prepareLikeFerdinands } from './dataset.js';

const fixture = readFileSync(new URL('./fixtures/labelled.csv', import.meta.url), 'utf8');

describe('parseLabelledCsv', () => {
  const docs = parseLabelledCsv(fixture);

  it('reads every row with title, abstract and label', () => {
    expect(docs).toHaveLength(6);
    expect(docs[0]).toEqual({
      id: '1',
      title: 'Nudges, defaults and organ donation',
      abstract: 'A field experiment on default options.',
      label: 1,
    });
    expect(docs.map((d) => d.label)).toEqual([1, 0, 1, 0, 0, 1]);
  });

  it('leaves out empty fields', () => {
    expect(docs[1]).toEqual({ id: '2', title: 'Statins and cholesterol', label: 0 });
  });

  it('gives rows without an id, or with a repeated one, a row id', () => {
    expect(docs.map((d) => d.id)).toEqual(['1', '2', 'row-3', '4', 'row-5', '6']);
  });

  it('keeps the duplicate marker', () => {
    expect(docs[3]!.duplicateOf).toBe('1');
    expect(docs[0]!.duplicateOf).toBeUndefined();
  });

  it('takes the id from doi when there is no record_id', () => {
    const rows = parseLabelledCsv('doi,title,abstract,label_included\nhttps://doi.org/10.1/x,A,B,0\n,C,D,1\n');
    expect(rows.map((d) => d.id)).toEqual(['https://doi.org/10.1/x', 'row-2']);
  });

  it('rejects files it cannot simulate on', () => {
    expect(() => parseLabelledCsv('title,abstract\nA,B\n')).toThrow(/label_included/);
    expect(() => parseLabelledCsv('id,label_included\n1,0\n')).toThrow(/title nor an abstract/);
    expect(() => parseLabelledCsv('title,label_included\nA,maybe\n')).toThrow(AppError);
    expect(() => parseLabelledCsv('title,label_included\nA,\n')).toThrow(/Row 1/);
    expect(() => parseLabelledCsv('title,label_included\n"A,1\n')).toThrow(/not readable/);
  });

  it('accepts words as labels', () => {
    expect(parseLabelledCsv('title,label_included\nA,yes\nB,Excluded\nC,TRUE\n').map((d) => d.label)).toEqual([1, 0, 1]);
  });
});

describe('prepareLikeFerdinands', () => {
  it('drops records without abstract and later copies of the same abstract, as their R script did', () => {
    const prepared = prepareLikeFerdinands(parseLabelledCsv(fixture));
    // Row 2 has no abstract; row 4 repeats row 1's abstract; row 6's abstract differs in punctuation.
    expect(prepared.map((d) => d.id)).toEqual(['1', 'row-3', 'row-5', '6']);
    expect(prepared.map((d) => d.label)).toEqual([1, 1, 0, 1]);
  });

  it('keeps the first copy with its own label', () => {
    const prepared = prepareLikeFerdinands([
      { id: 'a', title: 'T', abstract: 'Same text.', label: 0 },
      { id: 'b', title: 'U', abstract: 'Same text.', label: 1 },
      { id: 'c', title: 'V', abstract: '  ', label: 1 },
    ]);
    expect(prepared).toEqual([{ id: 'a', title: 'T', abstract: 'Same text.', label: 0 }]);
  });
});
