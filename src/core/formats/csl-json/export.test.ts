import { describe, expect, it } from 'vitest';
import { exportWith } from '../plugin.js';
import { cslJsonExporter, toCslItem } from './export.js';

describe('CSL-JSON export', () => {
  it('writes CSL fields and keeps what CSL lacks in `custom`', () => {
    expect(
      toCslItem({
        id: 'r1',
        type: 'review',
        title: 'T',
        authors: [{ family: 'Pérez', given: 'José' }, { family: 'WHO', literal: 'WHO' }],
        year: 2021,
        date: '2021-03-04',
        journal: 'BMJ Open',
        pages: '1-9',
        doi: '10.1136/x',
        keywords: ['a', 'b'],
        urls: ['https://a.example', 'https://b.example'],
        accession: 'WOS:1',
      }),
    ).toEqual({
      id: 'r1',
      type: 'article-journal',
      title: 'T',
      author: [{ family: 'Pérez', given: 'José' }, { literal: 'WHO' }],
      issued: { 'date-parts': [[2021, 3, 4]] },
      'container-title': 'BMJ Open',
      page: '1-9',
      DOI: '10.1136/x',
      URL: 'https://a.example',
      keyword: 'a, b',
      custom: { type: 'review', keywords: ['a', 'b'], urls: ['https://a.example', 'https://b.example'], accession: 'WOS:1' },
    });
  });

  it('writes a JSON array that parses', () => {
    const records = [
      { id: 'a', type: 'book' as const, authors: [], keywords: [], urls: [], year: 1999 },
      { id: 'b', type: 'other' as const, authors: [], keywords: [], urls: [] },
    ];
    const parsed: unknown = JSON.parse(exportWith(cslJsonExporter, records));
    expect(parsed).toEqual([
      { id: 'a', type: 'book', issued: { 'date-parts': [[1999]] }, custom: { type: 'book' } },
      { id: 'b', type: 'document', custom: { type: 'other' } },
    ]);
    expect(JSON.parse(exportWith(cslJsonExporter, []))).toEqual([]);
  });
});
