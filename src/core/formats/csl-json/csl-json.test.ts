import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCuts, chunksOf } from '../../test-support/arbitraries.js';
import type { ParseResult } from '../plugin.js';
import { parseWith } from '../plugin.js';
import { cslJsonFormat } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/structured/${name}`, import.meta.url), 'utf8');
const parse = (text: string): ParseResult => parseWith(cslJsonFormat, text);

describe('CSL-JSON from Zotero', () => {
  const { records, diagnostics } = parse(fixture('zotero-csl.json'));
  const [article, chapter, paper] = records;

  it('reads each item with its id and first line', () => {
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.line])).toEqual([
      ['http://zotero.org/users/123456/items/ABCD1234', 2],
      ['ahmed2018', 26],
      ['3', 40],
    ]);
  });

  it('maps types, names with particles and suffixes, date-parts and identifiers', () => {
    expect(article).toMatchObject({
      type: 'article',
      title: 'Living with HIV in São Paulo: a qualitative study of "everyday" stigma',
      journal: 'Qualitative Health Research',
      journalAbbrev: 'Qual Health Res',
      date: '2019-03-15',
      year: 2019,
      pages: '1015-1027',
      doi: '10.1177/1049732319841234',
      pmid: '30912345',
      pmcid: 'PMC6123456',
      database: 'PubMed',
      abstract: 'Stigma shapes care. We interviewed 31 women.',
    });
    expect(article?.authors).toEqual([
      { family: 'Pérez', given: 'José María' },
      { family: 'van der Berg', given: 'Anna' },
      { family: 'Smith', given: 'John, Jr.' },
      { family: 'World Health Organization', literal: 'World Health Organization' },
    ]);
    expect(article?.keywords).toEqual(['HIV', 'stigma', 'qualitative research']);
  });

  it('accepts arrays for strings, raw and literal dates', () => {
    expect(chapter).toMatchObject({ type: 'chapter', journal: 'Handbook of Qualitative Evidence Synthesis', year: 2018, pages: '45-67', isbn: '9781138123456', place: 'London' });
    expect(chapter?.editors).toEqual([{ family: 'Brandt', given: 'Johanna' }]);
    expect(chapter?.urls).toEqual(['https://example.org/handbook/ch3']);
    expect(paper).toMatchObject({ type: 'conference-paper', date: '2020-09', pmid: '33212345' });
  });

  it('keeps every key in raw, objects as JSON, one entry per array element', () => {
    const raw = article?.raw ?? [];
    expect(raw[0]).toEqual(['id', 'http://zotero.org/users/123456/items/ABCD1234']);
    expect(raw.filter(([k]) => k === 'author')).toHaveLength(4);
    expect(raw).toContainEqual(['issued', '{"date-parts":[["2019",3,15]]}']);
  });
});

describe('CSL-JSON variants and errors', () => {
  it('reads the items of an `{ "items": […] }` wrapper and ignores its other keys', () => {
    const { records, diagnostics } = parse(fixture('items-wrapper.json'));
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.sourceId, r.type, r.line])).toEqual([
      ['w1', 'report', 4],
      ['w2', 'thesis', 5],
    ]);
  });

  it('reads a single item object', () => {
    const { records } = parse('{"id": "one", "type": "book", "title": "Alone"}');
    expect(records.map((r) => [r.sourceId, r.title])).toEqual([['one', 'Alone']]);
  });

  it('skips what it cannot read, with lines, and keeps going', () => {
    const { records, diagnostics } = parse(fixture('broken-csl.json'));
    expect(records.map((r) => r.sourceId)).toEqual(['ok1', 'ok2']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['CSL_JSON_NOT_AN_ITEM', 'warning', 3],
      ['CSL_JSON_INVALID_ITEM', 'error', 5],
      ['CSL_JSON_STRUCTURE', 'error', 8],
    ]);
  });

  it('rejects text that is not JSON', () => {
    expect(parse('TY  - JOUR\nER  - \n').diagnostics).toEqual([expect.objectContaining({ code: 'CSL_JSON_STRUCTURE', severity: 'error', line: 1 })]);
  });
});

describe('CSL-JSON streaming', () => {
  it.each(['zotero-csl.json', 'items-wrapper.json', 'broken-csl.json'])('%s: same result whatever the chunks', (name) => {
    const text = fixture(name).replace(/\n/g, '\r\n');
    const whole = parse(text);
    fc.assert(
      fc.property(arbCuts(text.length, 25), (cuts) => {
        const p = cslJsonFormat.createParser();
        const records = chunksOf(text, cuts).flatMap((c) => p.push(c));
        records.push(...p.end());
        expect(records).toEqual(whole.records);
        expect(p.diagnostics).toEqual(whole.diagnostics);
      }),
      { numRuns: 100 },
    );
  });
});

describe('CSL-JSON detection', () => {
  it('recognises CSL items and not other JSON', () => {
    expect(cslJsonFormat.detect(fixture('zotero-csl.json'))).toBeGreaterThanOrEqual(0.9);
    expect(cslJsonFormat.detect('\uFEFF' + fixture('items-wrapper.json'))).toBeGreaterThanOrEqual(0.7);
    expect(cslJsonFormat.detect('{"results": [{"name": "x", "count": 3}]}')).toBeLessThan(0.3);
    expect(cslJsonFormat.detect('@article{a, title = {x}}')).toBe(0);
  });
});
