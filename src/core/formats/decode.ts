/**
 * Bytes → text, for every encoding that bibliographic exports arrive in: UTF-8 with or without BOM,
 * UTF-16 LE/BE with a BOM or without one (recognised by where the NUL bytes fall), and the legacy
 * single-byte encodings (Windows-1252 above all, which old EndNote and Ovid downloads use).
 *
 * Invalid UTF-8 never silently turns into U+FFFD: a file whose first 64 KB are not UTF-8 is decoded as
 * Windows-1252 (or a legacy encoding chardet is sure of), and stray invalid bytes later in a UTF-8 file
 * are read one by one as Windows-1252, with a diagnostic either way.
 *
 * The decision is taken on the first `SNIFF_BYTES` bytes whatever the chunking, so decoding a file in
 * one piece and in any number of chunks gives the same text and the same diagnostics.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from './diagnostic.js';
import { diag } from './diagnostic.js';

/** How many bytes the encoding decision looks at. */
export const SNIFF_BYTES = 64 * 1024;

export type DecodeResult = Readonly<{
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, or another name iconv-lite knows. Undefined for binary input. */
  encoding: string | undefined;
  /** True when the bytes are a binary file (a `FILE_BINARY` error is among the diagnostics). */
  binary: boolean;
  diagnostics: readonly Diagnostic[];
}>;

export type StreamDecoder = {
  /** Decode a chunk; returns '' while the first bytes are still being sniffed. */
  push(chunk: Uint8Array): string;
  /** Flush everything held back (sniff buffer, an incomplete trailing sequence). */
  end(): string;
  readonly encoding: string | undefined;
  readonly binary: boolean;
  readonly diagnostics: readonly Diagnostic[];
};

type Signature = readonly [bytes: readonly number[], what: string];

/** Magic numbers of files people upload by mistake instead of an export. */
const binarySignatures: readonly Signature[] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx or .docx file is one)'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty ZIP archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office document (.xls, .doc)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Chardet names of encodings that Windows-1252 decodes as well or better (it is their superset in practice). */
const latin1Family = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252', 'ISO-8859-9', 'ASCII', 'UTF-8']);

/** Length of a valid UTF-8 sequence starting at `i`, 0 if invalid there, -1 if cut short by the end. */
function utf8SequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  let n: number;
  let min: number;
  let max = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) {
    n = 2;
    min = 0x80;
  } else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    min = c === 0xe0 ? 0xa0 : 0x80;
    if (c === 0xed) max = 0x9f; // no UTF-16 surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    min = c === 0xf0 ? 0x90 : 0x80;
    if (c === 0xf4) max = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    if (i + k >= end) return -1;
    const d = b[i + k] ?? 0;
    if (k === 1 ? d < min || d > max : d < 0x80 || d > 0xbf) return 0;
  }
  return n;
}

type Utf8Stats = { valid: boolean; multiByte: number; invalid: number };

function utf8Stats(b: Uint8Array, final: boolean): Utf8Stats {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    if ((b[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(b, i, b.length);
    if (n === -1) {
      // Cut by the end of the sniff window: only invalid when this is the whole file.
      if (final) invalid++;
      break;
    }
    if (n === 0) {
      invalid++;
      i++;
    } else {
      multiByte++;
      i += n;
    }
  }
  return { valid: invalid === 0, multiByte, invalid };
}

/** UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252 as browsers decode it: its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become
 * the C1 controls of the same value rather than U+FFFD, so no byte is ever lost. (Node's own
 * `TextDecoder('windows-1252')` is really Latin-1 and turns 0x80 into a control instead of €.)
 * Single-byte, hence stateless: every chunk boundary is a character boundary.
 */
function decodeCp1252(buf: Uint8Array): string {
  const text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1252');
  if (!text.includes('\uFFFD')) return text;
  // One byte, one UTF-16 unit: the replacement characters sit at the offsets of their bytes.
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    out += text.slice(from, i) + String.fromCharCode(buf[i] ?? 0xfffd);
    from = i + 1;
  }
  return out + text.slice(from);
}
const cp1252Table: readonly string[] = Array.from({ length: 256 }, (_, i) => decodeCp1252(new Uint8Array([i])));
const cp1252Char = (byte: number): string => cp1252Table[byte] ?? '';
const cp1252Decoder = (): DecoderLike => ({ write: decodeCp1252, end: () => '' });

type DecoderLike = { write(buf: Uint8Array): string; end(): string | undefined };

type Mode =
  | { kind: 'sniffing' }
  | { kind: 'binary' }
  | { kind: 'utf8' }
  | { kind: 'legacy'; decoder: DecoderLike };

/**
 * A streaming decoder: it holds the first `SNIFF_BYTES` bytes (or `sniffBytes`, a knob for tests) to
 * decide the encoding, then decodes as bytes arrive, never splitting a multi-byte sequence across chunks.
 */
export function createDecoder(options: Readonly<{ sniffBytes?: number }> = {}): StreamDecoder {
  const sniffBytes = Math.max(4, options.sniffBytes ?? SNIFF_BYTES);
  const diagnostics: Diagnostic[] = [];
  let mode: Mode = { kind: 'sniffing' };
  let encoding: string | undefined;
  let sniffed: Uint8Array[] = [];
  let sniffedLength = 0;
  // UTF-8 mode: bytes of an incomplete sequence held back until the next chunk.
  let carry = new Uint8Array(0);
  let offset = 0; // absolute byte offset of `carry[0]`, for messages
  let windowHadMultiByte = false;
  let strayInvalid = 0;
  let firstStray = -1;
  const fatal = new TextDecoder('utf-8', { fatal: true });

  const decodeUtf8Lenient = (b: Uint8Array, end: number, base: number): string => {
    let out = '';
    let runStart = 0;
    for (let i = 0; i < end; ) {
      if ((b[i] ?? 0) < 0x80) {
        i++;
        continue;
      }
      const n = utf8SequenceLength(b, i, end);
      if (n > 0) {
        i += n;
        continue;
      }
      // n === 0 (invalid) or -1 (cut at the true end of input): read the byte as Windows-1252.
      if (i > runStart) out += fatal.decode(b.subarray(runStart, i));
      out += cp1252Char(b[i] ?? 0);
      if (firstStray === -1) firstStray = base + i;
      strayInvalid++;
      i++;
      runStart = i;
    }
    if (end > runStart) out += fatal.decode(b.subarray(runStart, end));
    return out;
  };

  /** Decode UTF-8 bytes, holding back an incomplete sequence at the end unless `final`. */
  const utf8 = (chunk: Uint8Array, final: boolean): string => {
    let b: Uint8Array = chunk;
    if (carry.length > 0) {
      b = new Uint8Array(carry.length + chunk.length);
      b.set(carry);
      b.set(chunk, carry.length);
    }
    const base = offset;
    let end = b.length;
    if (!final) {
      // Find where a trailing incomplete sequence starts (at most 3 bytes back).
      for (let k = 1; k <= 3 && k <= b.length; k++) {
        const c = b[b.length - k] ?? 0;
        if (c < 0x80) break;
        if (c >= 0xc0) {
          const n = utf8SequenceLength(b, b.length - k, b.length);
          if (n === -1) end = b.length - k;
          break;
        }
      }
    }
    carry = end < b.length ? b.slice(end) : new Uint8Array(0);
    offset = base + end;
    if (end === 0) return '';
    const body = end === b.length ? b : b.subarray(0, end);
    try {
      return fatal.decode(body);
    } catch {
      return decodeUtf8Lenient(body, body.length, base);
    }
  };

  const decide = (window: Uint8Array, final: boolean): string => {
    if (window.length === 0) return '';
    let start = 0;
    if (startsWith(window, [0xef, 0xbb, 0xbf])) {
      encoding = 'utf-8';
      mode = { kind: 'utf8' };
      start = 3;
    } else if (startsWith(window, [0xff, 0xfe])) {
      encoding = 'utf-16le';
      start = 2;
    } else if (startsWith(window, [0xfe, 0xff])) {
      encoding = 'utf-16be';
      start = 2;
    } else {
      const signature = binarySignatures.find(([sig]) => startsWith(window, sig));
      const utf16 = signature ? undefined : utf16Guess(window);
      if (signature) {
        mode = { kind: 'binary' };
        diagnostics.push(diag('FILE_BINARY', 'error', `The file is ${signature[1]}, not a text export.`));
        return '';
      }
      if (utf16) {
        encoding = utf16;
        diagnostics.push(
          diag('FILE_ENCODING_GUESSED', 'info', `No byte-order mark; the NUL-byte pattern says ${utf16.toUpperCase()}.`),
        );
      } else if (window.includes(0)) {
        mode = { kind: 'binary' };
        diagnostics.push(diag('FILE_BINARY', 'error', 'The file holds NUL bytes: it is binary, not a text export.'));
        return '';
      } else {
        const stats = utf8Stats(window, final);
        // A few valid sequences among more invalid bytes are accidents of a legacy encoding.
        if (stats.valid || stats.multiByte >= stats.invalid) {
          encoding = 'utf-8';
          mode = { kind: 'utf8' };
          windowHadMultiByte = stats.multiByte > 0;
        } else {
          encoding = legacyEncoding(window);
          diagnostics.push(
            diag(
              'FILE_ENCODING_GUESSED',
              'info',
              `The text is not valid UTF-8; it was read as ${encoding}. Save exports as UTF-8 where the database offers it.`,
            ),
          );
        }
      }
    }
    if (mode.kind === 'sniffing') {
      const name = encoding ?? 'windows-1252';
      const decoder = name === 'windows-1252' ? cp1252Decoder() : iconv.getDecoder(name, { stripBOM: false });
      mode = { kind: 'legacy', decoder: { write: (b) => decoder.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), end: () => decoder.end() } };
    }
    offset = start;
    const rest = window.subarray(start);
    if (mode.kind === 'utf8') return utf8(rest, final);
    return mode.kind === 'legacy' ? mode.decoder.write(rest) : '';
  };

  const flushSniffed = (final: boolean): string => {
    const window = concat(sniffed, sniffedLength);
    sniffed = [];
    return decide(window, final);
  };

  const push = (chunk: Uint8Array): string => {
    if (chunk.length === 0) return '';
    switch (mode.kind) {
      case 'binary':
        return '';
      case 'utf8':
        return utf8(chunk, false);
      case 'legacy':
        return mode.decoder.write(chunk);
      case 'sniffing': {
        if (sniffedLength + chunk.length < sniffBytes) {
          sniffed.push(chunk.slice());
          sniffedLength += chunk.length;
          return '';
        }
        // Decide on exactly the first SNIFF_BYTES bytes, so that chunking cannot change the decision.
        const need = sniffBytes - sniffedLength;
        sniffed.push(chunk.slice(0, need));
        sniffedLength += need;
        const head = flushSniffed(false);
        return head + push(chunk.subarray(need));
      }
    }
  };

  return {
    push,
    end(): string {
      let text = '';
      if (mode.kind === 'sniffing') text = flushSniffed(true);
      if (mode.kind === 'utf8') {
        text += carry.length > 0 ? utf8(new Uint8Array(0), true) : '';
        if (strayInvalid > 0) {
          diagnostics.push(
            windowHadMultiByte
              ? diag(
                  'FILE_ENCODING_INVALID',
                  'warning',
                  `${strayInvalid} byte(s) are not valid UTF-8 (first at byte ${firstStray}); they were read as Windows-1252.`,
                )
              : diag(
                  'FILE_ENCODING_GUESSED',
                  'warning',
                  `The text looked like UTF-8 but byte ${firstStray} is not; ${strayInvalid} such byte(s) were read as Windows-1252.`,
                ),
          );
          if (!windowHadMultiByte) encoding = 'windows-1252';
          strayInvalid = 0;
        }
      } else if (mode.kind === 'legacy') {
        text += mode.decoder.end() ?? '';
      }
      return text;
    },
    get encoding(): string | undefined {
      return encoding;
    },
    get binary(): boolean {
      return mode.kind === 'binary';
    },
    get diagnostics(): readonly Diagnostic[] {
      return diagnostics;
    },
  };
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The legacy encoding of bytes that are not UTF-8. Bibliographic exports are overwhelmingly Western,
 * so Windows-1252 wins unless chardet clearly prefers another code page: its confidence in it must be
 * at least twice its confidence in any Latin-1 reading (a Russian cp1251 file scores 33 against 12, a
 * Polish cp1250 file 56 against 22; French cp1252 puts ISO-8859-1 first) and it must have at least
 * 16 non-ASCII bytes to judge from.
 */
function legacyEncoding(window: Uint8Array): string {
  // A handful of accented letters is no evidence for anything but the usual Western code page.
  let high = 0;
  for (const b of window) if (b >= 0x80) high++;
  if (high < 16) return 'windows-1252';
  // UTF-8/16/32 were ruled out above (invalid bytes, no NUL pattern): chardet's guesses of them are noise.
  const candidates = analyse(window).filter((c) => !/^utf/i.test(c.name));
  const top = candidates[0];
  if (!top || latin1Family.has(top.name) || !iconv.encodingExists(top.name)) return 'windows-1252';
  const latin = candidates.find((c) => latin1Family.has(c.name))?.confidence ?? 0;
  if (top.confidence < 20 || top.confidence < 2 * latin) return 'windows-1252';
  // A code page that leaves bytes undecodable (U+FFFD) is the wrong one: keep every byte instead.
  return iconv.decode(Buffer.from(window), top.name).includes('\uFFFD') ? 'windows-1252' : top.name.toLowerCase();
}

/** Decode a whole file: the one-piece form of `createDecoder`, with identical results. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const d = createDecoder();
  const text = d.push(bytes) + d.end();
  return { text, encoding: d.encoding, binary: d.binary, diagnostics: d.diagnostics };
}
