import { createRandom } from '../../src/core/ranking/random.js';
import { createRanker } from '../../src/core/ranking/ranker.js';
import type { Label, LabelledDoc, RankerConfig } from '../../src/core/ranking/types.js';

export type StoppingCheckpoint = Readonly<{
  screenedShare: number;
  screened: number;
  truth: number;
  estimate: number;
  low: number;
  high: number;
}>;
export type StoppingCheck = Readonly<{ set: string; checkpoints: readonly StoppingCheckpoint[] }>;

/**
 * Screens a set with the ranker in 50 batches of top-ranked records (one random include and one
 * random exclude first, seed 0) and asks the stopping aid at 10%, 25% and 50% screened how many
 * includes are left, beside the true number.
 */
export function measureStopping(set: string, docs: readonly LabelledDoc[], config: RankerConfig): StoppingCheck {
  const random = createRandom(0, 0);
  const includes = docs.filter((d) => d.label === 1);
  const excludes = docs.filter((d) => d.label === 0);
  const labels = new Map<string, Label>([
    [includes[random.int(includes.length)]!.id, 1],
    [excludes[random.int(excludes.length)]!.id, 0],
  ]);
  const labelOf = new Map(docs.map((doc) => [doc.id, doc.label]));
  const ranker = createRanker(docs, { ...config, seed: 0 });
  const batch = Math.ceil(docs.length / 50);
  const checkpoints: StoppingCheckpoint[] = [];
  for (const share of [0.1, 0.25, 0.5]) {
    const target = Math.round(share * docs.length);
    while (labels.size < target) {
      ranker.fit(labels);
      for (const id of ranker.order().slice(0, Math.min(batch, target - labels.size))) labels.set(id, labelOf.get(id)!);
    }
    let found = 0;
    for (const label of labels.values()) found += label;
    const estimate = ranker.estimateRemainingRelevant(labels);
    checkpoints.push({
      screenedShare: share,
      screened: labels.size,
      truth: includes.length - found,
      estimate: estimate.estimate,
      low: estimate.low,
      high: estimate.high,
    });
  }
  return { set, checkpoints };
}
