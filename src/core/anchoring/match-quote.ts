import { editDistance, findApproximateMatches } from './edit-distance.js';

/**
 * How much each signal counts towards a candidate's score. The quote dominates: context and position
 * only choose between candidates that match the quote about equally well (Hypothesis weighs its signals
 * in the same proportions).
 */
export const matchWeights = {
  /** Similarity of the candidate text to the stored quote. */
  quote: 50,
  /** Similarity of the text just before the candidate to the stored prefix. */
  prefix: 20,
  /** Similarity of the text just after the candidate to the stored suffix. */
  suffix: 20,
  /** Closeness to the position the quote had when it was described, relative to the text's length. */
  position: 2,
} as const;

/**
 * Limits that keep fuzzy matching from inventing an anchor. An excerpt that cannot be found is flagged as
 * an orphan for a person to re-anchor; a wrong span would silently attach evidence to the wrong words.
 */
export const matchLimits = {
  /** At most one edit per five characters of the quote (deleted, inserted or changed characters). */
  maxErrorRate: 0.2,
  /** Shorter quotes are only matched exactly: a few edits turn a short phrase into a different one. */
  minFuzzyQuoteLength: 12,
  /** Quotes at least this long identify themselves; shorter ones also need their context to agree. */
  selfIdentifyingLength: 32,
  /** The least context similarity (0–1) a short quote's candidate needs, when context was stored. */
  minShortQuoteContext: 0.5,
  /** Context similarity (0–1) at which an exact occurrence is taken without looking for fuzzy ones. */
  trustedContext: 0.75,
} as const;

export type MatchQuoteOptions = Readonly<{
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start (its old offset). */
  hint?: number;
  /** Skip the fuzzy search: report exact occurrences only. */
  exactOnly?: boolean;
}>;

export type QuoteMatch = Readonly<{
  start: number;
  end: number;
  /** 0–1; comparable between candidates for the same quote, not across quotes. */
  score: number;
  /** Edits between the quote and `text.slice(start, end)`; 0 for an exact match. */
  errors: number;
}>;

/** Why no candidate was good enough; `null` from {@link matchQuote} carries no reason, this does. */
export type QuoteMiss = 'not-found' | 'context-mismatch';

/** The most edits a fuzzy match of this quote may have. */
export function maxQuoteErrors(quote: string): number {
  return quote.length < matchLimits.minFuzzyQuoteLength ? 0 : Math.floor(quote.length * matchLimits.maxErrorRate);
}

/**
 * Find `quote` in `text`: exact occurrences first, then approximate ones (at most {@link maxQuoteErrors}
 * edits), each scored by quote similarity, context similarity and closeness to `hint`. Returns the best
 * candidate, or `null` when there is none good enough.
 *
 * @example
 * matchQuote('we came home to serve', 'home', { prefix: 'we came ', suffix: ' to' }) // → { start: 8, end: 12, … }
 */
export function matchQuote(text: string, quote: string, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const result = searchQuote(text, quote, options);
  return 'miss' in result ? null : result;
}

/** {@link matchQuote}, but saying why nothing matched. */
export function searchQuote(text: string, quote: string, options: MatchQuoteOptions = {}): QuoteMatch | { miss: QuoteMiss } {
  if (quote.length === 0) return { miss: 'not-found' };
  const exact = exactOccurrences(text, quote);
  const scoredExact = bestOf(text, quote, exact, options);
  // An exact occurrence whose context agrees (or with no context to check) settles it. One amid foreign
  // context may be a second use of the same words while the quoted passage itself was slightly edited,
  // so then fuzzy candidates compete with it on score.
  if (scoredExact && (scoredExact.context === undefined || scoredExact.context >= matchLimits.trustedContext)) {
    return scoredExact.match;
  }
  const maxErrors = options.exactOnly ? 0 : maxQuoteErrors(quote);
  const fuzzy = maxErrors > 0 ? findApproximateMatches(text, quote, maxErrors).filter((m) => m.errors > 0) : [];
  const best = bestOf(text, quote, [...exact, ...fuzzy], options);
  if (best) return best.match;
  return { miss: exact.length + fuzzy.length === 0 ? 'not-found' : 'context-mismatch' };
}

type Candidate = Readonly<{ start: number; end: number; errors: number }>;
type Scored = Readonly<{ match: QuoteMatch; context: number | undefined }>;

function bestOf(text: string, quote: string, candidates: readonly Candidate[], options: MatchQuoteOptions): Scored | undefined {
  let best: Scored | undefined;
  for (const candidate of candidates) {
    const scored = score(text, quote, candidate, options);
    if (scored === undefined) continue;
    const { match } = scored;
    if (!best || match.score > best.match.score || (match.score === best.match.score && match.start < best.match.start)) {
      best = scored;
    }
  }
  return best;
}

/**
 * A candidate's score, or undefined when a short quote's context disagrees so much that the candidate is
 * more likely a different occurrence of the same words than the passage that was quoted.
 */
export function scoreCandidate(text: string, quote: string, candidate: Candidate, options: MatchQuoteOptions): QuoteMatch | undefined {
  return score(text, quote, candidate, options)?.match;
}

function score(text: string, quote: string, candidate: Candidate, options: MatchQuoteOptions): Scored | undefined {
  const { start, end, errors } = candidate;
  let total = matchWeights.quote * Math.max(0, 1 - errors / quote.length);
  let weights = matchWeights.quote;
  // Context cut short by the start or end of the text (a page that now breaks elsewhere) is missing
  // evidence, not contrary evidence. The score counts it as unconfirmed (a candidate with its whole context
  // agreeing beats one with half of it), but the short-quote check below judges only what could be compared.
  let agreed = 0;
  let comparedWeight = 0;
  let fullWeight = 0;
  /** `expected`: the stored context; `comparable`: the part of it that has text to compare with here. */
  const compare = (weight: number, expected: string, comparable: string, actual: string): void => {
    fullWeight += weight;
    if (comparable.length === 0) return;
    const part = (weight * comparable.length) / expected.length;
    agreed += part * similarity(comparable, actual);
    comparedWeight += part;
  };
  if (options.prefix) {
    const available = Math.min(options.prefix.length, start);
    const comparable = available === 0 ? '' : options.prefix.slice(-available);
    compare(matchWeights.prefix, options.prefix, comparable, text.slice(start - available, start));
  }
  if (options.suffix) {
    const available = Math.min(options.suffix.length, text.length - end);
    compare(matchWeights.suffix, options.suffix, options.suffix.slice(0, available), text.slice(end, end + available));
  }
  const contextScore = comparedWeight > 0 ? agreed / comparedWeight : undefined;
  if (contextScore !== undefined && quote.length < matchLimits.selfIdentifyingLength && contextScore < matchLimits.minShortQuoteContext) {
    return undefined;
  }
  total += agreed;
  weights += fullWeight;
  if (options.hint !== undefined) {
    total += matchWeights.position * (1 - Math.min(1, Math.abs(start - options.hint) / Math.max(1, text.length)));
    weights += matchWeights.position;
  }
  return { match: { start, end, errors, score: total / weights }, context: contextScore };
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/** 1 for equal strings, falling to 0 as the edit distance reaches the expected string's length. */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}
