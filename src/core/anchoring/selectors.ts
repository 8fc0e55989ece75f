/**
 * W3C Web Annotation selectors, in the shapes Hypothesis stores. An excerpt keeps several of them so that
 * it can be found again when the text it was taken from changes (a re-extracted PDF, a corrected OCR).
 */

/** The quoted text and up to {@link contextLength} characters either side of it. */
export type TextQuoteSelector = Readonly<{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }>;

/**
 * Character offsets (UTF-16 code units, end exclusive). When a {@link PageSelector} is present the offsets
 * are local to that page's text, otherwise they are offsets into the whole document text.
 */
export type TextPositionSelector = Readonly<{ type: 'TextPositionSelector'; start: number; end: number }>;

/** The 1-based page of a paged document (a PDF) the excerpt was taken from. */
export type PageSelector = Readonly<{ type: 'PageSelector'; page: number }>;

export type Selector = TextQuoteSelector | TextPositionSelector | PageSelector;
export type SelectorType = Selector['type'];

/** Characters of context kept either side of a quote; Hypothesis keeps the same amount. */
export const contextLength = 32;

/** The first selector of a given type, if the list has one. */
export function findSelector<T extends SelectorType>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  for (const selector of selectors) {
    if (isSelectorOfType(selector, type)) return selector;
  }
  return undefined;
}

function isSelectorOfType<T extends SelectorType>(selector: Selector, type: T): selector is Extract<Selector, { type: T }> {
  return selector.type === type;
}

/** True when `value` has the shape of one of our selectors (for data read back from storage or an API). */
export function isSelector(value: unknown): value is Selector {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v['type']) {
    case 'TextQuoteSelector':
      return typeof v['exact'] === 'string' && typeof v['prefix'] === 'string' && typeof v['suffix'] === 'string';
    case 'TextPositionSelector':
      return isOffset(v['start']) && isOffset(v['end']) && (v['start'] as number) <= (v['end'] as number);
    case 'PageSelector':
      return typeof v['page'] === 'number' && Number.isInteger(v['page']) && v['page'] >= 1;
    default:
      return false;
  }
}

const isOffset = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
