/**
 * A large labelled set for the scale run, built from the real labelled sets: the sets are
 * replicated until the size is reached; every copy of a publication (a gold group or a unique
 * record) becomes a different publication on the same topic (two title words, the first author,
 * the DOI, volume and pages changed alike in all its records), and every record then gets the
 * noise databases add (case, typos, missing fields, DOI URL prefixes). Deterministic for a seed.
 */
import type { DedupRecord } from '../../src/core/dedup/index.js';
import type { Author } from '../../src/core/records/record.js';
import { loadSet, type LabelledSet, type SetName } from './load.js';

/** mulberry32: a small seeded generator, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseSets: readonly SetName[] = ['asysd_diabetes', 'bibdedupe_cytology_screening', 'bibdedupe_digital_work', 'sra_dedupe_sweep_copper', 'dblp_acm'];

type Entity = { members: DedupRecord[] };

function entities(set: LabelledSet): Entity[] {
  const byId = new Map(set.records.map((r) => [r.id, r]));
  const grouped = new Set<string>();
  const out: Entity[] = [];
  for (const g of set.gold) {
    const members = g.map((id) => byId.get(id)).filter((r): r is DedupRecord => r !== undefined);
    for (const m of members) grouped.add(m.id);
    if (members.length > 0) out.push({ members });
  }
  for (const r of set.records) if (!grouped.has(r.id)) out.push({ members: [r] });
  return out;
}

const replaceWord = (text: string | undefined, from: string, to: string): string | undefined =>
  text?.replace(new RegExp(`\\b${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), to);

const shift = (value: string | undefined, by: number): string | undefined =>
  value?.replace(/\d+/g, (d) => String(Number(d) + by));

/** A different publication on the same topic, changed alike in all its records. */
function mutateEntity(
  e: Entity,
  copy: number,
  rnd: () => number,
  vocabulary: readonly string[],
  surnames: readonly string[],
  abstracts: readonly string[],
): DedupRecord[] {
  // another publication has another abstract: one drawn from the pool, the same for all its records
  const abstract = abstracts.length > 0 ? abstracts[Math.floor(rnd() * abstracts.length)] : undefined;
  // Change words that every record of the publication has (their titles may differ slightly).
  const titles = e.members.map((r) => ` ${(r.title ?? '').toLowerCase()} `);
  const words = [...new Set((e.members[0]?.title ?? '').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)))].filter((w) =>
    titles.every((t) => t.includes(` ${w.toLowerCase()} `)),
  );
  const swaps: [string, string][] = [];
  for (let k = 0; k < 2 && words.length > 0; k++) {
    const from = words.splice(Math.floor(rnd() * words.length), 1)[0] ?? '';
    const to = vocabulary[Math.floor(rnd() * vocabulary.length)] ?? 'novel';
    if (from.toLowerCase() !== to.toLowerCase()) swaps.push([from, to]);
  }
  // too few shared words: the copy gets a leading word of its own
  const lead = swaps.length < 2 ? `${vocabulary[Math.floor(rnd() * vocabulary.length)] ?? 'novel'} ` : '';
  // The first author's surname, as every record writes it (some lists run together: "Adeli K.Lewis G. F.").
  const authorText = e.members.map((r) => r.authors.map((a) => `${a.family} ${a.given ?? ''}`).join(' '));
  const firstAuthor = e.members[0]?.authors[0];
  const firstName = firstAuthor
    ? [...`${firstAuthor.family} ${firstAuthor.given ?? ''}`.matchAll(/[A-Z][a-z'-]{2,}/g)].map((m) => m[0]).find((w) => authorText.every((t) => t.includes(w)))
    : undefined;
  const newFamily = surnames[Math.floor(rnd() * surnames.length)] ?? 'Smith';
  const rename = (v: string | undefined): string | undefined => (firstName ? replaceWord(v, firstName, newFamily) : v);
  return e.members.map((r) => {
    let title = r.title === undefined ? undefined : lead + r.title;
    for (const [from, to] of swaps) title = replaceWord(title, from, to);
    const renamed: Author[] = r.authors.map((a) => ({ ...a, family: rename(a.family) ?? a.family, given: rename(a.given) }));
    // no surname shared by every record: the copy gets another first author
    const authors = firstName || r.authors.length === 0 ? renamed : [{ family: newFamily, given: 'A.' }, ...renamed];
    return {
      ...r,
      title,
      authors,
      abstract: r.abstract ? abstract : undefined,
      // a different article's DOI (a suffix after a separator would read as the same DOI cut short)
      // and PMID; notes and URLs may carry the original's identifiers, so they go
      doi: r.doi ? `${r.doi}c${copy}` : undefined,
      pmid: r.pmid ? String(Number(r.pmid.replace(/\D/g, '') || '0') + 10_000_000 * copy) : undefined,
      pmcid: undefined,
      accession: undefined,
      notes: undefined,
      urls: [],
      volume: shift(r.volume, 100 * copy),
      pages: shift(r.pages, 1000 * copy),
    } satisfies DedupRecord;
  });
}

/** Noise a database adds to one record. */
function perturb(r: DedupRecord, rnd: () => number): DedupRecord {
  let out: DedupRecord = r;
  const p = rnd();
  if (p < 0.08 && out.title) out = { ...out, title: out.title.toUpperCase() };
  else if (p < 0.16 && out.title) out = { ...out, title: out.title.toLowerCase() };
  if (rnd() < 0.1 && out.title && out.title.length > 20) {
    // swap two neighbouring letters somewhere in the title
    const t = out.title;
    const i = 1 + Math.floor(rnd() * (t.length - 3));
    out = { ...out, title: t.slice(0, i) + (t[i + 1] ?? '') + (t[i] ?? '') + t.slice(i + 2) };
  }
  if (rnd() < 0.1) out = { ...out, abstract: undefined };
  if (rnd() < 0.08) out = { ...out, pages: undefined };
  if (rnd() < 0.08) out = { ...out, volume: undefined, issue: undefined };
  const d = rnd();
  if (out.doi && d < 0.1) out = { ...out, doi: undefined };
  else if (out.doi && d < 0.2) out = { ...out, doi: `https://doi.org/${out.doi.toUpperCase()}` };
  return out;
}

/** Build a labelled set of `size` records from the real sets (see the file comment). */
export function buildScaleSet(size: number, seed: number): LabelledSet {
  const rnd = random(seed);
  const sets = baseSets.map(loadSet);
  const base = sets.flatMap((s) => entities(s).map((e) => ({ set: s.name, e })));
  const vocabulary = [...new Set(sets.flatMap((s) => s.records.flatMap((r) => (r.title ?? '').toLowerCase().split(/\W+/).filter((w) => w.length >= 5))))].sort();
  const abstracts = sets.flatMap((s) => s.records.map((r) => r.abstract).filter((a): a is string => a !== undefined && a.length > 200));
  const surnames = [...new Set(sets.flatMap((s) => s.records.flatMap((r) => r.authors.map((a) => a.family).filter((f) => /^[A-Z][a-z]{3,}$/.test(f)))))].sort();

  const records: DedupRecord[] = [];
  const gold: string[][] = [];
  for (let copy = 0; records.length < size; copy++) {
    for (const { set, e } of base) {
      if (records.length >= size) break;
      const members = copy === 0 ? e.members : mutateEntity(e, copy, rnd, vocabulary, surnames, abstracts);
      const ids: string[] = [];
      for (const m of members.slice(0, size - records.length)) {
        const id = `${set}~${copy}~${m.id}`;
        records.push({ ...perturb(m, rnd), id });
        ids.push(id);
      }
      if (ids.length >= 2) gold.push(ids);
    }
  }
  return { name: `scale_${size}`, file: 'generated', records, gold };
}
