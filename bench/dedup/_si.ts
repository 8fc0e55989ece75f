import { buildScaleSet } from './scale.js';
import { deduplicate, compareRecords, type DedupRecord } from '../../src/core/dedup/index.js';
import { pairSet, falseMerges } from './metrics.js';
const set = buildScaleSet(Number(process.argv[2] ?? 30000), 20240611);
const run = deduplicate(set.records);
const gold = pairSet(set.gold); const pred = pairSet(run.groups);
const byId = new Map(set.records.map((r) => [r.id, r]));
const fp = [...pred].filter((p) => !gold.has(p));
console.log('fp', fp.length, 'false merges', falseMerges(run.groups, set.gold));
const brief = (r: DedupRecord) => `[${r.id}] ${r.year} | ${(r.title ?? '').slice(0, 80)} | ${r.authors.slice(0, 3).map((a) => a.family).join('; ')} | ${r.journal ?? ''} ${r.volume ?? ''} ${r.pages ?? ''} | ${r.doi ?? ''}`;
for (const p of fp.filter((x) => !x.includes('dblp_acm')).slice(0, 12)) {
  const [a, b] = p.split('|'); const ra = byId.get(a!)!, rb = byId.get(b!)!;
  const v = compareRecords(ra, rb);
  console.log('- ' + brief(ra) + '\n  ' + brief(rb) + `\n    ${v.class} ${v.score} ${v.rule} :: ` + v.evidence.map((e) => `${e.field}:${e.weight} ${e.note}`).join('; '));
}
