import { englishStopwords } from './stopwords.js';

/** How text becomes terms. Part of the ranker's configuration (and of its saved state). */
export type TokenizeOptions = Readonly<{
  /** Drop English function words (see stopwords.ts) before bigrams are formed. */
  stopwords: boolean;
  /** 'light': the S-stemmer of Harman (1991), which only folds plurals ("trials" → "trial"). */
  stem: 'none' | 'light';
  /** Drop tokens made only of digits (years, doses, page numbers): they rarely carry topic. */
  dropNumbers: boolean;
}>;

export const defaultTokenizeOptions: TokenizeOptions = { stopwords: true, stem: 'light', dropNumbers: true };

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Normalises free text for tokenising: drops HTML/JATS markup (OpenAlex abstracts contain `<h3>`,
 * `<jats:p>`), decodes the common entities, folds case and strips diacritics (NFKD), so "Überblick",
 * "uberblick" and "UBERBLICK" are one term.
 */
export function normaliseText(text: string): string {
  // Entities first, so escaped markup ("&lt;SUBTITLE&gt;" in OpenAlex titles) is dropped as markup too.
  // A tag must start with a letter or "/", so "p < 0.05 and q > 0.1" is not taken for one.
  return text
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
      if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10) || 32);
      return entities[lower] ?? whole;
    })
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The S-stemmer (Harman 1991): conservative plural folding that never merges unrelated words. */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) {
    return word.slice(0, -1);
  }
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const wordPattern = /[a-z0-9]+/g;
const digitsOnly = /^[0-9]+$/;

/**
 * Splits one field (a title or an abstract) into terms: runs of letters and digits of at least two
 * characters, after normalisation, stop-word removal and optional stemming. Bigrams are formed by the
 * caller from this list, so they never span two fields.
 */
export function tokenize(text: string, options: TokenizeOptions = defaultTokenizeOptions): string[] {
  const out: string[] = [];
  for (const match of normaliseText(text).matchAll(wordPattern)) {
    const word = match[0];
    if (word.length < 2) continue;
    if (options.dropNumbers && digitsOnly.test(word)) continue;
    if (options.stopwords && englishStopwords.has(word)) continue;
    out.push(options.stem === 'light' ? lightStem(word) : word);
  }
  return out;
}
