import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './lines.js';

function split(chunks: readonly string[]): { lines: [string, number][]; endedWithNewline: boolean } {
  const lines: [string, number][] = [];
  const s = createLineSplitter((line, n) => lines.push([line, n]));
  for (const c of chunks) s.push(c);
  s.end();
  return { lines, endedWithNewline: s.endedWithNewline };
}

describe('createLineSplitter', () => {
  it('ends lines at CRLF, LF and bare CR alike, numbering them as an editor does', () => {
    const { lines } = split(['TY  - JOUR\r\nAU  - A\nAD  - x\rC3  - y\r\nER  - \n']);
    expect(lines).toEqual([
      ['TY  - JOUR', 1],
      ['AU  - A', 2],
      ['AD  - x', 3],
      ['C3  - y', 4],
      ['ER  - ', 5],
    ]);
  });

  it('keeps a CRLF split across two chunks as one line break', () => {
    expect(split(['a\r', '\nb\r', '', '\nc']).lines).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('flushes a last line without a terminator and says so', () => {
    expect(split(['x\ny'])).toEqual({ lines: [['x', 1], ['y', 2]], endedWithNewline: false });
    expect(split(['x\n']).endedWithNewline).toBe(true);
  });

  it('reports blank lines and drops a byte-order mark at the start of any line', () => {
    expect(split(['\uFEFFTY  - JOUR\n\n\uFEFFTY  - BOOK']).lines).toEqual([
      ['TY  - JOUR', 1],
      ['', 2],
      ['TY  - BOOK', 3],
    ]);
  });

  it('gives the same lines however the text is chunked', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\r', '\n', '\r\n', 'é', '\uFEFF'), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (t, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let at = 0;
        for (const p of points) {
          chunks.push(t.slice(at, p));
          at = p;
        }
        chunks.push(t.slice(at));
        const reference = t === '' ? [] : t.replace(/\r\n|\r/g, '\n').split('\n');
        if (reference.length > 0 && reference.at(-1) === '') reference.pop();
        const got = split(chunks).lines.map(([l]) => l);
        expect(got).toEqual(reference.map((l) => (l.startsWith('\uFEFF') ? l.slice(1) : l)));
      }),
    );
  });
});
