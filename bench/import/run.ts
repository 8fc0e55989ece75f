// Import benchmark: our RIS parser against citation-js on the same generated 50,000-record file (citation-js fed
// one record at a time, its fast path), and 100,000 records imported end to end into an embedded PGlite store.
// `npm run bench:import [-- --quick]`; figures to bench/results/import.json (`-- --parse-only`: the parse
// comparison alone, printed, nothing written).
//
// Parse timing: each parser first does one untimed run over the whole file (so that both are measured as
// warm, JIT-compiled code, as in a server that imports more than one file), then the timed runs alternate
// ours / theirs, so that both see the same load on a shared, noisy machine; the figures are the medians.
// (Before, each parser's runs came in one block and its first, cold run counted: with 2 runs in the quick
// mode the median was half cold code.) Our parser's format is detected as an import detects it
// (detectFormat on the first 64 KB); before, readText parsed those 64 KB in full just to name the format,
// a second parse of 30-odd records that no import does (2-10 ms here, up to a tenth of a quick-mode run).
// The import also records the process's CPU time (all its threads) and the load average: PGlite runs in
// this process, so on a shared machine the CPU seconds tell the import's own cost when the wall-clock
// time includes waiting for a core.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { addSearch, createProject, ensureLocalOwner, importFiles, openApp } from '../../src/app/index.js';
import { DETECT_CHARS } from '../../src/core/formats/read.js';
import { detectFormat } from '../../src/core/formats/registry.js';
import { median, writeResults } from '../support.js';
import { generateRis } from './generate.js';

const quick = process.argv.includes('--quick');
const parseRecords = quick ? 5_000 : 50_000;
const importRecords = quick ? 10_000 : 100_000;
const runs = 5;

const text = generateRis(parseRecords);
const mb = Buffer.byteLength(text) / 1048576;
console.log(`RIS file: ${parseRecords} records, ${mb.toFixed(1)} MB`);

// Both parsers produce every record and hand it on (counted, not kept), as an import does: the import
// streams records into the store in batches, and citation-js's fast path parses one record at a time.
const parseOurs = (): number => {
  const t = performance.now();
  // Detection on the first 64 KB, then the detected format's parser, as an import reads a file.
  const detected = detectFormat(text.slice(0, DETECT_CHARS), 'bench.ris');
  if (detected?.format.id !== 'ris') throw new Error(`detected ${detected?.format.id ?? 'nothing'}`);
  const parser = detected.format.createParser({ fileName: 'bench.ris' });
  let n = 0;
  for (let o = 0; o < text.length; o += 1 << 20) n += parser.push(text.slice(o, o + (1 << 20))).length;
  n += parser.end().length;
  const ms = performance.now() - t;
  if (n !== parseRecords) throw new Error(`our parser read ${n} records`);
  return ms;
};
const parseTheirs = (): number => {
  const t = performance.now();
  let n = 0;
  for (const rec of text.split(/\r?\n(?=TY {2}- )/)) {
    n += new Cite(rec, { forceType: '@ris/file' }).data.length;
  }
  const ms = performance.now() - t;
  if (n !== parseRecords) throw new Error(`citation-js read ${n} records`);
  return ms;
};

parseOurs();
parseTheirs();
const ours: number[] = [];
const theirs: number[] = [];
for (let r = 0; r < runs; r++) {
  ours.push(parseOurs());
  theirs.push(parseTheirs());
}

const oursMs = median(ours);
const theirsMs = median(theirs);
const ratio = theirsMs / oursMs;
console.log(`parse  ours ${oursMs.toFixed(0)} ms (${((parseRecords / oursMs) * 1000).toFixed(0)} rec/s)   citation-js ${theirsMs.toFixed(0)} ms   ratio ${ratio.toFixed(2)}x (target >= 3x)`);

if (process.argv.includes('--parse-only')) process.exit(0);

const big = generateRis(importRecords, 7);
const dir = mkdtempSync(join(tmpdir(), 'metaethno-bench-'));
const app = await openApp({ dataDir: join(dir, 'data') });
let importMs = 0;
let importCpuMs = 0;
let peakRss = process.memoryUsage().rss;
try {
  const owner = await ensureLocalOwner(app);
  const project = await createProject(app, owner, { name: 'bench' });
  const search = await addSearch(app, owner, project.id, { source: 'Generated' });
  const bytes = Buffer.from(big, 'utf8');
  const chunkSize = 1 << 20;
  const chunks = function* (): Generator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  };
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const summary = await importFiles(app, owner, { projectId: project.id, searchId: search.id, files: [{ name: 'bench.ris', chunks: chunks() }] });
  importMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  importCpuMs = (used.user + used.system) / 1000;
  clearInterval(timer);
  if (summary.records !== importRecords) throw new Error(`imported ${summary.records}`);
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`import ${importRecords} records into PGlite end to end: ${(importMs / 1000).toFixed(1)} s (target <= 30 s; CPU ${(importCpuMs / 1000).toFixed(1)} s, load average ${loadavg()[0]!.toFixed(1)}), peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);

const path = writeResults('import', {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  parse: { records: parseRecords, megabytes: Number(mb.toFixed(2)), runs, warmUpRuns: 1, oursMedianMs: Math.round(oursMs), citationJsMedianMs: Math.round(theirsMs), peer: '@citation-js/core 0.8.2 + plugin-ris, one record at a time', mode: 'streaming: records produced and handed on, not retained, by both', ratio: Number(ratio.toFixed(2)), target: 3 },
  import: { records: importRecords, seconds: Number((importMs / 1000).toFixed(2)), cpuSeconds: Number((importCpuMs / 1000).toFixed(2)), loadAverage: Number(loadavg()[0]!.toFixed(2)), peakRssMb: Math.round(peakRss / 1048576), target: 30, store: 'PGlite (embedded, on disk)' },
});
console.log(`written ${path}`);
