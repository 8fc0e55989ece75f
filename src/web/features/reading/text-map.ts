/**
 * Between what the user sees in the PDF and the page text the server extracted. Excerpts are stored as
 * offsets into the extracted text of a page; the browser's text layer renders the same runs of text but
 * not the same whitespace (the extractor adds a space between runs that are visibly apart and a line
 * break at each line end). So a selection is matched to the page text ignoring all whitespace, and a
 * stored range is drawn over the page with the boxes of the runs (spans) it covers.
 */
import { findQuote } from '../../../core/workbench/find-quote.js';
import type { PageText, TextSpan } from './api.js';

export type Range = Readonly<{ start: number; end: number }>;

/** The page text without whitespace, and for each of its characters the offset in the page text. */
function compact(text: string): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) continue;
    chars += c;
    offsets.push(i);
  }
  return { chars, offsets };
}

/**
 * Every range of `pageText` whose characters, whitespace aside, are those of `selected`; ranges start and
 * end on a non-space character.
 */
export function findSelection(pageText: string, selected: string): Range[] {
  const needle = selected.replace(/\s+/g, '');
  if (needle === '') return [];
  const { chars, offsets } = compact(pageText);
  const out: Range[] = [];
  for (let at = chars.indexOf(needle); at >= 0; at = chars.indexOf(needle, at + 1)) {
    out.push({ start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 });
  }
  return out;
}

/** The vertical position (points from the top) of the first run that a range covers. */
function topOf(page: PageText, range: Range): number | undefined {
  const span = page.spans.find((s) => s.end > range.start && s.start < range.end);
  return span?.y;
}

/**
 * Where a selection lies in the page text. When the selected words occur more than once on the page, the
 * occurrence nearest to where the selection was made (`topPt`, points from the top of the page) wins.
 */
export function locateSelection(page: PageText, selected: string, topPt?: number): Range | undefined {
  const ranges = findSelection(page.text, selected);
  if (ranges.length <= 1 || topPt === undefined) return ranges[0];
  let best = ranges[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const range of ranges) {
    const y = topOf(page, range);
    const distance = y === undefined ? Number.POSITIVE_INFINITY : Math.abs(y - topPt);
    if (distance < bestDistance) {
      best = range;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The quote and occurrence to send in an `excerpt` step for a range of the page text: the server finds the
 * `occurrence`-th match of the quote on the page (whitespace-insensitive), which is this range.
 */
export function quoteFor(pageText: string, range: Range): { quote: string; occurrence: number } {
  const quote = pageText.slice(range.start, range.end);
  for (let n = 1; n <= 1000; n++) {
    const found = findQuote(pageText, quote, n);
    if (!found) break;
    if (found.start === range.start) return { quote, occurrence: n };
    if (found.start > range.start) break;
  }
  return { quote, occurrence: 1 };
}

/** A highlight rectangle as fractions (0–1) of the page's width and height, so it scales with the zoom. */
export type Box = Readonly<{ left: number; top: number; width: number; height: number }>;

/**
 * The boxes covering `[start, end)` of a page's text: each run that overlaps the range contributes the
 * part of its box proportional to the characters it has in the range (an approximation: glyphs are not
 * all the same width); neighbouring boxes on one line are joined so a highlight reads as one band.
 */
export function rangeBoxes(page: Pick<PageText, 'width' | 'height' | 'spans'>, range: Range): Box[] {
  const parts: { x: number; y: number; w: number; h: number }[] = [];
  for (const s of page.spans) {
    if (s.end <= range.start || s.start >= range.end || s.end <= s.start) continue;
    const from = (Math.max(range.start, s.start) - s.start) / (s.end - s.start);
    const to = (Math.min(range.end, s.end) - s.start) / (s.end - s.start);
    const part = { x: s.x + from * s.width, y: s.y, w: (to - from) * s.width, h: s.height };
    const last = parts[parts.length - 1];
    if (last && sameLine(last, part) && part.x - (last.x + last.w) < Math.max(last.h, part.h) && part.x >= last.x) {
      const right = Math.max(last.x + last.w, part.x + part.w);
      const top = Math.min(last.y, part.y);
      last.h = Math.max(last.y + last.h, part.y + part.h) - top;
      last.y = top;
      last.w = right - last.x;
    } else {
      parts.push(part);
    }
  }
  if (page.width <= 0 || page.height <= 0) return [];
  return parts.map((p) => ({ left: p.x / page.width, top: p.y / page.height, width: p.w / page.width, height: p.h / page.height }));
}

const sameLine = (a: { y: number; h: number }, b: { y: number; h: number }): boolean => Math.abs(a.y - b.y) < Math.min(a.h, b.h) * 0.5;

/** Runs sorted by where they start in the text (the extractor writes them in order; this guards it). */
export function sortedSpans(spans: readonly TextSpan[]): readonly TextSpan[] {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}
