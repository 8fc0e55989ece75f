/**
 * Keyword highlighting while screening (METHOD.md §3 item 1). A project keeps two term lists, include
 * terms and exclude terms. Matching ignores case and diacritics (`naïve` = `NAIVE`, `Ø` = `o`), matches
 * whole words, treats `*` as "any letters or digits" (`nurs*` → nurse, nursing; `*ethnograph*`), reads a
 * term of several words (quoted or not) as a phrase whose words may be separated by any spaces or
 * hyphens (`"lived experience"`, `COVID-19` = `covid 19`).
 *
 * The result is a list of spans over the original string, never markup: the web renders each span as
 * text, so nothing in a title or abstract can inject HTML.
 */
import type { FoldedText } from './fold-text.js';
import { foldString, foldText } from './fold-text.js';

export type TermKind = 'include' | 'exclude';

/** A project's highlighting terms, one term per entry (see `parseTermList` for a typed-in list). */
export type HighlightTerms = Readonly<{ include: readonly string[]; exclude: readonly string[] }>;

/** A highlighted stretch `[start, end)` of the original text (UTF-16 offsets, as `String.slice`). */
export type HighlightSpan = Readonly<{ start: number; end: number; kind: TermKind; term: string }>;

/** Terms prepared for matching; compile once per project and reuse for every record. */
export type CompiledTerms = Readonly<{
  compiled: true;
  terms: readonly Readonly<{ term: string; kind: TermKind; pattern: RegExp }>[];
}>;

/** A piece of text for rendering: highlighted (with kind and term) or plain. */
export type TextSegment = Readonly<{ text: string; kind?: TermKind; term?: string }>;

const wordChar = '[\\p{L}\\p{N}]';
const separator = '[\\s\\p{Pd}]+';
const openQuotes = new Map([
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u201e', '\u201d'],
]);

/**
 * Splits a typed-in list into terms: quoted phrases stay whole (straight or curly quotes), everything
 * else splits on spaces, commas, semicolons and new lines.
 * @example parseTermList('qualitative "lived experience" nurs*') // ['qualitative', 'lived experience', 'nurs*']
 */
export function parseTermList(input: string): string[] {
  const terms: string[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (/[\s,;]/.test(ch)) {
      i++;
      continue;
    }
    const close = openQuotes.get(ch);
    if (close !== undefined) {
      let end = input.indexOf(close, i + 1);
      if (end < 0 && close !== '"') end = input.indexOf('"', i + 1);
      if (end < 0) end = input.length;
      const phrase = normaliseTerm(input.slice(i + 1, end));
      if (phrase !== '') terms.push(phrase);
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/[\s,;]/.test(input[end] ?? '')) end++;
    terms.push(input.slice(i, end));
    i = end;
  }
  return terms;
}

/**
 * Prepares term lists for matching. Blank terms, and terms made only of wildcards (they would mark every
 * word), are dropped. Repeated terms keep their first kind.
 */
export function compileTerms(terms: HighlightTerms): CompiledTerms {
  const out: { term: string; kind: TermKind; pattern: RegExp }[] = [];
  const seen = new Set<string>();
  // Exclude terms first: when the same stretch matches an include and an exclude term equally, the
  // exclude colour wins, because missing a reason to exclude costs more time than the reverse.
  for (const kind of ['exclude', 'include'] as const) {
    for (const raw of kind === 'include' ? terms.include : terms.exclude) {
      const term = normaliseTerm(stripQuotes(raw));
      const body = termPattern(term);
      if (body === undefined) continue;
      const key = body;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ term, kind, pattern: new RegExp(`(?<!${wordChar})${body}(?!${wordChar})`, 'gu') });
    }
  }
  return { compiled: true, terms: out };
}

/**
 * The highlighted spans of `text`: ordered by start, non-overlapping, each covering a whole match of its
 * term. Where matches overlap, the one starting first wins, then the longer one, then the exclude term.
 */
export function highlight(text: string, terms: HighlightTerms | CompiledTerms): HighlightSpan[] {
  const compiled = 'compiled' in terms ? terms : compileTerms(terms);
  if (compiled.terms.length === 0 || text === '') return [];
  const folded = foldText(text);
  const candidates: (HighlightSpan & { order: number })[] = [];
  compiled.terms.forEach(({ term, kind, pattern }, order) => {
    pattern.lastIndex = 0;
    for (const m of folded.text.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      if (to === from || !onCharBoundaries(folded, from, to)) continue;
      candidates.push({ start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? 0, kind, term, order });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const spans: HighlightSpan[] = [];
  let reached = 0;
  for (const { start, end, kind, term } of candidates) {
    if (start < reached) continue;
    spans.push({ start, end, kind, term });
    reached = end;
  }
  return spans;
}

/** Cuts `text` into plain and highlighted segments, in order, that concatenate back to `text`. */
export function segmentText(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), kind: s.kind, term: s.term });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * The regular expression (without boundaries) that a term matches in folded text, or undefined for a
 * term with nothing to match. Exported for tests of the syntax.
 */
export function termPattern(term: string): string | undefined {
  const words = foldString(term)
    .split(/[\s\p{Pd}]+/u)
    .filter((w) => w !== '');
  if (!words.some((w) => /[^*]/.test(w))) return undefined;
  return words
    .map((w) =>
      /^\*+$/.test(w)
        ? `${wordChar}+`
        : w
            .split('*')
            .map(escapeRegExp)
            .join(`${wordChar}*`),
    )
    .join(separator);
}

/** A match may not start or end inside a character that folded to several units (ß → ss). */
function onCharBoundaries(folded: FoldedText, from: number, to: number): boolean {
  const startsClean = from === 0 || folded.starts[from] !== folded.starts[from - 1];
  const endsClean = to === folded.text.length || folded.starts[to] !== folded.starts[to - 1];
  return startsClean && endsClean;
}

function stripQuotes(term: string): string {
  const t = term.trim();
  const close = openQuotes.get(t[0] ?? '');
  if (close !== undefined && t.length >= 2 && (t.endsWith(close) || t.endsWith('"'))) return t.slice(1, -1);
  return t;
}

function normaliseTerm(term: string): string {
  return term.trim().replace(/\s+/gu, ' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
