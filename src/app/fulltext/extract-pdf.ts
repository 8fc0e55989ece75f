import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
// The legacy build: the modern one needs newer JavaScript than Node 20 has.
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../core/errors.js';

/**
 * A run of text on a page. `start`/`end` are offsets into the page's `text` (UTF-16 code units, end exclusive);
 * the box is in PDF user-space units (points) with `y` measured down from the top of the page to the top of
 * the box, as a highlight would be drawn over the page.
 */
export type TextSpan = { start: number; end: number; x: number; y: number; width: number; height: number };
/** One page: its 1-based number, its size in points, its text and where that text sits. */
export type PageText = { page: number; width: number; height: number; text: string; spans: TextSpan[] };
/** A scanned PDF has pages whose `text` is empty: that is not an error, callers decide whether to warn. */
export type ExtractedPdf = { pageCount: number; title?: string; pages: PageText[] };

type Pdfjs = typeof PdfjsModule;
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded on first use. Its legacy build (the one that runs on Node 20) bundles core-js polyfills that
 * replace the global JSON.stringify and JSON.parse with much slower versions, which would slow every import,
 * response and archive of the whole process; the engine's own functions are put back once it has loaded, and
 * after each extraction (its worker module, loaded by the first document, carries the same polyfills).
 */
const nativeJson = { stringify: JSON.stringify, parse: JSON.parse };
function restoreJson(): void {
  JSON.stringify = nativeJson.stringify;
  JSON.parse = nativeJson.parse;
}

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').finally(restoreJson);
  return pdfjs;
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js reads these with fs in Node, and wants directory paths with a trailing separator.
const standardFontDataUrl = join(pdfjsRoot, 'standard_fonts') + sep;
const cMapUrl = join(pdfjsRoot, 'cmaps') + sep;

/**
 * The text of every page of a PDF, with the position of each run. The text is a pure function of the bytes
 * (excerpts are anchored by offsets into it): items in content-stream order, a '\n' where pdf.js marks the end
 * of a line, a single space between two runs on one line that are visibly apart and have no whitespace
 * between them, trailing whitespace trimmed at the end of the page; nothing else is added or collapsed.
 *
 * Throws PDF_UNREADABLE for anything that is not a whole, readable PDF (empty, another kind of file, truncated,
 * corrupt) and PDF_ENCRYPTED for a password-protected one.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPdf> {
  checkLooksLikePdf(bytes);
  const { getDocument } = await loadPdfjs();
  let task: ReturnType<typeof getDocument> | undefined;
  let doc: PDFDocumentProxy;
  try {
    task = getDocument({
      // A plain copy: pdf.js refuses a Buffer, and may transfer (detach) what it is given.
      data: new Uint8Array(bytes),
      standardFontDataUrl,
      cMapUrl,
      cMapPacked: true,
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    });
    doc = await task.promise;
  } catch (error) {
    await task?.destroy().catch(() => undefined);
    restoreJson();
    throw loadError(error);
  }
  try {
    const pages: PageText[] = [];
    for (let page = 1; page <= doc.numPages; page++) pages.push(await pageText(await doc.getPage(page), page));
    const title = titleOf(await doc.getMetadata());
    return title === undefined ? { pageCount: doc.numPages, pages } : { pageCount: doc.numPages, title, pages };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('PDF_UNREADABLE', `The PDF is damaged: ${messageOf(error)}`, {}, { cause: error });
  } finally {
    await doc.destroy();
    restoreJson();
  }
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type TextItem = Extract<TextContent['items'][number], { str: string }>;
type TextStyle = TextContent['styles'][string];

/** A run of text placed on the page: its baseline origin and size in top-down page coordinates. */
type Placed = { x: number; baseline: number; width: number; fontHeight: number; ascent: number };

async function pageText(page: PDFPageProxy, number: number): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  let text = '';
  const spans: TextSpan[] = [];
  let previous: Placed | undefined;
  for (const item of content.items) {
    if (!('str' in item)) continue; // marked-content boundaries
    if (item.str.length > 0) {
      const placed = place(item, viewport.transform, content.styles[item.fontName]);
      if (previous && needsSpace(text, item.str, previous, placed)) text += ' ';
      const start = text.length;
      text += item.str;
      spans.push({
        start,
        end: text.length,
        x: round(placed.x),
        y: round(placed.baseline - placed.ascent),
        width: round(placed.width),
        height: round(placed.fontHeight),
      });
      previous = placed;
    }
    if (item.hasEOL) {
      text += '\n';
      previous = undefined;
    }
  }
  text = text.trimEnd();
  return {
    page: number,
    width: round(viewport.width),
    height: round(viewport.height),
    text,
    spans: spans
      .filter((s) => s.start < text.length)
      .map((s) => (s.end > text.length ? { ...s, end: text.length } : s)),
  };
}

/** Where an item sits, after the page's own transform (crop box, rotation) has put y at the top. */
function place(item: TextItem, viewportTransform: readonly number[], style: TextStyle | undefined): Placed {
  const m = multiply(viewportTransform, item.transform as number[]);
  const fontHeight = Math.hypot(m[2], m[3]);
  // As pdf.js's own text layer does: the font's ascent when known, else from its descent, else the height.
  const ascent = style?.ascent ? style.ascent * fontHeight : style?.descent ? (1 + style.descent) * fontHeight : fontHeight;
  return { x: m[4], baseline: m[5], width: item.width, fontHeight, ascent };
}

type Matrix = [number, number, number, number, number, number];

/** The product of two PDF transformation matrices [a b c d e f], `m` applied first (as pdf.js's Util.transform). */
function multiply(outer: readonly number[], m: readonly number[]): Matrix {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = outer;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * Two runs on one line (baselines within half a line of each other) that are visibly apart (by more than a
 * sixth of the font size) and have no whitespace between them are separate words: pdf.js usually emits a space
 * itself, and this only covers what it leaves out.
 */
function needsSpace(text: string, next: string, a: Placed, b: Placed): boolean {
  if (/\s$/.test(text) || /^\s/.test(next)) return false;
  const size = Math.max(a.fontHeight, b.fontHeight);
  if (Math.abs(a.baseline - b.baseline) > size / 2) return false;
  const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  return gap > size / 6;
}

const round = (n: number): number => Math.round(n * 100) / 100;

function titleOf(meta: { info: object; metadata: { get(name: string): unknown } | null }): string | undefined {
  const fromInfo = (meta.info as Record<string, unknown>)['Title'];
  const fromXmp = meta.metadata?.get('dc:title');
  for (const candidate of [fromInfo, fromXmp]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}

function loadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') {
    return new AppError('PDF_ENCRYPTED', 'The PDF is password-protected; save an unprotected copy and try again.', {}, { cause: error });
  }
  return new AppError('PDF_UNREADABLE', `The file could not be read as a PDF: ${messageOf(error)}`, {}, { cause: error });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Cheap checks before pdf.js sees the bytes: a header within the first 1024 bytes, and an end-of-file marker
 * within the last 1024 (Acrobat's own rule). pdf.js would otherwise reconstruct what it can of a truncated file
 * and give part of its text without a word.
 */
function checkLooksLikePdf(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new AppError('PDF_UNREADABLE', 'The file is empty.', { looksLike: 'empty' });
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    const kind = sniff(bytes);
    throw new AppError('PDF_UNREADABLE', `This is not a PDF: the file ${kind.description}.`, { looksLike: kind.name });
  }
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) {
    throw new AppError(
      'PDF_UNREADABLE',
      'The PDF is incomplete: it does not end with %%EOF (an interrupted download or copy?).',
      { looksLike: 'truncated-pdf' },
    );
  }
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** What a file that is not a PDF looks like, from its first bytes. */
function sniff(bytes: Uint8Array): { name: string; description: string } {
  const starts = (...signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    return { name: 'zip', description: 'starts with PK, as a ZIP file does (a DOCX, XLSX or EPUB?)' };
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return { name: 'ole', description: 'is an old Microsoft Office document (DOC, XLS or PPT)' };
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { name: 'png', description: 'is a PNG image' };
  if (starts(0xff, 0xd8, 0xff)) return { name: 'jpeg', description: 'is a JPEG image' };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { name: 'gif', description: 'is a GIF image' };
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return { name: 'tiff', description: 'is a TIFF image' };
  if (starts(0x1f, 0x8b)) return { name: 'gzip', description: 'is gzip-compressed' };
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body/.test(text) || (text.startsWith('<') && text.includes('<html'))) {
    return { name: 'html', description: 'is an HTML page (a web page saved instead of the PDF it links to?)' };
  }
  if (text.startsWith('<?xml') || text.startsWith('<')) return { name: 'xml', description: 'is XML' };
  if (text.startsWith('{\\rtf')) return { name: 'rtf', description: 'is an RTF document' };
  if (text.startsWith('%!ps')) return { name: 'postscript', description: 'is PostScript' };
  const sample = bytes.subarray(0, 1024);
  const control = sample.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
  return control === 0
    ? { name: 'text', description: 'is plain text' }
    : { name: 'binary', description: 'holds binary data of an unknown kind' };
}
