import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createDecoder, decodeBytes } from './decode.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const codes = (r: { diagnostics: readonly { code: string; severity: string }[] }): string[] =>
  r.diagnostics.map((d) => `${d.code}/${d.severity}`);

/** Decode through the streaming interface in the given chunk sizes (cycled). */
function decodeInChunks(bytes: Uint8Array, sizes: readonly number[], sniffBytes?: number) {
  const d = createDecoder(sniffBytes === undefined ? {} : { sniffBytes });
  let text = '';
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length] ?? 1);
    text += d.push(bytes.subarray(at, at + n));
    at += n;
  }
  text += d.end();
  return { text, encoding: d.encoding, binary: d.binary, diagnostics: d.diagnostics };
}

describe('decodeBytes: encodings', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('TY  - JOUR\nAU  - Pérez, J')]));
    expect(r).toMatchObject({ text: 'TY  - JOUR\nAU  - Pérez, J', encoding: 'utf-8', binary: false });
    expect(r.diagnostics).toEqual([]);
  });

  it('reads UTF-16LE with a BOM', () => {
    const r = decodeBytes(fixture('utf16le-bom.ris'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text.startsWith('TY  - JOUR\r\nAU  - Pérez, José\r\nAU  - Ødegård, Åse')).toBe(true);
    expect(r.diagnostics).toEqual([]);
  });

  it('recognises UTF-16BE without a BOM by its NUL bytes, and says it guessed', () => {
    const r = decodeBytes(fixture('utf16be-nobom.ris'));
    expect(r.encoding).toBe('utf-16be');
    expect(r.text).toContain('Café culture');
    expect(codes(r)).toEqual(['FILE_ENCODING_GUESSED/info']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, never to U+FFFD', () => {
    const r = decodeBytes(fixture('windows-1252.ris'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('AU  - Pérez, José');
    expect(r.text).toContain('“care”');
    expect(r.text).toContain('– with an en dash');
    expect(r.text).not.toContain('\uFFFD');
    expect(codes(r)).toEqual(['FILE_ENCODING_GUESSED/info']);
  });

  it('keeps Windows-1252 bytes that have no character (0x81, 0x8D…) as C1 controls, not U+FFFD', () => {
    const r = decodeBytes(new Uint8Array([...utf8('TI  - Caf'), 0xe9, 0x21, 0x81, 0x80, 0x0a]));
    expect(r.text).toBe('TI  - Café!\u0081€\n');
    expect(r.encoding).toBe('windows-1252');
  });

  it('takes another code page only when chardet clearly prefers it', () => {
    const russian = 'TY  - JOUR\nAU  - Иванов, Пётр\nTI  - Качественное исследование опыта пациентов с хронической болезнью\nER  - \n';
    const r = decodeBytes(iconv.encode(russian, 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toBe(russian);
  });

  it('reads stray invalid bytes after a pure-ASCII start as Windows-1252 and reports the switch', () => {
    const bytes = new Uint8Array([...utf8('TY  - JOUR\n'.repeat(20)), ...iconv.encode('AU  - Müller\n', 'windows-1252')]);
    const r = decodeInChunks(bytes, [7], 64);
    expect(r.text.endsWith('AU  - Müller\n')).toBe(true);
    expect(r.encoding).toBe('windows-1252');
    expect(codes(r)).toEqual(['FILE_ENCODING_GUESSED/warning']);
  });

  it('keeps UTF-8 when a few bad bytes sit among valid multi-byte text, with a warning', () => {
    const bytes = new Uint8Array([...utf8('AU  - Ødegård, Åse\nTI  - Café '), 0xe9, ...utf8(' naïve\n')]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('AU  - Ødegård, Åse\nTI  - Café é naïve\n');
    expect(codes(r)).toEqual(['FILE_ENCODING_INVALID/warning']);
  });

  it('treats a multi-byte sequence cut by the end of the file as invalid, not as a hang', () => {
    const r = decodeBytes(new Uint8Array([...utf8('Ødegård '), 0xe2, 0x80]));
    expect(r.text).toBe('Ødegård â€');
    expect(codes(r)).toEqual(['FILE_ENCODING_INVALID/warning']);
  });
});

describe('decodeBytes: binary files', () => {
  it.each([
    ['a PDF', fixture('pdf-header.pdf')],
    ['an xlsx (ZIP)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    ['a GIF', utf8('GIF89a\x01\x00')],
    ['text with NUL bytes', new Uint8Array([...utf8('TY  - JOUR'), 0, 0, 7, 0, 1, 2, 0xff, 0x10])],
  ])('rejects %s with FILE_BINARY', (_what, bytes) => {
    const r = decodeBytes(bytes);
    expect(r.binary).toBe(true);
    expect(r.text).toBe('');
    expect(codes(r)).toEqual(['FILE_BINARY/error']);
  });

  it('says what the binary file is', () => {
    expect(decodeBytes(fixture('pdf-header.pdf')).diagnostics[0]?.message).toContain('PDF');
  });
});

describe('createDecoder: streaming', () => {
  it('never splits a multi-byte sequence, even fed one byte at a time', () => {
    const bytes = utf8('Ødegård, Åse — 東京 😀 naïve\n'.repeat(50));
    expect(decodeInChunks(bytes, [1], 16).text).toBe(decodeBytes(bytes).text);
  });

  it('gives the same text, encoding and diagnostics for any chunking (property)', () => {
    const texts = fc.array(fc.constantFrom('TY  - JOUR\r\n', 'AU  - Pérez, José\n', '東京 ', '😀', 'naïve ', 'ER  - \n', '\r'), {
      minLength: 1,
      maxLength: 40,
    });
    const encoders: readonly ((s: string) => Uint8Array)[] = [
      utf8,
      (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]),
      (s) => new Uint8Array([0xff, 0xfe, ...iconv.encode(s, 'utf-16le')]),
      (s) => iconv.encode(s, 'utf-16be'),
      (s) => iconv.encode([...s].map((c) => ((c.codePointAt(0) ?? 0) > 0xff ? '?' : c)).join(''), 'windows-1252'),
      (s) => new Uint8Array([...utf8(s), 0xe9, ...utf8(s)]),
    ];
    fc.assert(
      fc.property(texts, fc.nat(encoders.length - 1), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 4, max: 200 }), (parts, e, sizes, sniff) => {
        const bytes = encoders[e]!(parts.join(''));
        const whole = decodeInChunks(bytes, [bytes.length || 1], sniff);
        const chunked = decodeInChunks(bytes, sizes, sniff);
        expect(chunked).toEqual(whole);
        expect(whole.text).not.toContain('\uFFFD');
      }),
      { numRuns: 300 },
    );
  });
});
