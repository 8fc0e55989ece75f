/**
 * Writing CSV cells safely. Reports and exports reuse these: RFC 4180 quoting, and formula
 * neutralisation so that a title such as `=HYPERLINK(…)` or `+1 555…` opened in a spreadsheet is
 * shown as text, never evaluated (CSV injection, OWASP).
 */

// A leading `'` run is included so that neutralising is reversible: `'=x` (a real value) becomes
// `''=x`, and stripping one quote from any `'`-run followed by a trigger gives the value back.
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Prefix `'` to a cell that a spreadsheet would read as a formula: one starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (after any run of `'`).
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutraliseFormula`, for reading back files we wrote. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180: quote a cell holding the delimiter, a quote, CR or LF; double the quotes inside. */
export function quoteCell(cell: string, delimiter = ','): string {
  return cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r')
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

/**
 * One CSV line (with its CRLF terminator, as RFC 4180 asks): each cell neutralised, then quoted.
 * `undefined` and `null` cells are empty.
 */
export function csvRow(cells: readonly (string | number | undefined | null)[], delimiter = ','): string {
  return (
    cells
      .map((c) => (c === undefined || c === null ? '' : typeof c === 'number' ? String(c) : quoteCell(neutraliseFormula(c), delimiter)))
      .join(delimiter) + '\r\n'
  );
}
