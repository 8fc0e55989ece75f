import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldString } from './fold-text.js';
import { compileTerms, highlight, parseTermList, segmentText, type HighlightSpan, type HighlightTerms } from './index.js';
import { termPattern } from './highlight.js';

const abstract =
  'Background: Nurses’ lived experience of end-of-life care in Norwegian nursing homes is under-studied. ' +
  'Methods: A qualitative study using semi-structured interviews (n = 14) and a cross-sectional survey. ' +
  'Results: Naïve expectations of “palliative” work gave way to SØRGE (grief) and COVID-19 related strain.';

const covered = (text: string, spans: readonly HighlightSpan[]) => spans.map((s) => [text.slice(s.start, s.end), s.kind]);

describe('parseTermList', () => {
  it('keeps quoted phrases whole and splits the rest', () => {
    expect(parseTermList('qualitative "lived experience", nurs*; “focus group”\ninterview*')).toEqual([
      'qualitative',
      'lived experience',
      'nurs*',
      'focus group',
      'interview*',
    ]);
    expect(parseTermList('"unterminated phrase')).toEqual(['unterminated phrase']);
    expect(parseTermList('  ,, ;  ')).toEqual([]);
  });
});

describe('highlight', () => {
  const terms: HighlightTerms = {
    include: ['qualitative', 'lived experience', 'nurs*', 'interview*', 'naive', 'sorge', 'covid 19', 'palliative'],
    exclude: ['"cross-sectional survey"', 'survey', 'randomi*ed'],
  };

  it('marks include and exclude terms over the original text, in order', () => {
    expect(covered(abstract, highlight(abstract, terms))).toEqual([
      ['Nurses', 'include'],
      ['lived experience', 'include'],
      ['nursing', 'include'],
      ['qualitative', 'include'],
      ['interviews', 'include'],
      ['cross-sectional survey', 'exclude'],
      ['Naïve', 'include'],
      ['palliative', 'include'],
      ['SØRGE', 'include'],
      ['COVID-19', 'include'],
    ]);
  });

  it('matches whole words only, unless a wildcard says otherwise', () => {
    expect(highlight('nursery nurse', { include: ['nurse'], exclude: [] }).map((s) => s.start)).toEqual([8]);
    expect(highlight('ethnography, autoethnographic', { include: ['*ethnograph*'], exclude: [] })).toHaveLength(2);
    expect(highlight('randomised or randomized', { include: [], exclude: ['randomi*ed'] })).toHaveLength(2);
    expect(highlight('women and woman', { include: ['wom*n'], exclude: [] })).toHaveLength(2);
  });

  it('ignores case and diacritics in both text and terms, and keeps combining marks inside the span', () => {
    const decomposed = 'Nai\u0308ve caf\u0065\u0301 culture';
    const spans = highlight(decomposed, { include: ['naïve', 'CAFÉ'], exclude: [] });
    expect(covered(decomposed, spans)).toEqual([
      ['Nai\u0308ve', 'include'],
      ['caf\u0065\u0301', 'include'],
    ]);
    expect(covered('Straße, STRASSE', highlight('Straße, STRASSE', { include: ['strasse'], exclude: [] }))).toEqual([
      ['Straße', 'include'],
      ['STRASSE', 'include'],
    ]);
    expect(covered('Łódź and Ærø', highlight('Łódź and Ærø', { include: ['lodz', 'aero'], exclude: [] }))).toHaveLength(2);
  });

  it('counts UTF-16 offsets correctly after astral characters', () => {
    const text = '🧪 qualitative 𝔸 interviews';
    expect(covered(text, highlight(text, { include: ['qualitative', 'interviews'], exclude: [] }))).toEqual([
      ['qualitative', 'include'],
      ['interviews', 'include'],
    ]);
  });

  it('prefers the longer match, and exclude over include on the same words', () => {
    const text = 'a cross-sectional survey';
    expect(covered(text, highlight(text, { include: ['survey'], exclude: ['cross-sectional survey'] }))).toEqual([
      ['cross-sectional survey', 'exclude'],
    ]);
    expect(highlight('survey', { include: ['survey'], exclude: ['Survey'] })).toEqual([{ start: 0, end: 6, kind: 'exclude', term: 'Survey' }]);
  });

  it('treats term text literally apart from *, and never returns markup', () => {
    const text = 'uses C++ (and a.b) <b>bold</b>';
    expect(covered(text, highlight(text, { include: ['c++', 'a.b', '<b>bold</b>'], exclude: [] }))).toEqual([
      ['C++', 'include'],
      ['a.b', 'include'],
      ['<b>bold</b>', 'include'],
    ]);
    // "." is a dot, not "any character".
    expect(highlight('abc', { include: ['a.c'], exclude: [] })).toEqual([]);
  });

  it('drops blank and wildcard-only terms instead of marking every word', () => {
    expect(compileTerms({ include: ['', '*', '  ', '"**"'], exclude: [] }).terms).toEqual([]);
    expect(highlight('anything at all', { include: ['*'], exclude: [] })).toEqual([]);
    expect(termPattern('lived *')).toBeDefined();
    expect(covered('lived human experience', highlight('lived human experience', { include: ['lived * experience'], exclude: [] }))).toEqual([
      ['lived human experience', 'include'],
    ]);
  });

  it('segments text for rendering without losing a character', () => {
    const spans = highlight(abstract, terms);
    const segments = segmentText(abstract, spans);
    expect(segments.map((s) => s.text).join('')).toBe(abstract);
    expect(segments.filter((s) => s.kind).length).toBe(spans.length);
  });
});

describe('highlight invariants (property)', () => {
  const word = fc.constantFrom('nurse', 'Nursing', 'naïve', 'NAÏVE', 'care', 'survey', 'Ærø', 'straße', 'cross', 'sectional', 'e\u0301te\u0301', '🧪', 'x');
  const sep = fc.constantFrom(' ', '  ', '-', ', ', '\n', '. ', '');
  const text = fc.array(fc.tuple(word, sep), { maxLength: 25 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  const termArb = fc.oneof(
    word,
    word.map((w) => `${w.slice(0, 3)}*`),
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
    fc.string({ maxLength: 6 }),
  );
  const termsArb = fc.record({ include: fc.array(termArb, { maxLength: 5 }), exclude: fc.array(termArb, { maxLength: 5 }) });

  it('spans are within bounds, sorted, non-overlapping, and each covers a whole match of its term', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })), termsArb, (t, terms) => {
        const spans = highlight(t, terms);
        let reached = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(reached);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          reached = s.end;
          const pattern = termPattern(s.term);
          expect(pattern).toBeDefined();
          // The covered text, folded, is exactly one match of the term.
          expect(new RegExp(`^(?:${pattern})$`, 'u').test(foldString(t.slice(s.start, s.end)))).toBe(true);
          expect(terms[s.kind].some((raw) => raw.replace(/^["“]|["”]$/g, '').trim().replace(/\s+/g, ' ') === s.term)).toBe(true);
        }
        // Never splits a surrogate pair.
        for (const s of spans) {
          expect(/^[\uDC00-\uDFFF]/.test(t.slice(s.start))).toBe(false);
          expect(/[\uD800-\uDBFF]$/.test(t.slice(0, s.end))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
