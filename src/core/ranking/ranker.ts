import { AppError } from '../errors.js';
import { resolveConfig } from './config.js';
import { scoreAll, type LabelledRows } from './engine.js';
import { createHasher } from './hash.js';
import { rankRows } from './order.js';
import { estimateRemaining } from './stopping.js';
import { buildFeatures, type FeatureSpace } from './tfidf.js';
import type { Label, RankDoc, Ranker, RankerConfig, RankerState } from './types.js';

/** Fingerprint of the records' ids and text, in canonical (id) order. */
export function recordsFingerprint(sortedDocs: readonly RankDoc[]): string {
  const hasher = createHasher();
  for (const doc of sortedDocs) hasher.update(doc.id).update(doc.title ?? '').update(doc.abstract ?? '');
  return hasher.digest();
}

/** The records in the ranker's canonical order (by id), with their ids checked unique. */
function canonicalDocs(docs: readonly RankDoc[]): RankDoc[] {
  const sorted = docs.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i]!.id === sorted[i - 1]!.id) {
      throw new AppError('INVALID_ARGUMENT', `Record id "${sorted[i]!.id}" occurs more than once.`, { id: sorted[i]!.id });
    }
  }
  return sorted;
}

/**
 * Creates the active-learning ranker over a fixed set of records. Features (TF-IDF over title +
 * abstract) are computed once here; `fit` retrains the model from scratch on the decisions given,
 * which keeps the order a pure function of (records, decisions, config) — the property that lets a
 * saved RankerState reproduce it. Records are held sorted by id, so the load order never matters.
 * Before any include is known the order comes from the cold start (config.includeTerms /
 * excludeTerms, else a seeded random order). Throws AppError INVALID_ARGUMENT on duplicate ids.
 */
export function createRanker(docs: readonly RankDoc[], config: Partial<RankerConfig> = {}): Ranker {
  const resolved = resolveConfig(config);
  const sorted = canonicalDocs(docs);
  const ids = sorted.map((doc) => doc.id);
  const rowOf = new Map(ids.map((id, row) => [id, row]));
  const features: FeatureSpace = buildFeatures(sorted, resolved.features);
  const recordsHash = recordsFingerprint(sorted);

  const toRows = (labels: ReadonlyMap<string, Label>): LabelledRows => {
    const pairs: [number, Label][] = [];
    for (const [id, label] of labels) {
      const row = rowOf.get(id);
      if (row !== undefined) pairs.push([row, label]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return { rows: Int32Array.from(pairs, (p) => p[0]), labels: Uint8Array.from(pairs, (p) => p[1]) };
  };

  let labelled: LabelledRows = { rows: new Int32Array(0), labels: new Uint8Array(0) };
  let current = scoreAll(features, labelled, resolved).scores;

  return {
    fit(labels) {
      labelled = toRows(labels);
      current = scoreAll(features, labelled, resolved).scores;
    },
    scores() {
      return new Map(ids.map((id, row) => [id, current[row]!]));
    },
    order(exclude) {
      const skip = new Uint8Array(ids.length);
      for (const row of labelled.rows) skip[row] = 1;
      if (exclude !== undefined) {
        for (const id of exclude) {
          const row = rowOf.get(id);
          if (row !== undefined) skip[row] = 1;
        }
      }
      return rankRows(current, ids, skip).map((row) => ids[row]!);
    },
    state() {
      return {
        version: 1,
        config: resolved,
        seed: resolved.seed,
        vocabularyHash: features.vocabularyHash,
        recordsHash,
        records: ids.length,
        training: Array.from(labelled.rows, (row, i) => [ids[row]!, labelled.labels[i] === 1 ? 1 : 0] as const),
      };
    },
    estimateRemainingRelevant(labels) {
      return estimateRemaining(features, toRows(labels), resolved);
    },
  };
}

/**
 * Rebuilds the ranker a saved state came from and refits it on the state's decisions. Throws
 * AppError INVALID_ARGUMENT when the records are not the ones the state was saved with (other ids or
 * other text), or when they give other features (a later version tokenises differently), since the
 * order could then not be reproduced.
 */
export function restoreRanker(docs: readonly RankDoc[], state: RankerState): Ranker {
  // A state saved before naive Bayes had variants holds none: it ran the single naive Bayes its
  // other fields describe, and the defaults of today must not fill that gap. Likewise a state saved
  // before the solvers' budget ran twelve passes (solverVisits absent).
  const ranker = createRanker(docs, {
    ...state.config,
    naiveBayesVariants: state.config.naiveBayesVariants ?? [],
    solverVisits: state.config.solverVisits,
  });
  const saved = ranker.state();
  if (saved.recordsHash !== state.recordsHash || saved.records !== state.records) {
    throw new AppError('INVALID_ARGUMENT', 'The records (ids or text) are not those the ranker state was saved with.', {
      expected: state.recordsHash,
      actual: saved.recordsHash,
    });
  }
  if (saved.vocabularyHash !== state.vocabularyHash) {
    throw new AppError('INVALID_ARGUMENT', 'The features differ from those the ranker state was saved with.', {
      expected: state.vocabularyHash,
      actual: saved.vocabularyHash,
    });
  }
  ranker.fit(new Map(state.training));
  return ranker;
}

/** The order a reviewer was shown when `state` was saved: unscreened records, best first. */
export function reproduceOrder(docs: readonly RankDoc[], state: RankerState, exclude?: ReadonlySet<string>): string[] {
  return restoreRanker(docs, state).order(exclude);
}
