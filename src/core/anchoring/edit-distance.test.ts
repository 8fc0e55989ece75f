import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance as levenshtein } from 'fastest-levenshtein';
import { editDistance, editDistanceByEnd, findApproximateMatches, type ScanMode } from './edit-distance.js';

/** The textbook O(n·m) dynamic programme the bit-parallel scan must agree with. */
function naiveByEnd(text: string, pattern: string, mode: ScanMode): number[] {
  let prev = Array.from({ length: text.length + 1 }, (_, j) => (mode === 'search' ? 0 : j));
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j - 1]! + cost, prev[j]! + 1, row[j - 1]! + 1));
    }
    prev = row;
  }
  return prev;
}

// A small alphabet makes near-matches common; patterns up to 100 characters span several 32-bit blocks.
const smallText = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: max });

describe('editDistanceByEnd', () => {
  it('agrees with the dynamic programme in search mode, across block boundaries', () => {
    fc.assert(
      fc.property(smallText(120), smallText(100), (text, pattern) => {
        expect(Array.from(editDistanceByEnd(text, pattern, 'search'))).toEqual(naiveByEnd(text, pattern, 'search'));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the dynamic programme in prefix mode', () => {
    fc.assert(
      fc.property(smallText(80), smallText(70), (text, pattern) => {
        expect(Array.from(editDistanceByEnd(text, pattern, 'prefix'))).toEqual(naiveByEnd(text, pattern, 'prefix'));
      }),
      { numRuns: 300 },
    );
  });

  it('handles characters outside Latin-1 and empty inputs', () => {
    expect(Array.from(editDistanceByEnd('αβγ', 'βγ', 'search'))).toEqual([2, 2, 1, 0]);
    expect(Array.from(editDistanceByEnd('abc', '', 'prefix'))).toEqual([0, 1, 2, 3]);
    expect(Array.from(editDistanceByEnd('', 'ab', 'search'))).toEqual([2]);
  });
});

describe('editDistance', () => {
  it('is the Levenshtein distance', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.string({ maxLength: 90 }), (a, b) => {
        expect(editDistance(a, b)).toBe(levenshtein(a, b));
      }),
    );
  });
});

describe('findApproximateMatches', () => {
  it('reports spans whose distance to the pattern is the stated error count, within the limit', () => {
    fc.assert(
      fc.property(smallText(150), smallText(40).filter((p) => p.length > 0), fc.nat(6), (text, pattern, maxErrors) => {
        const matches = findApproximateMatches(text, pattern, maxErrors);
        for (const m of matches) {
          expect(m.errors).toBeLessThanOrEqual(maxErrors);
          expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        }
        // Best first.
        expect(matches.map((m) => m.errors)).toEqual([...matches.map((m) => m.errors)].sort((x, y) => x - y));
      }),
      { numRuns: 200 },
    );
  });

  it('finds a quote with a typo and one occurrence per place', () => {
    const text = 'Doctors spoke of duty. Several returned to serve thier communities despite low pay.';
    const matches = findApproximateMatches(text, 'to serve their communities', 3);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe('to serve thier communities');
    expect(matches[0]!.errors).toBe(2);
  });
});
