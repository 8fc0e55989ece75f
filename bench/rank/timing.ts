import { createRandom, shuffled } from '../../src/core/ranking/random.js';
import { createRanker } from '../../src/core/ranking/ranker.js';
import type { Label, LabelledDoc, RankerConfig } from '../../src/core/ranking/types.js';

export type TimingStage = Readonly<{
  labelledBefore: number;
  samples: number;
  medianMs: number;
  p90Ms: number;
  fitMedianMs: number;
  orderMedianMs: number;
}>;
export type TimingResult = Readonly<{ records: number; featureMs: number; stages: readonly TimingStage[] }>;

const quantile = (values: readonly number[], q: number): number => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/**
 * Times what the product does after each decision at `records` records drawn (seeded) from the
 * real labelled sets: `fit` on all decisions so far, then `order()` of the unscreened records.
 * Measured over `decisions` consecutive decisions at three points of a screening: right after
 * the prior knowledge, after 1,000 decisions and after 3,000 (reached in batches of top-ranked
 * records, as a reviewer would).
 */
export function measureTiming(pool: readonly LabelledDoc[], config: RankerConfig, records = 10_000, decisions = 30): TimingResult {
  const docs = shuffled(pool, createRandom(42, 5)).slice(0, records);
  const labelOf = new Map(docs.map((doc) => [doc.id, doc.label]));
  const started = performance.now();
  const ranker = createRanker(docs, config);
  const featureMs = performance.now() - started;

  const labels = new Map<string, Label>();
  labels.set(docs.find((d) => d.label === 1)!.id, 1);
  labels.set(docs.find((d) => d.label === 0)!.id, 0);
  ranker.fit(labels);
  let order = ranker.order();

  const stages: TimingStage[] = [];
  for (const target of [labels.size, 1000, 3000]) {
    while (labels.size < target) {
      const batch = order.slice(0, Math.min(250, target - labels.size));
      for (const id of batch) labels.set(id, labelOf.get(id)!);
      ranker.fit(labels);
      order = ranker.order();
    }
    const total: number[] = [];
    const fit: number[] = [];
    const rank: number[] = [];
    const before = labels.size;
    for (let i = 0; i < decisions; i += 1) {
      const next = order[0]!;
      labels.set(next, labelOf.get(next)!);
      const t0 = performance.now();
      ranker.fit(labels);
      const t1 = performance.now();
      order = ranker.order();
      const t2 = performance.now();
      fit.push(t1 - t0);
      rank.push(t2 - t1);
      total.push(t2 - t0);
    }
    stages.push({
      labelledBefore: before,
      samples: decisions,
      medianMs: quantile(total, 0.5),
      p90Ms: quantile(total, 0.9),
      fitMedianMs: quantile(fit, 0.5),
      orderMedianMs: quantile(rank, 0.5),
    });
  }
  return { records: docs.length, featureMs, stages };
}
