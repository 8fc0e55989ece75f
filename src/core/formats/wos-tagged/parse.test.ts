import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../plugin.js';
import { wosTaggedFormat } from './index.js';

const text = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const parse = (t: string) => parseWith(wosTaggedFormat, t);

describe('Web of Science tagged', () => {
  it('reads AF over AU, wrapped titles, list tags one value per line, keywords, pages, identifiers', () => {
    const { records, diagnostics } = parse(text('wos.txt'));
    expect(diagnostics).toEqual([]);
    expect(records[0]).toMatchObject({
      type: 'review',
      title: 'Trust and care in home nursing: a meta-ethnography of patient and nurse accounts',
      authors: [
        { family: 'Okonkwo', given: 'Chidi' },
        { family: 'Virtanen', given: 'Mikko' },
      ],
      journal: 'JOURNAL OF ADVANCED NURSING EXAMPLE',
      journalAbbrev: 'J. Adv. Nurs.',
      year: 2020,
      date: '2020-03',
      volume: '76',
      issue: '3',
      pages: '812-825',
      doi: '10.1111/jan.14000',
      pmid: '31900000',
      issn: '0309-2402',
      keywords: ['home care', 'trust', 'meta-ethnography', 'NURSING-HOME', 'EXPERIENCES'],
      accession: 'WOS:000510000000001',
      database: 'Web of Science Core Collection',
      publisher: 'WILEY',
      place: 'HOBOKEN',
      line: 3,
    });
    const raw = records[0]!.raw;
    expect(raw.filter(([t]) => t === 'CR').map(([, v]) => v)).toEqual(['Noblit G. W., 1988, META ETHNOGRAPHY SYN', 'Britten N, 2002, J HEALTH SERV RES PO, V7, P209']);
    expect(raw.filter(([t]) => t === 'C1')).toHaveLength(2);
    expect(records[1]).toMatchObject({ type: 'book', isbn: '9781446200003', line: 39 });
    expect(records[1]?.journal).toBeUndefined();
  });

  it('documents malformed files: untagged lines, repeated tags, a missing EF', () => {
    const { records, diagnostics } = parse(text('wos-malformed.txt'));
    expect(records).toHaveLength(2);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.recordIndex])).toEqual([
      ['WOS_UNTAGGED_LINE', 'warning', 8, 0],
      ['WOS_DUPLICATE_TAG', 'warning', 16, 1],
      ['WOS_MISSING_EF', 'warning', undefined, undefined],
    ]);
    expect(records[1]?.journal).toBe('EXAMPLE JOURNAL');
  });

  it('reads files without the FN/VR header, semicolon author lists and e-mail suffixes', () => {
    const { records, diagnostics } = parse('PT J\nAU Joffe, Hadine; Hall, Janet E\nAF Stillman, Andrew N. (andrew@example.edu)\n   Siegel, Rodney B.\nTI X\nPD 2006 May-Jun\nPY 2006\nPS 411-22\nUT MEDLINE:16735938\nER\n');
    expect(records[0]).toMatchObject({
      authors: [{ family: 'Stillman', given: 'Andrew N.' }, { family: 'Siegel', given: 'Rodney B.' }],
      date: '2006-05',
      pages: '411-422',
      database: 'MEDLINE',
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['WOS_MISSING_HEADER']);
  });

  it('closes records that lost their ER and flags a truncated file', () => {
    const { records, diagnostics } = parse('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI One\nPT J\nTI Two\nER\nPT J\nTI Thr');
    expect(records.map((r) => r.title)).toEqual(['One', 'Two', 'Thr']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['WOS_MISSING_ER', 3],
      ['FILE_TRUNCATED', 8],
      ['WOS_MISSING_EF', undefined],
    ]);
  });
});
