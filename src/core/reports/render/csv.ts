/**
 * Every table of the report as its own CSV file, for journals' supplementary material and for analysis in
 * a spreadsheet. Cells go through the CSV export's helpers: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM
 * so Excel reads accents right, and formula neutralisation, so a quote beginning with "=" or "-" is shown
 * as text and never run as a formula.
 */
import { csvRow } from '../../formats/csv/cells.js';
import { reportTables, type ReportModel, type ReportTable } from '../model.js';

export type ReportCsvFile = Readonly<{ name: string; csv: string }>;

/** One table as CSV text: the header row, then one line per row (rows padded to the header's width). */
export function tableCsv(table: ReportTable): string {
  const width = table.header.length;
  return '\uFEFF' + csvRow(table.header) + table.rows.map((r) => csvRow(Array.from({ length: width }, (_, i) => r[i] ?? ''))).join('');
}

/** Every table, named `<table id>.csv`; ids that repeat get `-2`, `-3`… so no file overwrites another. */
export function reportTablesCsv(model: ReportModel): ReportCsvFile[] {
  const used = new Map<string, number>();
  return reportTables(model).map((table) => {
    const base = table.id.replace(/[^A-Za-z0-9_-]/g, '-') || 'table';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { name: `${n === 1 ? base : `${base}-${n}`}.csv`, csv: tableCsv(table) };
  });
}
