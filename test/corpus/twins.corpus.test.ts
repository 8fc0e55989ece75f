import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { bibtexFormat } from '../../src/core/formats/bibtex/index.js';
import { parseWith } from '../../src/core/formats/plugin.js';
import { readBytes } from '../../src/core/formats/read.js';
import type { ImportedRecord } from '../../src/core/records/record.js';
import { hasShared, sharedPath, skipReason } from '../support/shared.js';

/**
 * Twin fixtures: some exports in ../shared/fixtures/exports have the expected parse of another tool
 * beside them (JabRef's `X.ext` ↔ `X.bib`, CoLRev's `*_ris.ris` … ↔ `*_result.bib`). The input is read
 * with `readBytes` (whatever format it is), the twin with our BibTeX parser, and the two are compared
 * field by field where our model overlaps: title, authors' family names, year, journal, volume, issue,
 * pages, DOI, whether there is an abstract, ISBN and ISSN, after normalising whitespace, case and dashes.
 *
 * A field may disagree only where `known` below says why. Where we read a value the twin lacks, that is
 * not a failure (the other tools drop fields we keep). The comparison table is printed at the end.
 */

const fields = ['title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'abstract', 'isbn', 'issn'] as const;
type Field = (typeof fields)[number];
type Outcome = 'same' | 'differs' | 'only-ours' | 'only-twin' | 'neither';

/** Input files we do not read at all, and why. */
const unsupported: Readonly<Record<string, string>> = {
  'colrev_search_sources/google_scholar.json': 'SerpAPI Google Scholar JSON, not CSL-JSON; no importer for it.',
};
const unsupportedPattern: readonly (readonly [RegExp, string])[] = [
  [/^jabref_importer_tests\/MedlineImporterTest.*\.xml$/, 'PubMed/MEDLINE XML is not an import format (MEDLINE/nbib text is).'],
  [/^jabref_importer_tests\/CopacImporterTest\d\.txt$/, 'COPAC (a retired UK library catalogue) text format is not supported.'],
];

/**
 * Known, justified disagreements: `input` (every record) or `input#i` (our i-th record) → field →
 * reason. `count` allows a different number of records (and then the fields are only reported).
 */
const known: Readonly<Record<string, Partial<Record<Field | 'count', string>>>> = {
  // CoLRev curates venue names (`MIS Quarterly`, conference series names) instead of keeping the export's.
  'colrev_search_sources/ais_enl.txt': {
    journal: 'CoLRev replaces the exported venue (%J/%B) with its curated venue name.',
    pages: 'the EndNote tagged parser drops `%P i-ii` (roman page numbers); reported to its owner.',
  },
  'colrev_loader/enl_data.enl': { pages: 'the EndNote tagged parser drops `%P i-ii` (roman page numbers); reported to its owner.' },
  'colrev_search_sources/files_dir_bib.bib': {
    title: 'CoLRev strips the AIS track suffix (`Complete Research`, `Research in Progress`) from titles; we keep the title as exported.',
  },
  'colrev_search_sources/scopus_bib.bib#7': {
    title: 'CoLRev swaps a Scopus book chapter’s title and container (the book title becomes `title`); we keep the export’s.',
    journal: 'the same swap, seen from the container side.',
  },
  'colrev_search_sources/wiley_bib.bib#0': {
    title: 'CoLRev makes the Wiley `@inbook` book title the `title` (the chapter title goes to `chapter`); we keep the chapter title.',
  },
  'colrev_search_sources/jstor_ris.ris#2': {
    title: 'CoLRev makes the RIS T2 (book title) of a JSTOR CHAP the `title`; we keep TI, the chapter title.',
    isbn: 'the fixture’s SN 9777777777779 is no valid ISBN (977 is the ISSN prefix); the RIS parser drops it, while `normaliseIsbn` reads the twin’s copy as the 10-digit 9777777777.',
  },
  'colrev_search_sources/trid_ris.ris#1': { pages: 'CoLRev keeps TRID’s `pp 37-64` as written; we drop the `pp` label.' },
  'colrev_search_sources/trid_ris.ris#2': {
    authors: 'BibTeX name rules read `Name of a Research Center` in the twin with `of a Research Center` as family name (`of` starts a von part); the RIS parser takes the last word.',
  },
  'jabref_importer_tests/MedlinePlainImporterTestMultiTitle.txt': {
    title: 'JabRef joins every repeated TI line of this synthetic file; the MEDLINE parser keeps the first (real MEDLINE has one TI).',
  },
  'jabref_importer_tests/NbibImporterTest.nbib': { authors: 'we keep the corporate author (CN) as a literal author; JabRef drops it.' },
  'jabref_importer_tests/OvidImporterTest5.txt': {
    authors: 'JabRef splits `Bunkers, PhD, FAAN` into three authors; the degrees belong to one name.',
  },
  'jabref_importer_tests/RisImporterTest1.ris': {
    count: 'a synthetic file of 16 TY lines and one ER: JabRef merges everything into one record, the RIS parser starts a record at a TY that follows fields.',
  },
  'jabref_importer_tests/RisImporterTest3.ris': { issue: 'JabRef maps RIS M1 (miscellaneous) to `number`; M1 is no issue.' },
  'jabref_importer_tests/RisImporterTest5a.ris': { issue: 'JabRef maps RIS M1 (here a copyright line) to `number`.' },
  'jabref_importer_tests/RisImporterTest6.ris': { issue: 'JabRef maps RIS M1 (here a PMCID) to `number`.' },
  'jabref_importer_tests/RisImporterTest7.ris': { authors: 'JabRef counts A2 (editors) of a BOOK as authors; we read them as editors.' },
  'jabref_importer_tests/RisImporterTest8_date.ris': { journal: 'JabRef prefers JO (abbreviation) for `journal`; we keep JF/T2, the full title.' },
  'jabref_importer_tests/RisImporterTestDate1.1.ris': { journal: 'JabRef prefers JO (abbreviation) for `journal`; we keep JF/T2, the full title.' },
  'jabref_importer_tests/RisImporterTestDate1.2.ris': { journal: 'JabRef prefers JO (abbreviation) for `journal`; we keep JF/T2, the full title.' },
  'jabref_importer_tests/RisImporterTestWithEmptyER.ris': { journal: 'JabRef prefers JO (abbreviation) for `journal`; we keep JF/T2, the full title.' },
  'jabref_importer_tests/RisImporterTestDOI.ris': {
    issue: 'JabRef maps RIS AN (accession number) to `number`; we read IS.',
    issn: 'two SN lines: JabRef keeps the last (electronic), we keep the first (print).',
  },
  'jabref_importer_tests/RisImporterTestDoiAndJournalTitle.ris': {
    authors: 'BibTeX name rules read the twin’s lower-case `some author` as one von-family name; the RIS parser reads given `some`, family `author`.',
  },
};

type Pair = Readonly<{ input: string; twin: string }>;

function discoverPairs(): Pair[] {
  const out: Pair[] = [];
  const dir = (d: string): string[] => readdirSync(sharedPath('fixtures', 'exports', d));
  for (const name of dir('jabref_importer_tests')) {
    const m = /^(.*)\.(xml|ris|txt|nbib|enw|isi)$/.exec(name);
    if (!m) continue;
    const stem = m[1] ?? '';
    const ovid = /^OvidImporterTest(\d+)$/.exec(stem);
    const twin = ovid ? `OvidImporterTestBib${ovid[1]}.bib` : `${stem}.bib`;
    if (existsSync(sharedPath('fixtures', 'exports', 'jabref_importer_tests', twin))) {
      out.push({ input: `jabref_importer_tests/${name}`, twin: `jabref_importer_tests/${twin}` });
    }
  }
  for (const d of ['colrev_search_sources', 'colrev_loader']) {
    for (const name of dir(d)) {
      const m = /^(.*)_(ris|bib|csv|nbib|enl|json)\.(ris|bib|csv|nbib|txt|json)$/.exec(name) ?? /^(google_scholar)\.(json)$/.exec(name);
      const stem = m?.[1];
      if (stem === undefined) continue;
      const twin = `${stem}${m?.[0]?.startsWith('google_scholar.') ? '' : `_${m?.[2]}`}_result.bib`;
      if (existsSync(sharedPath('fixtures', 'exports', d, twin))) out.push({ input: `${d}/${name}`, twin: `${d}/${twin}` });
    }
    if (d === 'colrev_loader') out.push({ input: 'colrev_loader/enl_data.enl', twin: 'colrev_loader/enl_data_expected.bib' });
  }
  return out.sort((a, b) => a.input.localeCompare(b.input));
}

const norm = (v: string | number | undefined): string | undefined => {
  if (v === undefined) return undefined;
  const s = String(v)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s === '' ? undefined : s;
};

function valueOf(r: ImportedRecord, field: Field): string | undefined {
  switch (field) {
    case 'authors':
      return r.authors.length > 0 ? r.authors.map((a) => norm(a.family)).join(' | ') : undefined;
    case 'abstract':
      return r.abstract ? 'present' : undefined;
    default:
      return norm(r[field]);
  }
}

function compare(ours: string | undefined, twinValue: string | undefined): Outcome {
  // CoLRev writes `UNKNOWN` where it could not determine a field: that is no value.
  const twin = twinValue === 'unknown' ? undefined : twinValue;
  if (ours === undefined) return twin === undefined ? 'neither' : 'only-twin';
  if (twin === undefined) return 'only-ours';
  return ours === twin ? 'same' : 'differs';
}

const words = (s: string | undefined): Set<string> => new Set((norm(s) ?? '').split(' ').filter((w) => w.length > 2));

/** Share of the shorter title's words found in the other: CoLRev trims `Research in Progress` and the like. */
function overlap(a: string | undefined, b: string | undefined): number {
  const x = words(a);
  const y = words(b);
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return 0;
  return [...small].filter((w) => large.has(w)).length / small.size;
}

/**
 * Align our records with the twin's (the other tools may reorder them): every pair is scored on DOI,
 * title, year and first author, and the best pairs are taken first; what is left pairs by position.
 */
function align(ours: readonly ImportedRecord[], twins: readonly ImportedRecord[]): [ImportedRecord, ImportedRecord | undefined][] {
  const scored: { i: number; j: number; score: number }[] = [];
  ours.forEach((r, i) =>
    twins.forEach((t, j) => {
      const title = overlap(r.title, t.title);
      const score =
        (r.doi && r.doi === t.doi ? 10 : 0) +
        (title >= 0.8 ? 2 * title : 0) +
        (r.year !== undefined && r.year === t.year ? 1 : 0) +
        (r.authors[0] && norm(r.authors[0].family) === norm(t.authors[0]?.family) ? 1 : 0) +
        (i === j ? 0.1 : 0);
      scored.push({ i, j, score });
    }),
  );
  scored.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (const { i, j, score } of scored) {
    if (score < 1 || match.has(i) || taken.has(j)) continue;
    match.set(i, j);
    taken.add(j);
  }
  ours.forEach((_, i) => {
    if (!match.has(i) && i < twins.length && !taken.has(i)) {
      match.set(i, i);
      taken.add(i);
    }
  });
  return ours.map((r, i) => {
    const j = match.get(i);
    return [r, j === undefined ? undefined : twins[j]];
  });
}

const table: string[] = [];
const pairs = hasShared ? discoverPairs() : [];

describe.skipIf(!hasShared)('twin fixtures: our import vs the expected parse beside it', () => {
  afterAll(() => {
    if (table.length > 0) console.log(['pair | records | ' + fields.join(' ') + ' (= same, ≠ differs, + only ours, - only twin)', ...table].join('\n'));
  });

  it('finds the twin pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pairs)('$input ↔ $twin', ({ input, twin }) => {
    const reason = unsupported[input] ?? unsupportedPattern.find(([re]) => re.test(input))?.[1];
    const ours = readBytes(readFileSync(sharedPath('fixtures', 'exports', input)), { fileName: input });
    if (reason) {
      table.push(`${input} | unsupported: ${reason}`);
      expect(ours.records).toHaveLength(0);
      return;
    }
    const expected = parseWith(bibtexFormat, readFileSync(sharedPath('fixtures', 'exports', twin), 'utf8'));
    const pairKnown = known[input] ?? {};
    if (!pairKnown.count) expect(ours.records.length, `${input}: record count`).toBe(expected.records.length);
    const outcomes = align(ours.records, expected.records).map(([r, t]) =>
      fields.map((f) => [f, compare(valueOf(r, f), t ? valueOf(t, f) : undefined), valueOf(r, f), t ? valueOf(t, f) : undefined] as const),
    );
    const symbol: Record<Outcome, string> = { same: '=', differs: '≠', 'only-ours': '+', 'only-twin': '-', neither: '.' };
    table.push(`${input} | ${ours.format} ${ours.records.length}/${expected.records.length} | ${outcomes.map((o) => o.map(([, c]) => symbol[c]).join('')).join(' ')}`);
    outcomes.forEach((record, i) => {
      for (const [field, outcome, mine, theirs] of record) {
        if (outcome === 'same' || outcome === 'neither' || outcome === 'only-ours') continue;
        // With different record counts the records cannot be compared one to one.
        const why = known[`${input}#${i}`]?.[field] ?? pairKnown[field] ?? pairKnown.count;
        table.push(`    #${i} ${field}: ours ${JSON.stringify(mine)} vs twin ${JSON.stringify(theirs)}${why ? ` (known: ${why})` : ''}`);
        if (why) continue;
        expect.soft({ field, outcome, ours: mine, twin: theirs }, `${input}: ${field}`).toEqual({ field, outcome: 'same', ours: theirs, twin: theirs });
      }
    });
  });
});

if (!hasShared) describe.skip(skipReason, () => it('needs the shared data', () => undefined));
