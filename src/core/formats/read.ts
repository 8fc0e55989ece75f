/**
 * The one entry point for reading an export: bytes (or text) in, detected format, canonical records and
 * diagnostics out. Decoding, format detection and parsing are streamed, so a 200 MB file is read in
 * memory bounded by the 64 KB detection sample and the largest record.
 *
 * `readBytes(b)` is exactly `createByteReader()` fed `b` in one chunk: any chunking of the same bytes
 * gives the same records and the same diagnostics.
 */
import type { ImportedRecord } from '../records/record.js';
import { createDecoder } from './decode.js';
import type { Diagnostic } from './diagnostic.js';
import { diag } from './diagnostic.js';
import type { FormatId, FormatPlugin, ParseOptions, ParseResult, StreamParser } from './plugin.js';
import { detectFormat, formats, getFormat } from './registry.js';
import { describeContent } from './tagged/describe.js';

export type ReadOptions = ParseOptions & Readonly<{ format?: FormatId }>;
export type ReadResult = ParseResult & Readonly<{ encoding: string }>;

export type ByteReader = {
  push(chunk: Uint8Array): ImportedRecord[];
  end(): ImportedRecord[];
  readonly format: FormatId | undefined;
  readonly encoding: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
};

/** The slice size in which `readBytes` feeds a whole file through the streaming reader. */
const READ_SLICE_BYTES = 64 * 1024;

/** How much decoded text format detection reads. */
export const DETECT_CHARS = 64 * 1024;

/** What `readBytes` reports as its encoding when none was decided (binary or empty input). */
export const UNKNOWN_ENCODING = 'unknown';

/** What `readText` reports as its encoding: the text was never bytes. */
export const TEXT_ENCODING = 'text';

type TextReader = {
  push(text: string): ImportedRecord[];
  end(): ImportedRecord[];
  readonly format: FormatId | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether any text other than whitespace arrived. */
  readonly sawText: boolean;
};

/**
 * Text in, records out: buffers up to `DETECT_CHARS` to detect the format (unless one is forced), then
 * streams everything through that format's parser.
 */
function createTextReader(options: ReadOptions): TextReader {
  const own: Diagnostic[] = [];
  let buffer = '';
  const forced = options.format ? getFormat(options.format) : undefined;
  let plugin: FormatPlugin | undefined = forced;
  let parser: StreamParser | undefined = forced?.createParser(options);
  let failed = false;
  let sawText = false;
  let first = true;

  /** Detect on the sample and open the parser; undefined (and a diagnostic) when nothing matches. */
  const open = (sample: string): StreamParser | undefined => {
    const found = detectFormat(sample, options.fileName);
    if (!found) {
      failed = true;
      own.push(
        diag(
          'FILE_FORMAT_UNKNOWN',
          'error',
          `The content matches no supported format (${formats.map((f) => f.label).join(', ')}); it looks like ${describeContent(sample)}.`,
        ),
      );
      return undefined;
    }
    plugin = found.format;
    parser = plugin.createParser(options);
    return parser;
  };

  // Read through a function: `release` assigns `parser` inside a closure, which narrowing cannot see.
  const current = (): StreamParser | undefined => parser;

  /** Hand the buffered text to a parser chosen on its first DETECT_CHARS characters. */
  const release = (): ImportedRecord[] => {
    const all = buffer;
    buffer = '';
    const p = open(all.slice(0, DETECT_CHARS));
    return p ? p.push(all) : [];
  };

  return {
    push(text: string): ImportedRecord[] {
      if (first && text !== '') {
        first = false;
        // A BOM that survived decoding (readText on a string read elsewhere) is not content.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (failed || text === '') return [];
      if (!sawText && /\S/.test(text)) sawText = true;
      if (parser) return parser.push(text);
      buffer += text;
      return buffer.length < DETECT_CHARS ? [] : release();
    },
    end(): ImportedRecord[] {
      if (failed) return [];
      if (parser) return parser.end();
      if (!sawText) return [];
      const records = release();
      const opened = current();
      return opened ? records.concat(opened.end()) : records;
    },
    get format(): FormatId | undefined {
      return plugin?.id;
    },
    get diagnostics(): readonly Diagnostic[] {
      return parser ? [...parser.diagnostics, ...own] : own;
    },
    get sawText(): boolean {
      return sawText;
    },
  };
}

/** The checks every reader does once the input has ended, whatever the format. */
function closingDiagnostics(sawText: boolean, binary: boolean, recordCount: number, soFar: readonly Diagnostic[]): Diagnostic[] {
  if (binary) return [];
  if (!sawText) return [diag('FILE_EMPTY', 'error', 'The file holds no text.')];
  if (recordCount === 0 && !soFar.some((d) => d.code === 'FILE_FORMAT_UNKNOWN')) {
    return [diag('FILE_NO_RECORDS', 'error', 'The file was read but holds no records.')];
  }
  return [];
}

/**
 * A streaming reader: push byte chunks as they arrive, take the records each push returns. `format`
 * and `encoding` are known once enough bytes arrived (or at `end()`); `diagnostics` grows as it reads
 * and is complete after `end()`.
 */
export function createByteReader(options: ReadOptions = {}): ByteReader {
  const decoder = createDecoder();
  const text = createTextReader(options);
  let closing: Diagnostic[] = [];
  let count = 0;
  const counted = (records: ImportedRecord[]): ImportedRecord[] => {
    count += records.length;
    return records;
  };
  return {
    push(chunk: Uint8Array): ImportedRecord[] {
      const decoded = decoder.push(chunk);
      return decoder.binary || decoded === '' ? [] : counted(text.push(decoded));
    },
    end(): ImportedRecord[] {
      const tail = decoder.end();
      let records: ImportedRecord[] = [];
      if (!decoder.binary) {
        records = text.push(tail);
        records = records.concat(text.end());
      }
      counted(records);
      closing = closingDiagnostics(text.sawText, decoder.binary, count, text.diagnostics);
      return records;
    },
    get format(): FormatId | undefined {
      return text.format;
    },
    get encoding(): string | undefined {
      return decoder.encoding;
    },
    get diagnostics(): readonly Diagnostic[] {
      return [...decoder.diagnostics, ...text.diagnostics, ...closing];
    },
  };
}

/**
 * The format to report when none was detected: the caller's forced format, else the file extension's
 * first format, else RIS. Only meaningful when `diagnostics` hold no error.
 */
function fallbackFormat(options: ReadOptions): FormatId {
  if (options.format) return options.format;
  const ext = options.fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (ext && formats.find((f) => f.extensions.includes(ext))?.id) || 'ris';
}

/** Read a whole file's bytes. */
export function readBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const reader = createByteReader(options);
  const records: ImportedRecord[] = [];
  // Fed in slices, as a stream would be: values are slices of the decoded text, and small decoded pieces
  // stay one-byte strings wherever they are ASCII, where one decoded string of the whole file would be
  // two-byte throughout as soon as it held one non-Latin-1 character. Same result, about half the memory.
  for (let at = 0; at < bytes.length; at += READ_SLICE_BYTES) {
    for (const r of reader.push(bytes.subarray(at, at + READ_SLICE_BYTES))) records.push(r);
  }
  for (const r of reader.end()) records.push(r);
  return {
    format: reader.format ?? fallbackFormat(options),
    // No encoding was decided for binary or empty input; the diagnostics say why.
    encoding: reader.encoding ?? UNKNOWN_ENCODING,
    records,
    diagnostics: reader.diagnostics,
  };
}

/** Read text that is already decoded (pasted text, a string from another API). */
export function readText(text: string, options: ReadOptions = {}): ReadResult {
  const reader = createTextReader(options);
  const records = reader.push(text);
  records.push(...reader.end());
  const diagnostics = [...reader.diagnostics];
  diagnostics.push(...closingDiagnostics(reader.sawText, false, records.length, diagnostics));
  return { format: reader.format ?? fallbackFormat(options), encoding: TEXT_ENCODING, records, diagnostics };
}

