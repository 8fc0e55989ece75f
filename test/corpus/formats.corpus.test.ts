import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/formats/diagnostic.js';
import type { FormatId } from '../../src/core/formats/plugin.js';
import { readBytes } from '../../src/core/formats/read.js';
import { hasShared, sharedPath, skipReason } from '../support/shared.js';

/**
 * Every real export in ../shared/fixtures/exports is read with `readBytes` and checked against the
 * record counts of ../shared/checks/fixture-counts.tsv, then every JabRef importer fixture of the tagged
 * formats is read and must give records without errors.
 */


/** The tsv's format labels → our format ids. */
const formatOfLabel: Readonly<Record<string, FormatId>> = {
  RIS: 'ris',
  'PubMed/MEDLINE (nbib)': 'pubmed',
  'WoS tagged plain text': 'wos-tagged',
  'EndNote/Refer tagged': 'endnote-tagged',
  BibTeX: 'bibtex',
  CSV: 'csv',
  'EndNote XML': 'endnote-xml',
  'CSL-JSON': 'csl-json',
  'WoS tab-delimited': 'wos-tab',
};

/** Files that are malformed on purpose, with the diagnostic codes (see docs/formats.md) they must give. */
const MALFORMED: Readonly<Record<string, readonly string[]>> = {
  // metaknowledge's badFile.isi: cited references moved under C1 and the closing EF removed.
  'metaknowledge_tests/badFile.isi': ['WOS_MISSING_EF'],
};

/** Exports of the tagged formats that the tsv does not list, with the counts we verified by hand. */
const EXTRA: readonly (readonly [path: string, count: number, format: FormatId])[] = [
  // Three records (CoLRev's expected .bib has three); the third has no %0.
  ['colrev_loader/enl_data.enl', 3, 'endnote-tagged'],
  ['colrev_search_sources/ais_enl.txt', 6, 'endnote-tagged'],
  ['colrev_loader/nbib_data.nbib', 1, 'pubmed'],
  ['colrev_search_sources/eric_nbib.nbib', 1, 'pubmed'],
  // INDEX.md says 1, but the file holds two TY records (the first lacks its ER).
  ['colrev_loader/ris_data.ris', 2, 'ris'],
];

const errors = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
const read = (path: string) => readBytes(readFileSync(sharedPath('fixtures', 'exports', path)), { fileName: path });

type Row = { path: string; count: number; label: string };
const rows: Row[] = hasShared
  ? readFileSync(sharedPath('checks', 'fixture-counts.tsv'), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const [path = '', count = '', label = ''] = l.split('\t');
        return { path, count: Number(count), label };
      })
  : [];

describe.skipIf(!hasShared)(`fixture-counts.tsv${hasShared ? '' : ` (${skipReason})`}`, () => {
  for (const { path, count, label } of rows) {
    it(`${path}: ${count} ${label} record(s)`, () => {
      const r = read(path);
      expect(r.records).toHaveLength(count);
      const expected = formatOfLabel[label];
      if (expected) expect(r.format).toBe(expected);
      const malformed = MALFORMED[path];
      if (malformed) {
        expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining([...malformed]));
      } else {
        expect(errors(r.diagnostics)).toEqual([]);
      }
    });
  }

  for (const [path, count, format] of EXTRA) {
    it(`${path}: ${count} record(s) (not in the tsv)`, () => {
      const r = read(path);
      expect(r.format).toBe(format);
      expect(r.records).toHaveLength(count);
      expect(errors(r.diagnostics)).toEqual([]);
    });
  }
});

/** JabRef importer fixtures of our formats: RIS, MEDLINE plain text, nbib, ISI, Ovid, EndNote .enw, Refer. */
const jabrefDir = 'jabref_importer_tests';
const ours = (name: string): boolean =>
  /\.(ris|nbib|isi|enw|ref)$/.test(name) || /^(MedlinePlain|Ovid).*\.txt$/.test(name);
/** Named to fail: they must give a diagnostic, never throw. */
const deliberatelyBroken = (name: string): boolean => /Corrupted|Invalid|False|Empty\./.test(name);
const jabrefFiles = hasShared ? readdirSync(sharedPath('fixtures', 'exports', jabrefDir)).filter(ours).sort() : [];

describe.skipIf(!hasShared)(`JabRef importer fixtures${hasShared ? '' : ` (${skipReason})`}`, () => {
  it('covers every tagged-format fixture JabRef has', () => {
    expect(jabrefFiles.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of jabrefFiles) {
    const path = `${jabrefDir}/${name}`;
    if (deliberatelyBroken(name)) {
      it(`${name}: a documented diagnostic, no exception`, () => {
        const r = read(path);
        expect(r.diagnostics.length).toBeGreaterThan(0);
      });
    } else {
      it(`${name}: records and no errors`, () => {
        const r = read(path);
        expect(r.records.length).toBeGreaterThan(0);
        expect(errors(r.diagnostics)).toEqual([]);
      });
    }
  }
});
