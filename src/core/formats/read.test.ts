import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { createByteReader, DETECT_CHARS, readBytes, readText } from './read.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const errors = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity === 'error').map((d) => d.code);

function readChunked(bytes: Uint8Array, cuts: readonly number[], options: Parameters<typeof readBytes>[1] = {}) {
  const reader = createByteReader(options);
  const records = [];
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    const end = Math.min(bytes.length, Math.max(at, cut));
    records.push(...reader.push(bytes.subarray(at, end)));
    at = end;
  }
  records.push(...reader.end());
  return { format: reader.format, encoding: reader.encoding, records, diagnostics: reader.diagnostics };
}

describe('readBytes', () => {
  it.each([
    ['ovid-psycinfo.ris', 'ris', 2],
    ['proquest.ris', 'ris', 1],
    ['scopus.ris', 'ris', 1],
    ['ebsco-cinahl.ris', 'ris', 1],
    ['embase.ris', 'ris', 1],
    ['wos-bare-cr.ris', 'ris', 1],
    ['rayyan-keywords.ris', 'ris', 1],
    ['zotero-notes.ris', 'ris', 1],
    ['endnote-bom-crlf.ris', 'ris', 2],
    ['spacing-variants.ris', 'ris', 3],
    ['cr-only.ris', 'ris', 2],
    ['utf16le-bom.ris', 'ris', 1],
    ['utf16be-nobom.ris', 'ris', 1],
    ['windows-1252.ris', 'ris', 1],
    ['pubmed.nbib', 'pubmed', 2],
    ['eric.nbib', 'pubmed', 1],
    ['wos.txt', 'wos-tagged', 2],
    ['endnote.enw', 'endnote-tagged', 2],
    ['refer.ref', 'endnote-tagged', 2],
    ['ovid-labels.txt', 'ovid', 2],
  ])('reads %s as %s with %i record(s) and no error', (name, format, count) => {
    const r = readBytes(fixture(name), { fileName: name });
    expect(r.format).toBe(format);
    expect(r.records).toHaveLength(count);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.records.map((x) => x.index)).toEqual([...Array(count).keys()]);
  });

  it('detects by content, not by extension: a .txt can be RIS, MEDLINE or Web of Science', () => {
    expect(readBytes(fixture('wos.txt'), { fileName: 'savedrecs.ris' }).format).toBe('wos-tagged');
    expect(readBytes(fixture('pubmed.nbib'), { fileName: 'pubmed-export.txt' }).format).toBe('pubmed');
    expect(readBytes(fixture('scopus.ris'), { fileName: 'scopus.txt' }).format).toBe('ris');
  });

  it('reports the encoding it decoded', () => {
    expect(readBytes(fixture('utf16le-bom.ris')).encoding).toBe('utf-16le');
    expect(readBytes(fixture('windows-1252.ris')).encoding).toBe('windows-1252');
    expect(readBytes(fixture('scopus.ris')).encoding).toBe('utf-8');
    expect(readBytes(fixture('windows-1252.ris')).records[0]?.authors[0]).toEqual({ family: 'Pérez', given: 'José' });
  });

  it('rejects a binary file with FILE_BINARY and no records', () => {
    const r = readBytes(fixture('pdf-header.pdf'), { fileName: 'fulltext.pdf' });
    expect(r.records).toEqual([]);
    expect(errors(r.diagnostics)).toEqual(['FILE_BINARY']);
  });

  it('rejects an empty or blank file with FILE_EMPTY', () => {
    expect(errors(readBytes(new Uint8Array()).diagnostics)).toEqual(['FILE_EMPTY']);
    expect(errors(readBytes(utf8(' \r\n\n\t')).diagnostics)).toEqual(['FILE_EMPTY']);
  });

  it('names what unknown content looks like', () => {
    const html = readBytes(utf8('<!DOCTYPE html><html><body>Session expired</body></html>'));
    expect(errors(html.diagnostics)).toEqual(['FILE_FORMAT_UNKNOWN']);
    expect(html.diagnostics[0]?.message).toContain('HTML');
    const prose = readBytes(utf8('Search history\n#1 meta-ethnography\n#2 qualitative'));
    expect(prose.diagnostics[0]?.message).toContain('plain text starting "Search history"');
    expect(prose.records).toEqual([]);
  });

  it('says FILE_NO_RECORDS when a forced format finds nothing', () => {
    const r = readBytes(utf8('just some words\n'), { format: 'ris' });
    expect(r.format).toBe('ris');
    expect(errors(r.diagnostics)).toEqual(['FILE_NO_RECORDS']);
  });

  it('lets the caller force a format', () => {
    const r = readBytes(fixture('refer.ref'), { format: 'endnote-tagged', fileName: 'x.txt' });
    expect(r.format).toBe('endnote-tagged');
    expect(r.records).toHaveLength(2);
  });

  it('keeps line numbers right whatever the line endings', () => {
    const lf = readBytes(fixture('faulty-year.ris'));
    const cr = readBytes(utf8(new TextDecoder().decode(fixture('faulty-year.ris')).replace(/\n/g, '\r')));
    const crlf = readBytes(utf8(new TextDecoder().decode(fixture('faulty-year.ris')).replace(/\n/g, '\r\n')));
    for (const r of [lf, cr, crlf]) {
      expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['RIS_BAD_YEAR', 3]]);
    }
  });

  it('detects a format whose evidence starts after the first 64 KB of banner text as unknown', () => {
    const banner = 'x'.repeat(70) + '\n';
    const text = banner.repeat(Math.ceil(DETECT_CHARS / banner.length) + 1) + 'TY  - JOUR\nTI  - Late\nER  - \n';
    expect(errors(readBytes(utf8(text)).diagnostics)).toEqual(['FILE_FORMAT_UNKNOWN']);
  });
});

describe('createByteReader', () => {
  it('streams records as they complete, before the input ends', () => {
    const reader = createByteReader({ fileName: 'x.ris' });
    const bytes = utf8(`${'TY  - JOUR\nTI  - A\nER  - \n\n'.repeat(5000)}`);
    const first = reader.push(bytes.subarray(0, bytes.length / 2));
    expect(first.length).toBeGreaterThan(1000);
    expect(reader.format).toBe('ris');
    expect(reader.encoding).toBe('utf-8');
    const rest = reader.push(bytes.subarray(bytes.length / 2));
    expect(first.length + rest.length + reader.end().length).toBe(5000);
  });

  it('equals readBytes for any chunking of the same bytes (property)', () => {
    const names = ['ovid-psycinfo.ris', 'wos-bare-cr.ris', 'endnote-bom-crlf.ris', 'cr-only.ris', 'utf16le-bom.ris', 'utf16be-nobom.ris', 'windows-1252.ris', 'pubmed.nbib', 'wos.txt', 'wos-malformed.txt', 'endnote.enw', 'ovid-labels.txt', 'truncated.ris', 'malformed.ris', 'pdf-header.pdf'];
    const files = names.map((n) => [n, fixture(n)] as const);
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.array(fc.nat(), { maxLength: 12 }), (i, raw) => {
        const [name, bytes] = files[i]!;
        const cuts = raw.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
        const whole = readBytes(bytes, { fileName: name });
        const chunked = readChunked(bytes, cuts, { fileName: name });
        expect(chunked.records).toEqual(whole.records);
        expect(chunked.diagnostics).toEqual(whole.diagnostics);
        expect(chunked.encoding ?? 'unknown').toEqual(whole.encoding);
        // Without a detected format readBytes reports a placeholder, always next to an error.
        if (chunked.format === undefined) expect(errors(whole.diagnostics)).not.toEqual([]);
        else expect(chunked.format).toEqual(whole.format);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readText', () => {
  it('reads already-decoded text, with or without a BOM', () => {
    const r = readText('\uFEFFTY  - JOUR\r\nTI  - Pasted\r\nER  - \r\n');
    expect(r).toMatchObject({ format: 'ris', encoding: 'text' });
    expect(r.records[0]?.title).toBe('Pasted');
  });

  it('reports empty and unknown text like readBytes does', () => {
    expect(errors(readText('').diagnostics)).toEqual(['FILE_EMPTY']);
    expect(errors(readText('{"items": []}').diagnostics)).toEqual(['FILE_FORMAT_UNKNOWN']);
  });
});
