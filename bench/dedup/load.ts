/**
 * The labelled de-duplication sets in ../shared/datasets/dedup/ (see its INDEX.md): records are read
 * by the product's importer (`readBytes`, as `metaethno dedup FILE` reads them), and the gold groups
 * are built as INDEX.md describes. Record ids are the files' own ids (CSV `ID`/`record_id`, BibTeX
 * keys, EndNote record numbers).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import type { DedupRecord } from '../../src/core/dedup/index.js';
import { readBytes } from '../../src/core/formats/read.js';
import { splitAuthors } from '../../src/core/records/fields.js';
import type { ImportedRecord } from '../../src/core/records/record.js';

const here = dirname(fileURLToPath(import.meta.url));
export const sharedDir = resolve(process.env.METAETHNO_SHARED ?? join(here, '..', '..', '..', 'shared'));
export const dedupDir = join(sharedDir, 'datasets', 'dedup');

export type LabelledSet = Readonly<{
  name: string;
  /** The file the CLI contract would be run on (for the report). */
  file: string;
  records: readonly DedupRecord[];
  /** Gold duplicate groups (two or more ids each); records not listed are unique. */
  gold: readonly (readonly string[])[];
}>;

/** Ids as pairwise.mjs compares them: no "id_" prefix, no leading zeros. */
export const normId = (id: string): string => id.trim().replace(/^id_/, '').replace(/^0+(?=\d)/, '');

const rawField = (r: ImportedRecord, tag: string): string | undefined => r.raw.find(([t]) => t.toLowerCase() === tag)?.[1];

/** Read a file with the product's importer; ids are the file's own (optionally prefixed). */
function importFile(relative: string): ImportedRecord[] {
  const path = join(dedupDir, relative);
  const result = readBytes(readFileSync(path), { fileName: basename(path) });
  if (result.records.length === 0) throw new Error(`the importer read no records from ${relative}`);
  return [...result.records];
}

/**
 * A de-duplication record from an imported one: its canonical fields under the file's own id.
 * The CSV importer does not yet map a `booktitle` column (CoLRev exports of proceedings papers) to
 * the container title; until it does, the raw column fills an empty journal here.
 */
function toDedup(r: ImportedRecord, prefix = ''): DedupRecord {
  const { raw: _raw, index, line: _line, sourceId, ...bib } = r;
  const booktitle = bib.journal === undefined ? rawField(r, 'booktitle')?.trim() : undefined;
  return { ...bib, ...(booktitle ? { journal: booktitle } : {}), id: `${prefix}${normId(sourceId ?? String(index))}` };
}

function readGold(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/"/g, '').split(';').map(normId))
    .filter((g) => g.length >= 2);
}

/** CoLRev-style CSV (`records_pre_merged.csv`) as bib-dedupe publishes its benchmark sets. */
function colrevCsv(name: string, folder: string): LabelledSet {
  const file = `${folder}/records_pre_merged.csv`;
  return { name, file, records: importFile(file).map((r) => toDedup(r)), gold: readGold(join(dedupDir, folder, 'merged_record_ids.csv')) };
}

function diabetes(): LabelledSet {
  const file = 'asysd_diabetes/labelled_test_set.csv';
  return { name: 'asysd_diabetes', file, records: importFile(file).map((r) => toDedup(r)), gold: readGold(join(dedupDir, 'asysd_diabetes', 'bibdedupe_merged_record_ids.csv')) };
}

/** Gold of the CoLRev test library: input records whose origins end up in one expected (merged) record. */
function colrevBib(): LabelledSet {
  const input = importFile('colrev_dedupe_test/records.bib');
  const expected = importFile('colrev_dedupe_test/records_expected.bib');
  const origins = (r: ImportedRecord): string[] =>
    (rawField(r, 'colrev_origin') ?? '')
      .split(';')
      .map((o) => o.trim())
      .filter((o) => o !== '');
  const owner = new Map<string, string>();
  for (const e of expected) for (const o of origins(e)) owner.set(o, e.sourceId ?? String(e.index));
  const byOwner = new Map<string, string[]>();
  for (const r of input) {
    const o = origins(r)
      .map((x) => owner.get(x))
      .find((x) => x !== undefined);
    if (o !== undefined) byOwner.set(o, [...(byOwner.get(o) ?? []), toDedup(r).id]);
  }
  return { name: 'colrev_dedupe_test', file: 'colrev_dedupe_test/records.bib', records: input.map((r) => toDedup(r)), gold: [...byOwner.values()].filter((g) => g.length >= 2) };
}

function endnoteXml(): LabelledSet {
  const file = 'sra_dedupe_sweep_copper/copper_endnote.xml';
  const imported = importFile(file);
  const flagged = imported.filter((r) => /duplicate/i.test(rawField(r, 'caption') ?? '')).map((r) => ({ id: toDedup(r).id, title: rawField(r, 'titles/title') ?? r.title ?? '' }));
  return { name: 'sra_dedupe_sweep_copper', file, records: imported.map((r) => toDedup(r)), gold: copperGold(flagged) };
}

const xmlEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => xmlEntities[n] ?? '');

/**
 * Gold for the EndNote library: records captioned "Duplicate" grouped by title twin (INDEX.md).
 * Titles are compared after decoding the entities some databases double-encode, folding accents and
 * dropping punctuation; a flagged record left alone joins its most similar flagged twin. This
 * normaliser is deliberately independent of the product's, so the gold does not echo it.
 */
function copperGold(flagged: readonly { id: string; title: string }[]): string[][] {
  const key = (t: string): string =>
    decodeXml(t.replace(/&(quot|apos|amp);/g, '&$1;'))
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const groups = new Map<string, string[]>();
  for (const f of flagged) groups.set(key(f.title), [...(groups.get(key(f.title)) ?? []), f.id]);
  const keys = [...groups.keys()];
  for (const k of keys) {
    const g = groups.get(k);
    if (!g || g.length > 1) continue;
    let best: string | undefined;
    let bestSim = 0;
    for (const other of keys) {
      if (other === k || !groups.has(other)) continue;
      // a title cut short is its full twin's prefix
      const prefix = Math.min(k.length, other.length) >= 30 && (k.startsWith(other) || other.startsWith(k));
      const sim = prefix ? 1 : 1 - distance(k, other) / Math.max(k.length, other.length);
      if (sim > bestSim) {
        bestSim = sim;
        best = other;
      }
    }
    if (best !== undefined && bestSim >= 0.9) {
      groups.set(best, [...(groups.get(best) ?? []), ...g]);
      groups.delete(k);
    }
  }
  return [...groups.values()].filter((g) => g.length >= 2);
}

/**
 * DBLP-ACM is a record-linkage benchmark, not a database export: its author column lists
 * "Given Family, Given Family" with HTML entities ("Kr&#246;ger"), which a CSV importer cannot know
 * (it splits on ";", cutting the entities). The authors are re-read from the raw column here.
 */
function linkageAuthors(r: ImportedRecord): DedupRecord['authors'] {
  return splitAuthors(decodeXml(rawField(r, 'authors') ?? ''), /\s*,\s*/);
}

function dblpAcm(): LabelledSet {
  // Each file is one database's export; the records carry it as `origin`, as the app knows which
  // import each record came from.
  const read = (file: string, prefix: string): DedupRecord[] =>
    importFile(file).map((r) => ({ ...toDedup(r, prefix), authors: linkageAuthors(r), origin: file }));
  const records = [...read('dblp_acm/DBLP2.csv', 'dblp:'), ...read('dblp_acm/ACM.csv', 'acm:')];
  const pairs = readFileSync(join(dedupDir, 'dblp_acm', 'DBLP-ACM_perfectMapping_noheader.csv'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/"/g, '').split(','))
    .map(([d = '', a = '']) => [`dblp:${normId(d)}`, `acm:${normId(a)}`]);
  return { name: 'dblp_acm', file: 'dblp_acm/{DBLP2,ACM}.csv', records, gold: connectedComponents(pairs) };
}

export function connectedComponents(pairs: readonly (readonly string[])[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    for (const x of p) if (!parent.has(x)) parent.set(x, x);
    for (let i = 1; i < p.length; i++) {
      const a = find(p[0] ?? '');
      const b = find(p[i] ?? '');
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) groups.set(find(x), [...(groups.get(find(x)) ?? []), x]);
  return [...groups.values()].filter((g) => g.length >= 2);
}

export type SetName =
  | 'asysd_diabetes'
  | 'bibdedupe_cytology_screening'
  | 'bibdedupe_digital_work'
  | 'bibdedupe_special_cases'
  | 'colrev_dedupe_test'
  | 'sra_dedupe_sweep_copper'
  | 'dblp_acm';

export const setNames: readonly SetName[] = [
  'asysd_diabetes',
  'bibdedupe_cytology_screening',
  'bibdedupe_digital_work',
  'bibdedupe_special_cases',
  'colrev_dedupe_test',
  'sra_dedupe_sweep_copper',
  'dblp_acm',
];

/** Load one labelled set with its gold groups. */
export function loadSet(name: SetName): LabelledSet {
  switch (name) {
    case 'asysd_diabetes':
      return diabetes();
    case 'bibdedupe_cytology_screening':
      return colrevCsv(name, name);
    case 'bibdedupe_digital_work':
      return colrevCsv(name, name);
    case 'bibdedupe_special_cases':
      return colrevCsv(name, name);
    case 'colrev_dedupe_test':
      return colrevBib();
    case 'sra_dedupe_sweep_copper':
      return endnoteXml();
    case 'dblp_acm':
      return dblpAcm();
  }
}
