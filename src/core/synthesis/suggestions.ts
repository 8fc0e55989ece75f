import { AppError } from '../errors.js';
import type { Construct, ConstructOrder } from './construct.js';
import type { ConstructId, StudyId } from './ids.js';
import type { SynthesisState } from './state.js';
import { SuggestionDecision } from './suggestion-decision.js';
import { tokenize } from './tokenize.js';

export type Suggestion = Readonly<{
  constructId: ConstructId;
  studyId: StudyId;
  /** Cosine similarity of TF-IDF vectors, 0–1. */
  score: number;
  /** The terms both constructs use, most telling first: the explanation shown with the suggestion. */
  sharedTerms: readonly string[];
}>;

export type SuggestOptions = Readonly<{
  /** Orders of candidate constructs (default: second-order only, as translation works on author themes). */
  orders?: readonly ConstructOrder[];
  /** Also return pairs a reviewer already accepted or rejected (default false). */
  includeDecided?: boolean;
  /** How many shared terms to give per suggestion (default 6). */
  maxTerms?: number;
}>;

type Vector = ReadonlyMap<string, number>;

/**
 * TF-IDF weights over the constructs' label and text: sub-linear term frequency (1 + ln tf) times smoothed
 * inverse document frequency (ln((1 + N) / (1 + df)) + 1), L2-normalised so a dot product is the cosine.
 */
export function constructVectors(constructs: readonly Construct[]): Map<ConstructId, Vector> {
  // The label counts twice: it is the team's distilled name for the idea, the text its elaboration.
  const terms = new Map(constructs.map((c) => [c.id, tokenize(`${c.label} ${c.label} ${c.text}`)] as const));
  const df = new Map<string, number>();
  for (const list of terms.values()) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = constructs.length;
  const vectors = new Map<ConstructId, Vector>();
  for (const [id, list] of terms) {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      weights.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [t, w] of weights) weights.set(t, w / norm);
    vectors.set(id, weights);
  }
  return vectors;
}

/**
 * The `k` constructs from other studies most similar to a construct, with the terms that make them so.
 * Pairs a reviewer already decided are left out unless asked for. Ties are broken by id, so the list is
 * deterministic. Throws ENTITY_NOT_FOUND for an unknown construct.
 *
 * @example
 * suggestSimilar(state, ConstructId.of('c-oman-duty'), 3) // → [{ constructId: 'c-arif-serve', score: 0.41, sharedTerms: ['serve', 'community'] }, …]
 */
export function suggestSimilar(model: SynthesisState, constructId: ConstructId, k: number, options: SuggestOptions = {}): Suggestion[] {
  const target = model.constructs.find((c) => c.id === constructId);
  if (!target) throw new AppError('ENTITY_NOT_FOUND', `No construct ${constructId}.`, { id: constructId });
  const orders = options.orders ?? [2];
  const maxTerms = options.maxTerms ?? 6;
  const vectors = constructVectors(model.constructs);
  const decided = new Set(model.suggestionDecisions.map((d) => SuggestionDecision.key(d.constructIds)));
  const tv = vectors.get(target.id) ?? new Map<string, number>();
  const out: Suggestion[] = [];
  for (const c of model.constructs) {
    if (c.studyId === target.studyId || !orders.includes(c.order)) continue;
    if (!options.includeDecided && decided.has(SuggestionDecision.key(SuggestionDecision.pair(target.id, c.id)))) continue;
    const cv = vectors.get(c.id) ?? new Map<string, number>();
    const contributions: [string, number][] = [];
    let score = 0;
    for (const [t, w] of tv) {
      const other = cv.get(t);
      if (other === undefined) continue;
      contributions.push([t, w * other]);
      score += w * other;
    }
    if (score <= 0) continue;
    contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push({
      constructId: c.id,
      studyId: c.studyId,
      score: Math.min(1, score),
      sharedTerms: contributions.slice(0, maxTerms).map(([t]) => t),
    });
  }
  out.sort((a, b) => b.score - a.score || (a.constructId < b.constructId ? -1 : 1));
  return out.slice(0, Math.max(0, k));
}
