import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbExportableRecords, canonicalView } from '../../test-support/arbitraries.js';
import { bibtexExporter } from '../bibtex/export.js';
import { bibtexKey } from '../bibtex/export.js';
import { bibtexFormat } from '../bibtex/index.js';
import { cslJsonExporter } from '../csl-json/export.js';
import { cslJsonFormat } from '../csl-json/index.js';
import { csvExporter } from '../csv/export.js';
import { csvFormat } from '../csv/index.js';
import { hasErrors } from '../diagnostic.js';
import type { ExportableRecord, FormatExporter, FormatPlugin } from '../plugin.js';
import { exportWith, parseWith } from '../plugin.js';

type Case = Readonly<{
  exporter: FormatExporter;
  plugin: FormatPlugin;
  sourceId: (r: ExportableRecord) => string;
  /** What the format cannot carry, removed from the expected view. */
  expected: (view: Record<string, unknown>) => Record<string, unknown>;
}>;

const cases: readonly Case[] = [
  {
    exporter: bibtexExporter,
    plugin: bibtexFormat,
    sourceId: (r) => bibtexKey(r.id),
    // BibTeX has one `url` field.
    expected: (view) => ({ ...view, urls: (view['urls'] as string[]).slice(0, 1) }),
  },
  { exporter: csvExporter, plugin: csvFormat, sourceId: (r) => r.id, expected: (view) => view },
  { exporter: cslJsonExporter, plugin: cslJsonFormat, sourceId: (r) => r.id, expected: (view) => view },
];

describe.each(cases)('$exporter.id export, then import', ({ exporter, plugin, sourceId, expected }) => {
  it('gives back every canonical field of every record', () => {
    fc.assert(
      fc.property(arbExportableRecords(4), (records) => {
        const text = exportWith(exporter, records);
        if (records.length > 0) expect(plugin.detect(text.slice(0, 65_536))).toBeGreaterThanOrEqual(0.7);
        const parsed = parseWith(plugin, text);
        expect(hasErrors(parsed.diagnostics)).toBe(false);
        expect(parsed.records).toHaveLength(records.length);
        parsed.records.forEach((back, i) => {
          const original = records[i]!;
          expect(back.sourceId).toBe(sourceId(original));
          expect(canonicalView(back)).toEqual(expected(canonicalView(original)));
        });
      }),
      { numRuns: 150 },
    );
  });
});
