/**
 * The report as GitHub-flavoured Markdown, for review by eye (golden files), for version control and as a
 * starting point in any editor. All text is escaped so that it reads literally: a `*`, `|` or `<` in a
 * quote or a construct label can neither format the text nor break a table. Figures are referenced as
 * `figures/<id>.svg`, the files a download puts beside the Markdown.
 */
import type { Inline, ReportBlock, ReportFigure, ReportModel, ReportTable } from '../model.js';

/** Escapes the characters that mark up text inside a line (emphasis, code, links, HTML, entities, tables). */
function escapeInline(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** Escapes Markdown syntax anywhere in a line, and block syntax (headings, lists, rules) at the start of each line. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*)(#|[-+=]|\d+[.)])/, (_, space: string, mark: string) => `${space}${mark.replace(/([#\-+=.)])$/, '\\$1')}`))
    .join('\n');
}

/**
 * Text for one table cell: escaped, line breaks as `<br>` so the row stays on one line. Block syntax
 * cannot start inside a cell, so only inline syntax (and the pipe) is escaped.
 */
export function markdownCell(text: string): string {
  const escaped = escapeInline(text.trim()).replace(/\n/g, '<br>');
  return escaped === '' ? ' ' : escaped;
}

function inline(runs: Inline, separator = '\n'): string {
  return runs
    .map((r) => {
      const t = escapeMarkdown(r.text).replace(/\n/g, separator);
      if (t.trim() === '') return t;
      // Marks wrap the text without its surrounding spaces, which CommonMark would not accept inside them.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(t) ?? [];
      const marked = r.strong && r.em ? `***${core}***` : r.strong ? `**${core}**` : r.em ? `_${core}_` : core;
      return `${lead}${marked}${trail}`;
    })
    .join('');
}

export function markdownTable(table: ReportTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const width = table.header.length;
  const pad = (row: readonly string[]): string[] => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const lines = [
    `**${escapeMarkdown(table.label)}.** ${escapeMarkdown(table.caption)}`,
    '',
    line(table.header),
    `| ${table.header.map(() => '---').join(' | ')} |`,
    ...table.rows.map((r) => line(pad(r))),
  ];
  for (const n of table.notes ?? []) lines.push('', `_${escapeMarkdown(n).replace(/\n/g, ' ')}_`);
  return lines.join('\n');
}

function figure(f: ReportFigure): string {
  const alt = f.alt.replace(/\s+/g, ' ').replace(/[\\[\]]/g, (ch) => `\\${ch}`);
  return `![${alt}](figures/${encodeURIComponent(f.id)}.svg)\n\n**${escapeMarkdown(f.label)}.** ${escapeMarkdown(f.caption)}`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph': {
      const text = inline(b.runs);
      if (b.tone === 'notice') return text.split('\n').map((l) => `> ${l}`).join('\n');
      if (b.tone === 'missing') return `⚠ _${text.replace(/\n/g, ' ')}_`;
      if (b.tone === 'note') return `_${text.replace(/\n/g, ' ')}_`;
      return text;
    }
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item, '\n  ')}`).join('\n');
    case 'table':
      return markdownTable(b.table);
    case 'figure':
      return figure(b.figure);
    case 'quote': {
      const text = escapeMarkdown(b.text.trim()).split('\n').join('\n> ');
      const source = `${escapeMarkdown(b.study)}${b.page !== undefined ? `, p. ${b.page}` : ''}`;
      return b.order === 1 ? `> _“${text}”_ (participant, ${source})` : `> “${text}” (study authors, ${source})`;
    }
  }
}

export function reportMarkdown(model: ReportModel): string {
  const parts: string[] = [];
  for (const s of model.sections) {
    parts.push(`${'#'.repeat(s.level)} ${escapeMarkdown(s.heading).replace(/\n/g, ' ')}`);
    for (const b of s.blocks) parts.push(block(b));
  }
  return `${parts.join('\n\n')}\n`;
}
