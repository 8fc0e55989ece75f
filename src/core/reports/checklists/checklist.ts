import type { ReportTopicId } from '../model.js';

/**
 * One item of a reporting guideline, paraphrased (the guideline's own wording is cited, not copied), with
 * the report topics that answer it.
 */
export type ReportingItem = Readonly<{
  number: number;
  short: string;
  /** What the item asks, in our words. */
  asks: string;
  /** The group the guideline puts it in (eMERGe: the phase; ENTREQ: the domain). */
  group: string;
  /** Where the guideline expects it: Introduction, Methods, Findings or Discussion. */
  part: 'Introduction' | 'Methods' | 'Findings' | 'Discussion';
  /** Every topic the item needs; the item is reported only when all of them are. */
  topics: readonly ReportTopicId[];
}>;

export type ReportingChecklist = Readonly<{
  id: string;
  name: string;
  citation: string;
  items: readonly ReportingItem[];
}>;
