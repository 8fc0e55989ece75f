import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportableRecord } from '../plugin.js';
import { exportWith } from '../plugin.js';
import { bibtexExporter, bibtexKey, escapeLatex } from './export.js';

const base: ExportableRecord = { id: 'rec-1', type: 'article', authors: [], keywords: [], urls: [] };

describe('BibTeX export', () => {
  it('writes a complete entry with escaped text and verbatim identifiers', () => {
    const text = exportWith(bibtexExporter, [
      {
        ...base,
        type: 'review',
        title: 'Pain & "dignity": 50% of {cases} -- a_b ~ x^2',
        authors: [
          { family: 'Pérez', given: 'José' },
          { family: 'Barrow', given: 'W. C., Jr.' },
          { family: 'van der Berg' },
          { family: 'Cochrane Pain, Palliative and Supportive Care Group', literal: 'Cochrane Pain, Palliative and Supportive Care Group' },
        ],
        year: 2021,
        date: '2021-03',
        journal: 'Sociology of Health & Illness',
        volume: '43',
        issue: '2',
        pages: '123-129',
        doi: '10.1111/1467-9566.13_212',
        keywords: ['Aged, 80 and over'],
        urls: ['https://example.org/a_b?x=1&y=2', 'https://example.org/second'],
      },
    ]);
    expect(text).toBe(
      [
        '% Encoding: UTF-8',
        '',
        '@article{rec-1,',
        '  author = {Pérez, José and Barrow, Jr., W. C. and van der Berg, and {Cochrane Pain, Palliative and Supportive Care Group}},',
        '  title = {{Pain \\& "dignity": 50\\% of \\{cases\\} -{}- a\\_b \\textasciitilde{} x\\textasciicircum{}2}},',
        '  journal = {Sociology of Health \\& Illness},',
        '  year = {2021},',
        '  date = {2021-03},',
        '  volume = {43},',
        '  number = {2},',
        '  pages = {123--129},',
        '  doi = {10.1111/1467-9566.13_212},',
        '  url = {https://example.org/a_b?x=1&y=2},',
        '  keywords = {Aged, 80 and over;},',
        '  type = {Review}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('uses booktitle and issue outside journals, and entry types per record type', () => {
    const out = exportWith(bibtexExporter, [
      { ...base, id: 'c', type: 'chapter', journal: 'Handbook', issue: '2' },
      { ...base, id: 't', type: 'thesis' },
      { ...base, id: 'w', type: 'webpage' },
      { ...base, id: 'p', type: 'preprint' },
    ]);
    expect(out).toContain('@incollection{c,\n  booktitle = {Handbook},\n  issue = {2}\n}');
    expect(out).toContain('@phdthesis{t\n}');
    expect(out).toContain('@online{w\n}');
    expect(out).toContain('@misc{p,\n  type = {Preprint}\n}');
  });

  it('makes keys from ids injectively, so distinct ids never share a key', () => {
    expect(bibtexKey('rec-12')).toBe('rec-12');
    expect(bibtexKey('a b')).toBe('a_20_b');
    expect(bibtexKey('a_b')).toBe('a_5f_b');
    expect(bibtexKey('')).toBe('_');
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        if (a !== b) expect(bibtexKey(a)).not.toBe(bibtexKey(b));
        expect(bibtexKey(a)).toMatch(/^[A-Za-z0-9:./_-]+$/);
      }),
    );
  });

  it('escapes every LaTeX special and breaks ligatures', () => {
    expect(escapeLatex('\\ { } & % $ # _ ~ ^ ` a--b it\'\'s\n\nnext')).toBe(
      "\\textbackslash{} \\{ \\} \\& \\% \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textasciigrave{} a-{}-b it'{}'s next",
    );
  });
});
