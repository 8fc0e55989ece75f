import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWith } from '../plugin.js';
import { csvRow, neutraliseFormula, quoteCell, restoreFormula } from './cells.js';
import { csvExporter } from './export.js';

describe('formula-safe CSV cells', () => {
  it('prefixes cells a spreadsheet would evaluate', () => {
    for (const cell of ['=SUM(A1:A9)', '+44 20 7946 0000', '-2+3', '@cmd', '\tx', '\rx', "'=quoted"]) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Plain title', '10.1000/x', "'tis", '', 'a=b']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is undone by restoreFormula, for every string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(restoreFormula(neutraliseFormula(s))).toBe(s);
      }),
    );
  });

  it('quotes per RFC 4180', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('plain')).toBe('plain');
  });

  it('writes rows with CRLF, neutralised and quoted cells, numbers and blanks', () => {
    expect(csvRow(['=1+1', 'a,"b"', 2021, undefined, null, '-x, y'])).toBe(`'=1+1,"a,""b""",2021,,,"'-x, y"\r\n`);
  });
});

describe('CSV export', () => {
  it('writes the documented header, a BOM, and one neutralised row per record', () => {
    const text = exportWith(csvExporter, [
      {
        id: 'r1',
        type: 'article',
        title: '=HYPERLINK("http://evil.example")',
        authors: [
          { family: 'Pérez', given: 'José' },
          { family: 'World Health Organization', literal: 'World Health Organization' },
        ],
        year: 2020,
        keywords: ['a', 'b, c'],
        urls: ['https://a.example', 'https://b.example'],
      },
    ]);
    const [header, row] = text.split('\r\n');
    expect(header).toBe(
      '\uFEFFid,type,title,translated_title,authors,editors,year,date,journal,journal_abbrev,volume,issue,pages,doi,pmid,pmcid,isbn,issn,keywords,language,publisher,place,urls,abstract,notes,accession,database',
    );
    expect(row).toBe(
      `r1,article,"'=HYPERLINK(""http://evil.example"")",,"Pérez, José; {World Health Organization}",,2020,,,,,,,,,,,,"a; b, c",,,,https://a.example https://b.example,,,,`,
    );
  });
});
