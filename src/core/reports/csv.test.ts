import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { restoreFormula } from '../formats/csv/cells.js';
import { buildReport } from './build.js';
import { reportTables } from './model.js';
import { reportTablesCsv, tableCsv } from './render/csv.js';
import { hostile, hostileReportInput } from './test-support/hostile.js';

function read(csv: string): string[][] {
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ''));
  return rows;
}

describe('reportTablesCsv', () => {
  const model = buildReport(hostileReportInput());
  const files = reportTablesCsv(model);

  it('writes one RFC 4180 file per table, with a BOM, CRLF line ends and the table’s exact cells', () => {
    const tables = reportTables(model);
    expect(files).toHaveLength(tables.length);
    files.forEach((f, i) => {
      const table = tables[i];
      if (!table) throw new Error('table missing');
      expect(f.csv.startsWith('\uFEFF')).toBe(true);
      expect(f.csv.endsWith('\r\n')).toBe(true);
      const rows = read(f.csv);
      expect(rows).toHaveLength(table.rows.length + 1);
      expect(rows.map((r) => r.map(restoreFormula))).toEqual([table.header, ...table.rows].map((r) => r.map((c) => c)));
    });
  });

  it('neutralises every cell a spreadsheet would read as a formula', () => {
    const cells = files.flatMap((f) => read(f.csv).flat());
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${hostile.formula}`);
    expect(cells).toContain(`'${hostile.plus}`);
    expect(cells).toContain(`'${hostile.at}`);
    expect(cells).toContain(`'${hostile.minus} study`);
    const grid = files.find((f) => f.name === 'grid.csv');
    expect(grid && read(grid.csv)[1]?.[0]).toBe(`'${hostile.formula}`);
  });

  it('pads short rows and keeps names unique', () => {
    const csv = tableCsv({ id: 't', label: 'Table 1', caption: 'c', header: ['a', 'b'], rows: [['1']] });
    expect(csv).toBe('\uFEFFa,b\r\n1,\r\n');
    const twice = reportTablesCsv({
      title: 't',
      lang: 'en',
      generatedAt: '2025-01-01',
      isExample: false,
      topics: [],
      sections: [{ id: 's', heading: 'S', level: 2, major: false, blocks: [1, 2].map((n) => ({ kind: 'table' as const, table: { id: 'x y', label: `Table ${n}`, caption: '', header: ['a'], rows: [] } })) }],
    });
    expect(twice.map((f) => f.name)).toEqual(['x-y.csv', 'x-y-2.csv']);
  });
});
