/**
 * Accuracy of a de-duplication against gold groups, counted two ways:
 *
 * Record level, as bib-dedupe's `compare_dedupe_id` counts (published_results_bib_dedupe.md): each
 * predicted group keeps one record (its first member in file order) and removes the others.
 *   - a gold-unique record that is kept: TN; removed: FP;
 *   - a gold group with k ≥ 1 members kept: TN += 1, FN += k − 1, TP += size − k;
 *     with no member kept (all merged into other studies' groups): FP += 1, TP += size − 1.
 *   sensitivity = TP/(TP+FN), specificity = TN/(TN+FP), precision = TP/(TP+FP).
 * Pairwise, as ../shared/checks/pairwise.mjs: every pair inside a predicted group against every
 * pair inside a gold group (ids compared without "id_" prefix and leading zeros).
 */
import { normId } from './load.js';

export type RecordLevel = Readonly<{ tp: number; fp: number; fn: number; tn: number; sensitivity: number; specificity: number; precision: number; f1: number }>;
export type Pairwise = Readonly<{ goldPairs: number; predictedPairs: number; truePairs: number; sensitivity: number; precision: number; f1: number }>;

const safe = (num: number, den: number, empty = 1): number => (den === 0 ? empty : num / den);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Record-level counts; `order` gives each id's position in the file (the first member is kept). */
export function recordLevel(
  ids: readonly string[],
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): RecordLevel {
  const position = new Map(ids.map((id, i) => [normId(id), i]));
  const kept = new Set(ids.map(normId));
  for (const g of predicted) {
    const members = g.map(normId).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    for (const m of members.slice(1)) kept.delete(m);
  }
  const inGold = new Set(gold.flat().map(normId));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const id of ids) {
    const n = normId(id);
    if (inGold.has(n)) continue;
    if (kept.has(n)) tn++;
    else fp++;
  }
  for (const g of gold) {
    const k = g.filter((id) => kept.has(normId(id))).length;
    if (k === 0) {
      fp += 1;
      tp += g.length - 1;
    } else {
      tn += 1;
      fn += k - 1;
      tp += g.length - k;
    }
  }
  const sensitivity = safe(tp, tp + fn);
  const precision = safe(tp, tp + fp);
  return { tp, fp, fn, tn, sensitivity, specificity: safe(tn, tn + fp), precision, f1: f1(precision, sensitivity) };
}

export function pairSet(groups: readonly (readonly string[])[]): Set<string> {
  const set = new Set<string>();
  for (const g of groups) {
    const ids = [...new Set(g.map(normId))].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) set.add(`${ids[i]}|${ids[j]}`);
  }
  return set;
}

export function pairwise(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): Pairwise {
  const g = pairSet(gold);
  const p = pairSet(predicted);
  let truePairs = 0;
  for (const x of p) if (g.has(x)) truePairs++;
  const sensitivity = safe(truePairs, g.size);
  const precision = safe(truePairs, p.size);
  return { goldPairs: g.size, predictedPairs: p.size, truePairs, sensitivity, precision, f1: f1(precision, sensitivity) };
}

/** Predicted groups that join records of two or more gold entities (each such merge loses a study). */
export function falseMerges(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): number {
  const entity = new Map<string, number>();
  gold.forEach((g, i) => {
    for (const id of g) entity.set(normId(id), i);
  });
  let count = 0;
  for (const g of predicted) {
    const entities = new Set(g.map((id) => entity.get(normId(id)) ?? `single:${normId(id)}`));
    if (entities.size > 1) count++;
  }
  return count;
}
