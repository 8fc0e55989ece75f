import { scoreCandidate, searchQuote, type QuoteMatch, type QuoteMiss } from './match-quote.js';
import { findSelector, type Selector, type TextQuoteSelector } from './selectors.js';

/** How an anchor was found, from most to least certain. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type Anchored = Readonly<{
  orphan: false;
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0–1, see `matchQuote`; compare scores of one excerpt, not across excerpts. */
  score: number;
  /** For a paged document: the 1-based page, and `start`/`end` are local to it. */
  page?: number;
}>;

/**
 * Why an excerpt could not be anchored: it has no quote selector; the quote is nowhere in the text (not
 * even approximately); or it is short and only found where its context disagrees.
 */
export type OrphanReason = 'missing-quote' | QuoteMiss;
export type Orphan = Readonly<{ orphan: true; reason: OrphanReason }>;
export type AnchorResult = Anchored | Orphan;

/**
 * Find an excerpt again in `document`, a text or the texts of its pages. Tries the stored position (when the
 * text there still equals the quote and the context agrees), then the exact quote scored by context and
 * position, then a fuzzy quote; an excerpt that none of them finds is an orphan, never a guess.
 *
 * For pages, the page named by the page selector is tried first with the page-local position; when the quote
 * is not exactly there, every page is searched and the best score wins, nearer pages winning ties.
 */
export function anchor(document: string | readonly string[], selectors: readonly Selector[]): AnchorResult {
  const quote = findSelector(selectors, 'TextQuoteSelector');
  if (!quote || quote.exact.length === 0) return { orphan: true, reason: 'missing-quote' };
  const position = findSelector(selectors, 'TextPositionSelector');
  if (typeof document === 'string') return anchorInText(document, quote, position);

  const pageSelector = findSelector(selectors, 'PageSelector');
  const stated = pageSelector && pageSelector.page <= document.length ? pageSelector.page : undefined;
  const others = document.map((_, i) => i + 1).filter((p) => p !== stated);
  // Nearer pages first, so that a tie in score goes to the page closest to where the excerpt was.
  if (stated !== undefined) others.sort((a, b) => Math.abs(a - stated) - Math.abs(b - stated) || a - b);

  let miss: OrphanReason = 'not-found';
  let best: Anchored | undefined;
  if (stated !== undefined) {
    const onPage = anchorInText(document[stated - 1] ?? '', quote, position);
    if (!onPage.orphan && onPage.method !== 'fuzzy') return { ...onPage, page: stated };
    if (onPage.orphan) miss = onPage.reason;
    else best = { ...onPage, page: stated };
  }
  // Not exactly on its page (re-paginated, or edited): the best-scoring match on any page. The score
  // rewards exactness and agreeing context, so an exact copy elsewhere beats a fuzzy one on the page
  // only when its context agrees too.
  for (const page of others) {
    const found = anchorInText(document[page - 1] ?? '', quote, undefined);
    if (found.orphan) {
      if (found.reason === 'context-mismatch') miss = found.reason;
      continue;
    }
    if (!best || found.score > best.score) best = { ...found, page };
  }
  return best ?? { orphan: true, reason: miss };
}

function anchorInText(
  text: string,
  quote: TextQuoteSelector,
  position: Readonly<{ start: number; end: number }> | undefined,
): AnchorResult {
  const options = { prefix: quote.prefix, suffix: quote.suffix, ...(position ? { hint: position.start } : {}) };
  if (position && text.slice(position.start, position.end) === quote.exact && contextAgrees(text, quote, position)) {
    const scored = scoreCandidate(text, quote.exact, { ...position, errors: 0 }, options);
    if (scored) return { orphan: false, start: position.start, end: position.end, method: 'position', score: scored.score };
  }
  const found = searchQuote(text, quote.exact, options);
  if ('miss' in found) return { orphan: true, reason: found.miss };
  return toAnchored(found);
}

function toAnchored(found: QuoteMatch): Anchored {
  return {
    orphan: false,
    start: found.start,
    end: found.end,
    method: found.errors === 0 ? 'quote' : 'fuzzy',
    score: found.score,
  };
}

/**
 * The stored position is trusted without a search only when the context around it is unchanged too: the
 * same words at the old offset amid shifted context are more likely another occurrence that moved there,
 * and the search, which compares every occurrence, will pick the right one.
 */
function contextAgrees(text: string, quote: TextQuoteSelector, at: Readonly<{ start: number; end: number }>): boolean {
  return (
    text.slice(Math.max(0, at.start - quote.prefix.length), at.start) === quote.prefix &&
    text.slice(at.end, at.end + quote.suffix.length) === quote.suffix
  );
}
