/**
 * Error analysis for one labelled set: prints missed gold pairs (with the verdict and whether
 * blocking found them) and false pairs (with their evidence). For tuning, not for CI.
 *   npx tsx bench/dedup/inspect.ts bibdedupe_cytology_screening [--limit 40] [--possible]
 */
import { compareInSet, deduplicateWithStats, type DedupRecord, type PairVerdict } from '../../src/core/dedup/index.js';
import { loadSet, normId, setNames, type SetName } from './load.js';
import { pairSet } from './metrics.js';

const name = process.argv[2] as SetName | undefined;
if (!name || !setNames.includes(name)) {
  console.error(`usage: inspect.ts <${setNames.join('|')}> [--limit N] [--possible]`);
  process.exit(2);
}
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 30;
const set = loadSet(name);
const byId = new Map(set.records.map((r) => [normId(r.id), r]));
const run = deduplicateWithStats(set.records);
// verdicts as deduplicate judges them, with what the set tells (recurring titles, meeting names…)
const judge = compareInSet(set.records);
console.log(JSON.stringify(run.stats));

const brief = (r: DedupRecord | undefined): string =>
  r
    ? `[${r.id}] ${r.year ?? '?'} | ${(r.title ?? '').slice(0, 110)} | ${r.authors
        .slice(0, 4)
        .map((a) => a.family + (a.given ? ' ' + a.given : ''))
        .join('; ')} | ${r.journal ?? ''} ${r.volume ?? ''}(${r.issue ?? ''}) ${r.pages ?? ''} | ${r.doi ?? ''} | ${r.type}`
    : '?';
const explain = (v: PairVerdict): string =>
  `${v.class} score=${v.score} rule=${v.rule}\n      ` + v.evidence.map((e) => `${e.field}:${e.weight} (${e.note})`).join('; ');

const gold = pairSet(set.gold);
const predicted = pairSet(run.groups);
const missed = [...gold].filter((p) => !predicted.has(p));
const extra = [...predicted].filter((p) => !gold.has(p));
console.log(`gold pairs ${gold.size}, predicted ${predicted.size}, missed ${missed.length}, false ${extra.length}, possible ${run.possible.length}`);

const show = (title: string, pairs: string[]): void => {
  console.log(`\n=== ${title} (${pairs.length}) ===`);
  for (const p of pairs.slice(0, limit)) {
    const [x = '', y = ''] = p.split('|');
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a || !b) continue;
    console.log(`- ${brief(a)}\n  ${brief(b)}\n    ${explain(judge(a.id, b.id))}`);
  }
};
show('missed gold pairs', missed);
show('false pairs', extra);
if (process.argv.includes('--possible')) {
  console.log(`\n=== possible (${run.possible.length}) ===`);
  for (const v of run.possible.slice(0, limit)) {
    const k = [normId(v.a), normId(v.b)].sort().join('|');
    console.log(`- gold=${gold.has(k)} ${brief(byId.get(normId(v.a)))}\n  ${brief(byId.get(normId(v.b)))}\n    ${explain(v)}`);
  }
}
