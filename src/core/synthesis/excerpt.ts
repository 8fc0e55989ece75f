import { describe } from '../anchoring/describe.js';
import { findSelector, isSelector, type Selector } from '../anchoring/selectors.js';
import { AppError } from '../errors.js';
import { ExcerptId, StudyId } from './ids.js';
import { definedOnly, optionalText, requireText } from './validate.js';

/** A passage of a study's full text, anchored with W3C selectors so it can be found again. */
export type Excerpt = Readonly<{
  id: ExcerptId;
  studyId: StudyId;
  /** The full-text file it was taken from. */
  fileId?: string;
  /** 1-based page of that file. */
  page?: number;
  selectors: readonly Selector[];
  /** The exact quoted text (equal to the quote selector's `exact`). */
  text: string;
}>;

export type ExcerptInput = Readonly<{
  id: string;
  studyId: string;
  fileId?: string;
  page?: number;
  selectors: readonly Selector[];
  text: string;
}>;

export const Excerpt = {
  /** Validates and freezes an excerpt: its quote selector must quote exactly its text, its page must agree. */
  create(input: ExcerptInput): Excerpt {
    const text = requireText(input.text, 'Excerpt', 'text');
    if (!Array.isArray(input.selectors) || !input.selectors.every(isSelector)) {
      throw new AppError('INVALID_ARGUMENT', 'Excerpt.selectors must be W3C text selectors.', { entity: 'Excerpt' });
    }
    const quote = findSelector(input.selectors, 'TextQuoteSelector');
    if (!quote || quote.exact !== text) {
      throw new AppError('INVALID_ARGUMENT', 'An excerpt needs a TextQuoteSelector whose `exact` is its text.', {
        entity: 'Excerpt',
      });
    }
    if (input.page !== undefined && (!Number.isInteger(input.page) || input.page < 1)) {
      throw new AppError('INVALID_ARGUMENT', `Excerpt.page must be a page number from 1; got ${input.page}.`);
    }
    const pageSelector = findSelector(input.selectors, 'PageSelector');
    if (pageSelector && input.page !== undefined && pageSelector.page !== input.page) {
      throw new AppError('INVALID_ARGUMENT', 'Excerpt.page and its PageSelector disagree.', {
        page: input.page,
        selectorPage: pageSelector.page,
      });
    }
    return Object.freeze(
      definedOnly({
        id: ExcerptId.of(input.id),
        studyId: StudyId.of(input.studyId),
        fileId: optionalText(input.fileId, 'Excerpt', 'fileId'),
        page: input.page ?? pageSelector?.page,
        selectors: Object.freeze(input.selectors.map((s) => Object.freeze({ ...s }))),
        text,
      }),
    );
  },

  /**
   * An excerpt of `source[start, end)`, where `source` is the text of page `page` (or of the whole document
   * when no page is given), described with selectors.
   *
   * @example
   * Excerpt.fromSpan({ id: 'e1', studyId: 's1', source: pageText, start: 120, end: 184, page: 4, fileId: 'f1' })
   */
  fromSpan(
    input: Readonly<{ id: string; studyId: string; fileId?: string; page?: number; source: string; start: number; end: number }>,
  ): Excerpt {
    return Excerpt.create(
      definedOnly({
        id: input.id,
        studyId: input.studyId,
        fileId: input.fileId,
        page: input.page,
        selectors: describe(input.source, input.start, input.end, input.page),
        text: input.source.slice(input.start, input.end),
      }),
    );
  },
} as const;
