import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from './entities.js';

describe('decodeCharacterReferences', () => {
  it('decodes numeric and common named references once', () => {
    expect(decodeCharacterReferences('Kr&#246;ger &#x4E2D; &amp;lt; &mdash; &Amp;')).toBe('Kröger 中 &lt; — &');
  });

  it('keeps what is not a reference: unknown names, a bare &, escaped \\& and code points out of range', () => {
    expect(decodeCharacterReferences('R&D; results & more &bogus; \\&amp; &#xD800; &#99999999;')).toBe('R&D; results & more &bogus; \\&amp; &#xD800; &#99999999;');
  });

  it('leaves text without a reference unchanged (property)', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('&')), (s) => decodeCharacterReferences(s) === s));
  });
});
