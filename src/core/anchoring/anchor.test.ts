import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance as levenshtein } from 'fastest-levenshtein';
import { anchor } from './anchor.js';
import { describe } from './describe.js';
import { maxQuoteErrors } from './match-quote.js';
import { contextLength } from './selectors.js';

const vocabulary = ['doctors', 'return', 'home', 'family', 'duty', 'pay', 'the', 'and', 'of', 'wards', 'skills', 'abroad', 'we', 'felt', 'a'];
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

/** A text and a non-empty span in it. */
const textWithSpan = fc
  .tuple(words(1, 80), fc.nat(), fc.nat())
  .map(([text, a, b]) => {
    const start = a % text.length;
    const end = start + 1 + (b % (text.length - start));
    return { text, start, end };
  });

group('anchor: properties', () => {
  it('finds the described span by position on unchanged text', () => {
    fc.assert(
      fc.property(fc.oneof(textWithSpan, fc.string({ minLength: 1, maxLength: 200 }).map((text) => ({ text, start: 0, end: text.length }))), ({ text, start, end }) => {
        const found = anchor(text, describe(text, start, end));
        expect(found).toMatchObject({ orphan: false, start, end, method: 'position' });
      }),
    );
  });

  it('still covers the same quote after edits outside the quote and its context', () => {
    fc.assert(
      fc.property(textWithSpan, words(0, 12), fc.nat(), words(0, 12), fc.nat(), fc.nat(20), ({ text, start, end }, insBefore, atB, insAfter, atA, del) => {
        const selectors = describe(text, start, end);
        const quote = text.slice(start, end);
        // An edit before the quote's prefix, another after its suffix: insert words, delete a few characters.
        // A context cut short by the document's start or end has no room outside it on that side.
        const beforeRoom = start - contextLength;
        const canEditBefore = beforeRoom > 0;
        const b = canEditBefore ? atB % (beforeRoom + 1) : 0;
        const bDel = canEditBefore ? Math.min(del, beforeRoom - b) : 0;
        const afterFrom = end + contextLength;
        const canEditAfter = afterFrom < text.length;
        const a = canEditAfter ? afterFrom + (atA % (text.length - afterFrom + 1)) : text.length;
        const aDel = canEditAfter ? Math.min(del, text.length - a) : 0;
        const edited =
          text.slice(0, b) +
          (canEditBefore ? insBefore : '') +
          text.slice(b + bDel, a) +
          (canEditAfter ? insAfter : '') +
          text.slice(a + aDel);
        const shift = (canEditBefore ? insBefore.length : 0) - bDel;
        const found = anchor(edited, selectors);
        expect(found.orphan).toBe(false);
        if (found.orphan) return;
        expect(edited.slice(found.start, found.end)).toBe(quote);
        // Unless the original text repeats the quote with the same context, it is the very same place.
        const withContext = text.slice(Math.max(0, start - contextLength), end + contextLength);
        if (text.indexOf(withContext) === text.lastIndexOf(withContext)) expect(found.start).toBe(start + shift);
      }),
      { numRuns: 300 },
    );
  });

  it('never returns a span further from the quote than the error budget, whatever the edits', () => {
    fc.assert(
      fc.property(textWithSpan, fc.array(fc.tuple(fc.nat(), fc.nat(8), words(0, 3)), { maxLength: 6 }), ({ text, start, end }, edits) => {
        const selectors = describe(text, start, end);
        const quote = text.slice(start, end);
        // Edits anywhere, the quote included.
        let edited = text;
        for (const [at, del, ins] of edits) {
          const i = at % (edited.length + 1);
          edited = edited.slice(0, i) + ins + edited.slice(i + del);
        }
        const found = anchor(edited, selectors);
        if (!found.orphan) {
          expect(levenshtein(edited.slice(found.start, found.end), quote)).toBeLessThanOrEqual(maxQuoteErrors(quote));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never orphans a long quote that is still there word for word', () => {
    fc.assert(
      fc.property(words(20, 60), fc.nat(), words(0, 20), words(0, 20), (text, at, newBefore, newAfter) => {
        const start = at % Math.max(1, text.length - 40);
        const end = Math.min(text.length, start + 40);
        const selectors = describe(text, start, end);
        // The whole context rewritten, the quote untouched.
        const edited = newBefore + ' ' + text.slice(start, end) + ' ' + newAfter;
        const found = anchor(edited, selectors);
        expect(found.orphan).toBe(false);
        if (!found.orphan) expect(edited.slice(found.start, found.end)).toBe(text.slice(start, end));
      }),
    );
  });

  it('flags the excerpt as an orphan when its quote is removed', () => {
    // The quote is written in letters the rest of the text never uses, so nothing left resembles it.
    const foreign = fc
      .array(fc.constantFrom('kuzy', 'vox', 'quip', 'jynx', 'zuk'), { minLength: 1, maxLength: 20 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(words(0, 40), foreign, words(0, 40), words(0, 5), (before, quote, after, replacement) => {
        const text = `${before} ${quote} ${after}`;
        const selectors = describe(text, before.length + 1, before.length + 1 + quote.length);
        const removed = `${before} ${replacement} ${after}`;
        expect(anchor(removed, selectors)).toMatchObject({ orphan: true });
        expect(anchor(removed.split('. '), selectors)).toMatchObject({ orphan: true });
      }),
    );
  });
});

group('anchor: examples', () => {
  const page1 = 'Methods. We interviewed eight health workers who had trained abroad and returned to Botswana.';
  const page2 = 'Findings. "I came back because my mother was ill and nobody else could care for her," said one nurse.';
  const page3 = 'Discussion. Family obligations pulled participants home, while poor facilities pushed some to leave again.';

  it('ranks methods: position above quote above fuzzy', () => {
    const start = page2.indexOf('I came back');
    const selectors = describe(page2, start, start + 60);
    const byPosition = anchor(page2, selectors);
    const byQuote = anchor('Note. ' + page2, selectors);
    const byFuzzy = anchor('Note. ' + page2.replace('mother was', 'mothr was'), selectors);
    expect([byPosition, byQuote, byFuzzy].map((r) => (r.orphan ? 'orphan' : r.method))).toEqual(['position', 'quote', 'fuzzy']);
    if (byPosition.orphan || byQuote.orphan || byFuzzy.orphan) return;
    expect(byPosition.score).toBeGreaterThanOrEqual(byQuote.score);
    expect(byQuote.score).toBeGreaterThan(byFuzzy.score);
  });

  it('anchors on the stated page first, with page-local offsets', () => {
    const start = page2.indexOf('my mother');
    const selectors = describe(page2, start, start + 'my mother was ill'.length, 2);
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'PageSelector']);
    expect(anchor([page1, page2, page3], selectors)).toMatchObject({ orphan: false, page: 2, start, method: 'position' });
  });

  it('follows the quote to another page after re-pagination', () => {
    const start = page3.indexOf('Family obligations');
    const selectors = describe(page3, start, start + 'Family obligations pulled participants home'.length, 3);
    const repaginated = ['Title page', page1, page2, page3];
    expect(anchor(repaginated, selectors)).toMatchObject({ orphan: false, page: 4, start, method: 'quote' });
    // A page selector past the end of the document is a hint that failed, not an error.
    expect(anchor([page3], selectors)).toMatchObject({ orphan: false, page: 1, start });
  });

  it('prefers the nearer page when the same passage is on two pages', () => {
    const selectors = describe(page1, 0, page1.length, 2);
    const found = anchor(['x', 'y', 'z', page1, 'w', page1], selectors);
    expect(found).toMatchObject({ orphan: false, page: 4 });
  });

  it('prefers a candidate whose whole context agrees over one whose context is cut off by the text start', () => {
    // Found by the property above: a one-letter quote, and text inserted before it that repeats it.
    const text = 'pay doctors doctors doctors the doctors';
    const inserted = 'doctors doctors doctors doctors doctors doctors';
    const found = anchor(inserted + text, describe(text, 33, 34));
    expect(found).toMatchObject({ orphan: false, start: 33 + inserted.length });
  });

  it('reports why an excerpt is orphaned', () => {
    expect(anchor(page1, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toEqual({ orphan: true, reason: 'missing-quote' });
    const short = describe(page2, page2.indexOf('nurse'), page2.indexOf('nurse') + 5);
    expect(anchor('The nurse left.', short)).toEqual({ orphan: true, reason: 'context-mismatch' });
    expect(anchor(page1, describe(page3, 0, 30))).toEqual({ orphan: true, reason: 'not-found' });
  });

  it('rejects an empty or out-of-range span when describing', () => {
    expect(() => describe(page1, 5, 5)).toThrow(/start < end/);
    expect(() => describe(page1, 0, page1.length + 1)).toThrow();
    expect(() => describe(page1, 0, 3, 0)).toThrow(/numbered from 1/);
  });
});
