import type { EvidenceChain, EvidenceConstruct } from './evidence-chain.js';
import type { GridConstruct, GridTable } from './grid-table.js';
import { markdownTable } from './markdown-table.js';
import type { RefutationRow } from './refutation-register.js';
import type { TranslationTableRow } from './translation-table.js';

/**
 * Markdown renderings of the derived tables, for reports and for golden files a person can review.
 * First-order constructs (participants' words) are shown in quotation marks, second-order ones plain.
 */

const constructLabel = (c: Readonly<{ order: 1 | 2; label: string }>): string => (c.order === 1 ? `“${c.label}”` : c.label);

const orderPhrases: Readonly<Record<GridTable['order'], string>> = {
  'index-study': 'index study first, then by date',
  chronology: 'oldest first',
  quality: 'best appraised first',
  custom: "the team's own order",
};

export function gridToMarkdown(grid: GridTable): string {
  const header = ['Study', ...grid.columns.map((c) => c.label)];
  const rows = grid.rows.map((row) => [
    row.study.label,
    ...row.cells.map((cell) => {
      const parts = cell.constructs.map((c: GridConstruct) => constructLabel(c));
      if (cell.note) parts.push(`_${cell.note}_`);
      return parts.length > 0 ? parts.join('; ') : '–';
    }),
  ]);
  return `${markdownTable(header, rows)}\n\nRows in translation order (${orderPhrases[grid.order]}). “Quoted” labels are first-order constructs (participants), plain ones second-order (authors).\n`;
}

export function translationTableToMarkdown(rows: readonly TranslationTableRow[]): string {
  const summary = markdownTable(
    ['Concept', 'Studies', 'Reciprocal', 'Refutational', 'Translated concept'],
    rows.map((r) => [
      r.concept.label,
      r.studies.map((s) => s.study.label).join(', ') || '–',
      String(r.reciprocal),
      String(r.refutational),
      r.summary ?? '–',
    ]),
  );
  const sections = rows
    .filter((r) => r.links.length > 0)
    .map((r) => {
      const links = markdownTable(
        ['From', 'To', 'Kind', 'Constructs compared', 'Rationale', 'Explanation', 'By'],
        r.links.map((l) => [
          l.from.label,
          l.to.label,
          l.kind,
          [...l.fromConstructs, ...l.toConstructs].map(constructLabel).join('; ') || '–',
          l.rationale,
          l.resolution ?? (l.kind === 'refutational' ? '(not yet explained)' : '–'),
          `${l.author}, ${l.at.slice(0, 10)}`,
        ]),
      );
      return `### ${r.concept.label}\n\n${links}`;
    });
  return [`${summary}`, ...sections].join('\n\n') + '\n';
}

export function refutationRegisterToMarkdown(rows: readonly RefutationRow[]): string {
  if (rows.length === 0) return 'No refutational translations recorded.\n';
  return (
    markdownTable(
      ['Concept', 'Between', 'Contradiction', 'Explanation', 'Bears on'],
      rows.map((r) => [
        r.concept.label,
        `${r.from.label} ↔ ${r.to.label}`,
        r.rationale,
        r.resolution ?? '(not yet explained)',
        r.thirdOrders.map((t) => t.label).join('; ') || '–',
      ]),
    ) + '\n'
  );
}

/** The evidence chain as a nested list, down to each quote and its page. */
export function evidenceChainToMarkdown(chain: EvidenceChain): string {
  const lines: string[] = [];
  const construct = (c: EvidenceConstruct, indent: string): void => {
    lines.push(`${indent}- ${c.order === 1 ? 'Quote' : 'Author theme'} (${c.study.label}): ${constructLabel(c)}`);
    for (const e of c.excerpts) lines.push(`${indent}  - p. ${e.page ?? '?'}: “${e.quote.replace(/\s+/g, ' ')}”`);
  };
  const visit = (c: EvidenceChain, indent: string): void => {
    lines.push(`${indent}- **${c.label}**${c.description ? ` — ${c.description}` : ''}`);
    for (const child of c.children) visit(child, `${indent}  `);
    for (const k of c.concepts) {
      lines.push(`${indent}  - Concept: ${k.label}`);
      for (const cell of k.cells) for (const x of cell.constructs) construct(x, `${indent}    `);
    }
    for (const x of c.constructs) construct(x, `${indent}  `);
  };
  visit(chain, '');
  return lines.join('\n') + '\n';
}
