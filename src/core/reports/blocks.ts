/**
 * Constructors for report blocks, so section builders read as prose: `paragraph('We searched ', bold(x))`.
 */
import { paragraphsOf } from './format.js';
import type { Inline, ListBlock, ParagraphBlock, ParagraphTone, QuoteBlock, ReportBlock, ReportSection, Run } from './model.js';

type Part = string | Run;

/** Runs from parts, empty parts dropped and the whole trimmed at both ends (sentences are often joined with a trailing space). */
function runsOf(parts: readonly Part[]): Inline {
  const runs: Run[] = parts.map((p) => (typeof p === 'string' ? { text: p } : p)).filter((r) => r.text !== '');
  const first = runs[0];
  if (first) runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs.at(-1);
  if (last) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return runs.filter((r) => r.text !== '');
}

export const bold = (text: string): Run => ({ text, strong: true });
export const italic = (text: string): Run => ({ text, em: true });

export function paragraph(...parts: Part[]): ParagraphBlock {
  return { kind: 'paragraph', runs: runsOf(parts), tone: 'normal' };
}

export function toned(tone: ParagraphTone, ...parts: Part[]): ParagraphBlock {
  return { kind: 'paragraph', runs: runsOf(parts), tone };
}

/** A small-print note: a caveat or a provisional number. */
export const note = (...parts: Part[]): ParagraphBlock => toned('note', ...parts);

/** What is not yet recorded, and where to record it: rendered distinctly, never mistaken for content. */
export const missing = (text: string): ParagraphBlock => toned('missing', text);

/** A plain statement of missing authors' text: `Not yet written — record <what> in <where>.` */
export function notWritten(what: string, where: string): string {
  return `Not yet written — record ${what} in ${where}.`;
}

/** A plain statement of missing data: `Not yet recorded — <action> in <where>.` */
export function notRecorded(action: string, where: string): string {
  return `Not yet recorded — ${action} in ${where}.`;
}

export function list(items: readonly (Part | readonly Part[])[], ordered = false): ListBlock {
  return { kind: 'list', ordered, items: items.map((i) => runsOf(Array.isArray(i) ? (i as readonly Part[]) : [i as Part])) };
}

export function quote(text: string, study: string, order: 1 | 2, page?: number): QuoteBlock {
  return { kind: 'quote', text, study, order, ...(page !== undefined ? { page } : {}) };
}

/** The authors' text as paragraphs (split at blank lines), optionally led by a bold label. */
export function prose(text: string, label?: string): ParagraphBlock[] {
  return paragraphsOf(text).map((p, i) => (i === 0 && label ? paragraph(bold(`${label} `), p) : paragraph(p)));
}

export function section(
  id: string,
  heading: string,
  level: ReportSection['level'],
  blocks: readonly ReportBlock[],
  major = false,
): ReportSection {
  return { id, heading, level, major, blocks };
}
