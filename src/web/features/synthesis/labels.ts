/** Words for the synthesis vocabulary, as a reviewer reads them (data keeps the values). */
import type { MemoTag } from '../../../core/synthesis/memo.js';
import type { ArgumentEdgeKind } from '../../../core/synthesis/line-of-argument.js';
import type { RefKind } from '../../../core/synthesis/entity-ref.js';
import type { TranslationKind } from '../../../core/synthesis/translation.js';
import type { TranslationOrder } from '../../../core/synthesis/translation-order.js';

export const orderKindLabels: Readonly<Record<TranslationOrder['kind'], string>> = {
  chronology: 'By date, oldest first',
  'index-study': 'Index study first',
  quality: 'By appraisal, best first',
  custom: 'Custom order',
};

export const memoTagLabels: Readonly<Record<MemoTag, string>> = {
  reflexive: 'Reflexive note',
  decision: 'Interpretive decision',
  'alternative-interpretation': 'Alternative interpretation',
  method: 'Method',
};

/** Edge kinds as the verb between two ideas ("A leads to B"). */
export const edgeKindLabels: Readonly<Record<ArgumentEdgeKind, string>> = {
  'leads-to': 'leads to',
  shapes: 'shapes',
  'in-tension-with': 'is in tension with',
  'part-of': 'is part of',
};

export const translationKindLabels: Readonly<Record<TranslationKind, string>> = {
  reciprocal: 'Reciprocal',
  refutational: 'Refutational',
};

export const refKindLabels: Readonly<Record<RefKind, string>> = {
  study: 'study',
  excerpt: 'excerpt',
  construct: 'construct',
  concept: 'concept',
  gridCell: 'grid cell',
  translation: 'translation',
  translationLink: 'translation link',
  thirdOrder: 'third-order construct',
  lineOfArgument: 'line of argument',
  memo: 'journal entry',
  comment: 'comment',
};

export const orderShort = (order: 1 | 2): string => (order === 1 ? '1st' : '2nd');
export const orderLong = (order: 1 | 2): string => (order === 1 ? 'First-order construct (participants’ words)' : 'Second-order construct (authors’ interpretation)');

/** Curly-quoted and shortened, for action labels and announcements. */
export function q(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
