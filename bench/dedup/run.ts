/**
 * De-duplication benchmark: every labelled set in ../shared/datasets/dedup/ against its gold, then
 * a 100,000-record scale run. Prints tables beside published figures and writes
 * bench/results/dedup.json.
 *   npx tsx bench/dedup/run.ts [--sets-only] [--scale-only] [--scale N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deduplicateWithStats } from '../../src/core/dedup/index.js';
import { loadSet, setNames, type LabelledSet } from './load.js';
import { falseMerges, pairwise, recordLevel, type Pairwise, type RecordLevel } from './metrics.js';
import { published } from './published.js';
import { buildScaleSet } from './scale.js';

const here = dirname(fileURLToPath(import.meta.url));

type SetResult = Readonly<{
  set: string;
  records: number;
  goldGroups: number;
  removable: number;
  recordLevel: RecordLevel;
  pairwise: Pairwise;
  falseMerges: number;
  possiblePairs: number;
  possibleRecords: number;
  possibleShare: number;
  seconds: number;
  /** CPU seconds of this process (all its threads) during the run: wall time on a shared machine also counts other processes. */
  cpuSeconds: number;
  peakRssMb: number;
  candidatePairs: number;
}>;

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

function evaluate(set: LabelledSet): SetResult {
  global.gc?.();
  peakRss = process.memoryUsage.rss();
  const timer = setInterval(sampleRss, 20);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const run = deduplicateWithStats(set.records);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  sampleRss();
  const ids = set.records.map((r) => r.id);
  const possibleIds = new Set(run.possible.flatMap((v) => [v.a, v.b]));
  return {
    set: set.name,
    records: set.records.length,
    goldGroups: set.gold.length,
    removable: set.gold.reduce((n, g) => n + g.length - 1, 0),
    recordLevel: recordLevel(ids, run.groups, set.gold),
    pairwise: pairwise(run.groups, set.gold),
    falseMerges: falseMerges(run.groups, set.gold),
    possiblePairs: run.possible.length,
    possibleRecords: possibleIds.size,
    possibleShare: possibleIds.size / set.records.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: peakRss / 2 ** 20,
    candidatePairs: run.stats.candidatePairs,
  };
}

const f = (x: number, d = 4): string => x.toFixed(d);
const pad = (s: string | number, n: number): string => String(s).padStart(n);

function printSets(results: readonly SetResult[]): void {
  console.log('\nRecord level (bib-dedupe counting) and pairwise (pairwise.mjs), automatic class only\n');
  console.log(
    [
      'set'.padEnd(30), pad('n', 6), pad('TP', 6), pad('FP', 4), pad('FN', 5), pad('TN', 6), pad('sens', 7), pad('spec', 7), pad('prec', 7),
      pad('F1', 7), pad('p-sens', 7), pad('p-prec', 7), pad('merges✗', 8), pad('poss%', 6), pad('sec', 6), pad('MB', 5),
    ].join(' '),
  );
  for (const r of results) {
    const x = r.recordLevel;
    console.log(
      [
        r.set.padEnd(30), pad(r.records, 6), pad(x.tp, 6), pad(x.fp, 4), pad(x.fn, 5), pad(x.tn, 6), pad(f(x.sensitivity), 7),
        pad(f(x.specificity), 7), pad(f(x.precision), 7), pad(f(x.f1), 7), pad(f(r.pairwise.sensitivity), 7), pad(f(r.pairwise.precision), 7),
        pad(r.falseMerges, 8), pad(f(r.possibleShare * 100, 2), 6), pad(f(r.seconds, 2), 6), pad(Math.round(r.peakRssMb), 5),
      ].join(' '),
    );
    for (const p of published[r.set] ?? []) {
      console.log(
        [
          `  ${p.tool}`.padEnd(30), pad('', 6), pad(p.tp, 6), pad(p.fp, 4), pad(p.fn, 5), pad(p.tn, 6), pad(f(p.sensitivity), 7),
          pad(f(p.specificity), 7), pad(f(p.precision), 7), pad(f(p.f1), 7), pad('', 7), pad('', 7), pad('', 8), pad('', 6), pad(p.runtime, 6),
        ].join(' '),
      );
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const scaleArg = args.indexOf('--scale');
  const scaleSize = scaleArg >= 0 ? Number(args[scaleArg + 1]) : 100_000;
  const output: Record<string, unknown> = { node: process.version, date: new Date().toISOString(), cores: cpus().length, loadAverageAtStart: loadavg() };

  if (!args.includes('--scale-only')) {
    const results: SetResult[] = [];
    for (const name of setNames) results.push(evaluate(loadSet(name)));
    printSets(results);
    output.sets = results;
  }
  if (!args.includes('--sets-only')) {
    const scale = buildScaleSet(scaleSize, 20240611);
    const r = evaluate(scale);
    console.log(`\nScale run: ${r.records} records (replicated and perturbed labelled sets, seed 20240611)`);
    console.log(
      `  ${f(r.seconds, 2)} s wall (${f(r.cpuSeconds, 2)} s CPU; load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores), peak RSS ${Math.round(r.peakRssMb)} MB, ${r.candidatePairs} candidate pairs; ` +
        `record-level sens ${f(r.recordLevel.sensitivity)} spec ${f(r.recordLevel.specificity)}, ` +
        `pairwise sens ${f(r.pairwise.sensitivity)} prec ${f(r.pairwise.precision)}, false merges ${r.falseMerges}, possible ${f(r.possibleShare * 100, 2)}%`,
    );
    console.log(`  targets: ≤ 20 s and ≤ 2048 MB → ${r.seconds <= 20 && r.peakRssMb <= 2048 ? 'met' : 'NOT met'}`);
    output.scale = r;
  }
  const file = join(here, '..', 'results', 'dedup.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(output, null, 2) + '\n');
  console.log(`\nwritten ${file}`);
}

main();
