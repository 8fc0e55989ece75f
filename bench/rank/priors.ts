/**
 * How much a screening simulation owes to its prior (`npm run bench:rank:priors`, i.e.
 * `npx tsx bench/rank/priors.ts [--sets A,B]`). The benchmark and REFERENCE.md both draw one include
 * and one exclude per seed and average three seeds; on a set with few includes one unusual include as
 * the prior decides the figure. Here every include of a set is the prior in turn (with an exclude
 * drawn per include), for metaethno's ranker and for the reference method as this code base can
 * emulate it (REFERENCE.md: TF-IDF uni- and bigrams without stop words or stemming, sublinear tf,
 * max_df 0.95; linear SVM, C = 0.11, includes weighted n_exclude / n_include; refitted every n/150
 * decisions) — our tokeniser and solver, not scikit-learn's, so an emulation, not a replay.
 * Sets with many includes take at most --max-priors of them (default 20, evenly spaced by id).
 * Writes bench/results/rank-priors.json. Without --sets, every set (about 20 minutes on two cores).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../../src/core/ranking/config.js';
import { createRandom } from '../../src/core/ranking/random.js';
import { prepareSimulation, runSimulation } from '../../src/core/ranking/simulate.js';
import { hasScreening, listSets, loadSet, readReference, referenceMethod, referenceSchedule, screeningDir } from './shared.js';

if (!hasScreening) {
  console.error(`Labelled sets not found in ${screeningDir} (set METAETHNO_SHARED).`);
  process.exit(2);
}
const args = process.argv.slice(2);
const at = args.indexOf('--sets');
const filter = at >= 0 ? args[at + 1]?.split(',') : undefined;
const maxAt = args.indexOf('--max-priors');
const maxPriors = maxAt >= 0 ? Number(args[maxAt + 1]) : 20;

const ours = resolveConfig();

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const reference = readReference();
const rows = [];
console.log(`Every include as the prior (at most ${maxPriors} per set), ours vs the reference method as emulated here\n`);
for (const name of listSets().filter((set) => filter === undefined || filter.some((part) => set.includes(part)))) {
  const docs = loadSet(name);
  const started = performance.now();
  const preparedOurs = prepareSimulation(docs, ours);
  const preparedReference = prepareSimulation(docs, referenceMethod);
  const allIncludes = preparedOurs.docs.filter((d) => d.label === 1).map((d) => d.id);
  const step = Math.max(1, allIncludes.length / maxPriors);
  const includes = allIncludes.length <= maxPriors ? allIncludes : Array.from({ length: maxPriors }, (_, i) => allIncludes[Math.floor(i * step)]!);
  const excludes = preparedOurs.docs.filter((d) => d.label === 0).map((d) => d.id);
  const perPrior = includes.map((include, k) => {
    const exclude = excludes[createRandom(k, 7).int(excludes.length)]!;
    const prior = { include, exclude };
    const a = runSimulation(preparedOurs, { seed: k, config: ours, prior });
    const b = runSimulation(preparedReference, { seed: k, config: referenceMethod, prior, schedule: referenceSchedule(docs.length) });
    return { include, exclude, ours: { wss95: a.wss95, recallAt10: a.recallAt10 }, referenceMethod: { wss95: b.wss95, recallAt10: b.recallAt10 } };
  });
  const row = {
    set: name,
    priors: perPrior.length,
    includes: allIncludes.length,
    ours: { wss95: mean(perPrior.map((p) => p.ours.wss95)), recallAt10: mean(perPrior.map((p) => p.ours.recallAt10)) },
    referenceMethod: { wss95: mean(perPrior.map((p) => p.referenceMethod.wss95)), recallAt10: mean(perPrior.map((p) => p.referenceMethod.recallAt10)) },
    publishedReference: reference.get(name) ?? null,
    seconds: (performance.now() - started) / 1000,
    perPrior,
  };
  rows.push(row);
  const f = (x: number): string => x.toFixed(3).padStart(7);
  console.log(
    `${name.padEnd(40)} ${String(row.priors).padStart(4)} priors  WSS@95 ours ${f(row.ours.wss95)} ref-method ${f(row.referenceMethod.wss95)}  recall@10% ours ${f(row.ours.recallAt10)} ref-method ${f(row.referenceMethod.recallAt10)}  (REFERENCE.md, 3 draws: ${row.publishedReference ? `${f(row.publishedReference.wss95)} ${f(row.publishedReference.recallAt10)}` : 'none'})`,
  );
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'rank-priors.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, config: ours, referenceMethod, sets: rows }, null, 2)}\n`);
console.log(`written ${out}`);
