import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../plugin.js';
import { detectOvid } from './detect.js';
import { ovidFormat } from './index.js';
import { parseSource } from './to-record.js';

const text = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const parse = (t: string) => parseWith(ovidFormat, t);

describe('Ovid labelled display', () => {
  it('reads numbered records: labels, indented values, names without degrees and markers, the Source string', () => {
    const { records, diagnostics } = parse(text('ovid-labels.txt'));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      type: 'review',
      title: 'Becoming a carer: a meta-ethnography of family experiences',
      authors: [
        { family: 'Achebe', given: 'Ngozi' },
        { family: 'Lindgren', given: 'Karin' },
        { family: 'Nakamura', given: 'Yui' },
      ],
      journal: 'Journal of Family Nursing Example',
      volume: '27',
      issue: '1',
      pages: '45-62',
      year: 2021,
      date: '2021-03',
      doi: '10.1177/1074840720000000',
      issn: '1074-8407',
      keywords: ['carers', 'identity', 'meta-ethnography'],
      language: 'English',
      accession: '00012345-202103000-00004',
      abstract: 'Family members described a gradual shift in identity.\nSeven studies were synthesised.',
      line: 6,
    });
    expect(records[0]?.raw.find(([t]) => t === 'Institution')?.[1]).toContain('\n(2)Faculty of Medicine');
    expect(records[1]).toMatchObject({
      pmid: '33445566',
      authors: [
        { family: 'Silva', given: 'Beatriz' },
        { family: 'Okeke', given: 'Chinedu' },
      ],
      journal: 'Health Policy and Planning Example',
      volume: '36',
      issue: '4',
      pages: '512-530',
      database: 'Ovid MEDLINE(R) ALL',
      line: 36,
    });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['OVID_TEXT_OUTSIDE_RECORD', 1]]);
  });

  it('takes the Source string apart in its journal and PsycINFO forms', () => {
    expect(parseSource('Ecohydrology.   8(6):1048-1064, September 2015.')).toEqual({
      journal: 'Ecohydrology',
      volume: '8',
      issue: '6',
      pages: '1048-1064',
      date: 'September 2015',
    });
    expect(parseSource('Very Long Title. Vol 28(2) April 2015, 103-106.')).toMatchObject({ journal: 'Very Long Title', volume: '28', pages: '103-106' });
    expect(parseSource('Journal of Orthopaedic Trauma. ')).toEqual({ journal: 'Journal of Orthopaedic Trauma' });
    expect(parseSource('(2014). Titel 58 pp. Test: TestPublisher.')).toEqual({});
  });

  it('marks [Ed] names as editors', () => {
    const [r] = parse('<1>\nAuthor\n  Max, Anna [Ed]\nTitle\n  Edited volume\n').records;
    expect(r).toMatchObject({ authors: [], editors: [{ family: 'Max', given: 'Anna' }] });
  });

  it('is detected only with record numbers and field labels, never on Ovid RIS', () => {
    expect(detectOvid(text('ovid-labels.txt'))).toBeGreaterThanOrEqual(0.9);
    expect(detectOvid(text('ovid-psycinfo.ris'))).toBe(0);
    expect(detectOvid('Author\n  Someone\nTitle\n  Something\n')).toBe(0);
  });
});
