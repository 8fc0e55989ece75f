/**
 * A GitHub-flavoured Markdown table. Cell text is escaped so that a `|` or a line break inside a quote
 * cannot break the table.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Escapes backslashes and pipes and turns line breaks into `<br>`, so text fits in one table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
