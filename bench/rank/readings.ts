/**
 * Which reading of WSS@95 and recall@10% REFERENCE.md's figures are in (`npm run bench:rank:readings`,
 * i.e. `npx tsx bench/rank/readings.ts [--seeds 0,1,2,3,4,5]`). A figure is only comparable with one
 * read the same way, and three readings are in use (see src/core/ranking/metrics.ts): the whole order
 * with the priors and a level reached when at least that share is found or screened (REFERENCE.md's
 * wording), the same without the priors, and ASReview Insights' (priors left out, WSS read at the
 * largest k with k / includes ≤ 95%). On a set with 15 includes the first waits for the 15th include,
 * Insights' for the 13th of the 14 after the prior: the last, most unusual include decides the one and
 * not the other.
 *
 * The reference method is run here as our engine emulates it (shared.ts) and each reading of its
 * orders is set beside REFERENCE.md per set; the reading whose figures lie closest is the one to
 * compare ours in. Our seeds draw other priors than the reference's, so per-set figures differ by the
 * draw; the mean absolute difference over the sets is what tells. Writes bench/results/rank-readings.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recallAfter, recallAt, workSavedAt, workSavedOverSampling } from '../../src/core/ranking/metrics.js';
import { prepareSimulation, runSimulation } from '../../src/core/ranking/simulate.js';
import { hasScreening, listSets, loadSet, readReference, referenceMethod, referenceSchedule, screeningDir } from './shared.js';

if (!hasScreening) {
  console.error(`Labelled sets not found in ${screeningDir} (set METAETHNO_SHARED).`);
  process.exit(2);
}
const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seeds = (at >= 0 ? args[at + 1]! : '0,1,2,3,4,5').split(',').map(Number);

type Labels = readonly number[];
const readings: Readonly<Record<string, { wss95: (whole: Labels) => number; recallAt10: (whole: Labels) => number }>> = {
  'whole order, at least the share (REFERENCE.md)': { wss95: (l) => workSavedAt(l, 0.95), recallAt10: (l) => recallAfter(l, 0.1) },
  'after the priors, at least the share': { wss95: (l) => workSavedAt(l.slice(2), 0.95), recallAt10: (l) => recallAfter(l.slice(2), 0.1) },
  'after the priors, Insights': { wss95: (l) => workSavedOverSampling(l.slice(2), 0.95), recallAt10: (l) => recallAt(l.slice(2), 0.1) },
};
const names = Object.keys(readings);
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const reference = readReference();

console.log(`The reference method (emulated), seeds ${seeds.join(', ')}, WSS@95 in each reading beside REFERENCE.md\n`);
type Figures = { wss95: number; recallAt10: number };
const rows: { set: string; reference: { wss95: number; recallAt10: number }; figures: Record<string, Figures> }[] = [];
for (const name of listSets()) {
  const ref = reference.get(name);
  if (ref === undefined) continue;
  const docs = loadSet(name);
  const prepared = prepareSimulation(docs, referenceMethod);
  const orders = seeds.map((seed) => {
    const { curve } = runSimulation(prepared, { seed, config: referenceMethod, schedule: referenceSchedule(docs.length) });
    return curve.slice(1).map((found, i) => found - curve[i]!);
  });
  const figures: Record<string, Figures> = Object.fromEntries(
    names.map((reading) => [reading, { wss95: mean(orders.map(readings[reading]!.wss95)), recallAt10: mean(orders.map(readings[reading]!.recallAt10)) }]),
  );
  rows.push({ set: name, reference: ref, figures });
  console.log(`${name.padEnd(36)} REFERENCE.md ${ref.wss95.toFixed(3)} | ${names.map((r) => figures[r]!.wss95.toFixed(3)).join(' | ')}`);
}
const summary = names.map((reading) => {
  const wss = rows.map((row) => row.figures[reading]!.wss95 - row.reference.wss95);
  const recall = rows.map((row) => row.figures[reading]!.recallAt10 - row.reference.recallAt10);
  return {
    reading,
    wss95: { mean: mean(rows.map((row) => row.figures[reading]!.wss95)), meanAbsoluteDifference: mean(wss.map(Math.abs)) },
    recallAt10: { mean: mean(rows.map((row) => row.figures[reading]!.recallAt10)), meanAbsoluteDifference: mean(recall.map(Math.abs)) },
  };
});
const referenceMeans = { wss95: mean(rows.map((row) => row.reference.wss95)), recallAt10: mean(rows.map((row) => row.reference.recallAt10)) };
console.log(`\nREFERENCE.md means: WSS@95 ${referenceMeans.wss95.toFixed(3)}, recall@10% ${referenceMeans.recallAt10.toFixed(3)}`);
for (const s of summary) {
  console.log(
    `${s.reading.padEnd(48)} WSS@95 mean ${s.wss95.mean.toFixed(3)}, mean |Δ| ${s.wss95.meanAbsoluteDifference.toFixed(3)} | recall@10% mean ${s.recallAt10.mean.toFixed(3)}, mean |Δ| ${s.recallAt10.meanAbsoluteDifference.toFixed(3)}`,
  );
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'rank-readings.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, seeds, referenceMethod, referenceMeans, summary, sets: rows }, null, 2)}\n`);
console.log(`written ${out}`);
