import { createRandom } from './random.js';
import type { FeatureSpace } from './tfidf.js';
import { tokenize } from './tokenize.js';
import type { RankerConfig } from './types.js';

/** The feature columns a keyword phrase stands for: its terms, and its bigrams when bigrams are on. */
function columnsOf(features: FeatureSpace, phrases: readonly string[], config: RankerConfig): number[] {
  const names = new Set<string>();
  for (const phrase of phrases) {
    const words = tokenize(phrase, config.features.tokenize);
    for (let i = 0; i < words.length; i += 1) {
      names.add(words[i]!);
      if (config.features.ngramMax === 2 && i + 1 < words.length) names.add(`${words[i]!} ${words[i + 1]!}`);
    }
  }
  const columns: number[] = [];
  for (const name of names) {
    // terms are sorted (code-unit order), so a binary search finds a name's column.
    let lo = 0;
    let hi = features.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const term = features.terms[mid]!;
      if (term === name) {
        columns.push(mid);
        break;
      }
      if (term < name) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return columns;
}

/**
 * Scores before any include is known. With keywords: the TF-IDF weight a record gives the include
 * terms minus the weight it gives the exclude terms (a one-query relevance ranking). Without: a
 * seeded random order, which is what screening without a model is. Either way a tiny seeded jitter
 * orders records with equal evidence randomly, so the unmatched ones do not come in import order.
 */
export function coldStartScores(
  features: FeatureSpace,
  config: RankerConfig,
): Readonly<{ scores: Float64Array; source: 'keywords' | 'random' }> {
  const { matrix } = features;
  const random = createRandom(config.seed, 7);
  const scores = new Float64Array(matrix.rows);
  for (let r = 0; r < matrix.rows; r += 1) scores[r] = random.next() * 1e-9;
  const weightOf = new Map<number, number>();
  for (const column of columnsOf(features, config.includeTerms, config)) weightOf.set(column, 1);
  for (const column of columnsOf(features, config.excludeTerms, config)) weightOf.set(column, (weightOf.get(column) ?? 0) - 1);
  if (weightOf.size === 0) return { scores, source: 'random' };
  const { indptr, indices, values } = matrix;
  for (let r = 0; r < matrix.rows; r += 1) {
    for (let k = indptr[r]!, end = indptr[r + 1]!; k < end; k += 1) {
      const weight = weightOf.get(indices[k]!);
      if (weight !== undefined) scores[r]! += weight * values[k]!;
    }
  }
  return { scores, source: 'keywords' };
}
