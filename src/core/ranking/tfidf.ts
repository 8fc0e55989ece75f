import { createHasher } from './hash.js';
import type { SparseMatrix } from './sparse.js';
import { englishStopwords } from './stopwords.js';
import { defaultTokenizeOptions, lightStem, tokenize, type TokenizeOptions } from './tokenize.js';
import type { RankDoc } from './types.js';

/**
 * How records become feature vectors. The defaults follow what works for screening in the literature
 * (ASReview's TF-IDF, Cormack & Grossman's BMI): word uni- and bigrams over title + abstract,
 * sublinear term frequency (1 + ln tf: the tenth "placebo" adds less than the second), smoothed idf
 * ln((1+N)/(1+df)) + 1, and rows scaled to unit L2 length so long abstracts do not dominate.
 */
export type FeatureOptions = Readonly<{
  tokenize: TokenizeOptions;
  /** 1 = unigrams only; 2 = unigrams and bigrams of adjacent terms within one field. */
  ngramMax: 1 | 2;
  /** Terms in fewer records than this are dropped: a term seen once cannot generalise. */
  minDf: number;
  /** Terms in more than this share of records are dropped (sklearn's max_df). */
  maxDf: number;
  sublinearTf: boolean;
  /** With stop words removed, also keep the bigrams that contain one (from the unfiltered text). */
  stopwordBigrams: boolean;
  /** Add each title word a second time as a title-only term, so title vocabulary can weigh more. */
  titleTerms: boolean;
}>;

export const defaultFeatureOptions: FeatureOptions = {
  tokenize: defaultTokenizeOptions,
  ngramMax: 2,
  minDf: 2,
  maxDf: 0.95,
  sublinearTf: true,
  titleTerms: false,
  stopwordBigrams: false,
};

export type FeatureSpace = Readonly<{
  /** Feature names in column order (sorted, so the columns do not depend on record order). */
  terms: readonly string[];
  idf: Float64Array;
  /** One row per record, in the order of the records given. */
  matrix: SparseMatrix;
  /** Fingerprint of the options and the vocabulary (see hash.ts). */
  vocabularyHash: string;
}>;

/** A growable Int32 array: document frequencies are counted per term id without a Map. */
function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Builds the TF-IDF space of a set of records: vocabulary from all of them (the unlabelled records
 * are known in screening, so their document frequencies are used too), then one sparse L2-normalised
 * row per record. Runs once per dataset; models only read the result.
 */
export function buildFeatures(docs: readonly RankDoc[], options: FeatureOptions = defaultFeatureOptions): FeatureSpace {
  // Term ids: unigrams and bigrams share one id space; a bigram is found through its first word's map,
  // so every key stays a small integer (fast Maps, typed-array counts).
  const unigramIds = new Map<string, number>();
  const bigramIds: Map<number, number>[] = [];
  const termWords: (readonly [number, number])[] = []; // [first word, second word or -1]
  const words: string[] = [];
  const termOf = (first: number, second: number): number => {
    if (second < 0) return first;
    const next = bigramIds[first]!;
    let id = next.get(second);
    if (id === undefined) {
      id = termWords.length;
      next.set(second, id);
      termWords.push([first, second]);
    }
    return id;
  };
  const wordId = (word: string): number => {
    let id = unigramIds.get(word);
    if (id === undefined) {
      id = termWords.length;
      unigramIds.set(word, id);
      termWords.push([id, -1]);
      words.push(word);
      bigramIds[id] = new Map();
    }
    return id;
  };

  let df = new Int32Array(1024);
  const docTerms: Int32Array[] = [];
  const docCounts: Int32Array[] = [];
  for (const doc of docs) {
    const terms: number[] = [];
    for (const field of [doc.title, doc.abstract]) {
      if (field === undefined || field === '') continue;
      const words = tokenize(field, options.tokenize);
      const ids = words.map(wordId);
      for (let i = 0; i < ids.length; i += 1) {
        terms.push(ids[i]!);
        if (options.ngramMax === 2 && i + 1 < ids.length) terms.push(termOf(ids[i]!, ids[i + 1]!));
      }
      if (options.stopwordBigrams && options.ngramMax === 2 && options.tokenize.stopwords) {
        // Bigrams that contain a function word ("effect of", "of nudge") from the unfiltered words.
        const raw = tokenize(field, { ...options.tokenize, stopwords: false, stem: 'none' });
        const stop = raw.map((w) => englishStopwords.has(w));
        const form = raw.map((w, i) => (stop[i] || options.tokenize.stem === 'none' ? w : lightStem(w)));
        for (let i = 0; i + 1 < raw.length; i += 1) {
          if (stop[i] === true || stop[i + 1] === true) terms.push(termOf(wordId(form[i]!), wordId(form[i + 1]!)));
        }
      }
      // A title word is also a term of its own ("title:trial"): what a record is about.
      if (options.titleTerms && field === doc.title) for (const word of words) terms.push(wordId(`title:${word}`));
    }
    const sorted = Int32Array.from(terms).sort();
    const unique: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < sorted.length; i += 1) {
      if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]! += 1;
      else {
        unique.push(sorted[i]!);
        counts.push(1);
      }
    }
    df = grow(df, termWords.length);
    for (const term of unique) df[term]! += 1;
    docTerms.push(Int32Array.from(unique));
    docCounts.push(Int32Array.from(counts));
  }

  const n = docs.length;
  const maxCount = options.maxDf * n;
  const wordOf = (id: number): string => words[unigramIndex(id)]!;
  // Unigram term ids are not contiguous (bigrams interleave), so map them to their word index once.
  const unigramIndexOf = new Map<number, number>();
  let w = 0;
  for (let id = 0; id < termWords.length; id += 1) if (termWords[id]![1] < 0) unigramIndexOf.set(id, w++);
  function unigramIndex(id: number): number {
    return unigramIndexOf.get(id)!;
  }
  const nameOf = (id: number): string => {
    const [first, second] = termWords[id]!;
    return second < 0 ? wordOf(first) : `${wordOf(first)} ${wordOf(second)}`;
  };
  const kept: { id: number; name: string }[] = [];
  for (let id = 0; id < termWords.length; id += 1) {
    const count = df[id]!;
    if (count >= options.minDf && count <= maxCount) kept.push({ id, name: nameOf(id) });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const column = new Int32Array(termWords.length).fill(-1);
  const idf = new Float64Array(kept.length);
  kept.forEach(({ id }, j) => {
    column[id] = j;
    idf[j] = Math.log((1 + n) / (1 + df[id]!)) + 1;
  });

  const indptr = new Int32Array(n + 1);
  let nnz = 0;
  for (let r = 0; r < n; r += 1) {
    for (const term of docTerms[r]!) if (column[term]! >= 0) nnz += 1;
    indptr[r + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  for (let r = 0; r < n; r += 1) {
    const entries: [number, number][] = [];
    const terms = docTerms[r]!;
    const counts = docCounts[r]!;
    for (let i = 0; i < terms.length; i += 1) {
      const j = column[terms[i]!]!;
      if (j < 0) continue;
      const count = counts[i]!;
      const tf = options.sublinearTf ? 1 + Math.log(count) : count;
      entries.push([j, tf * idf[j]!]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of entries) norm += v * v;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    let k = indptr[r]!;
    for (const [j, v] of entries) {
      indices[k] = j;
      values[k] = v * scale;
      k += 1;
    }
  }

  const hasher = createHasher().update(JSON.stringify(options));
  for (const { name } of kept) hasher.update(name);
  return {
    terms: kept.map((t) => t.name),
    idf,
    matrix: { rows: n, cols: kept.length, indptr, indices, values },
    vocabularyHash: hasher.digest(),
  };
}
