import { AppError } from '../errors.js';
import { contextLength, type Selector } from './selectors.js';

/**
 * The selectors that describe `text.slice(start, end)`: a quote with its context and the position. With
 * `page` (1-based), `text` is that page's text, the position is page-local and a page selector is added.
 * Throws INVALID_ARGUMENT for an empty or out-of-range span (a programmer error, not user input).
 *
 * @example
 * describe('I came back to serve my people.', 7, 31)
 * // → [{ type: 'TextQuoteSelector', exact: 'back to serve my people.', prefix: 'I came ', suffix: '' },
 * //    { type: 'TextPositionSelector', start: 7, end: 31 }]
 */
export function describe(text: string, start: number, end: number, page?: number): Selector[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AppError('INVALID_ARGUMENT', `An excerpt needs 0 ≤ start < end ≤ ${text.length}; got ${start}–${end}.`, {
      start,
      end,
      length: text.length,
    });
  }
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) {
    throw new AppError('INVALID_ARGUMENT', `Pages are numbered from 1; got ${page}.`, { page });
  }
  const selectors: Selector[] = [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    { type: 'TextPositionSelector', start, end },
  ];
  if (page !== undefined) selectors.push({ type: 'PageSelector', page });
  return selectors;
}
