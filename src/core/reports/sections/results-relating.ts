import type { ConstructOrder } from '../../synthesis/construct.js';
import { juxtapositionGrid, type GridTableCell } from '../../synthesis/grid-table.js';
import { refutationRegister } from '../../synthesis/refutation-register.js';
import { translationTable } from '../../synthesis/translation-table.js';
import { missing, notRecorded, paragraph, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { count, joinAnd, plural } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

/** First-order constructs (participants' words) in quotation marks, second-order ones plain. */
export const constructLabel = (c: Readonly<{ order: ConstructOrder; label: string }>): string => (c.order === 1 ? `“${c.label}”` : c.label);

const gridCell = (cell: GridTableCell | undefined): string => {
  if (!cell) return '–';
  const parts = cell.constructs.map(constructLabel);
  if (cell.note !== undefined) parts.push(`[Note: ${cell.note}]`);
  return parts.length > 0 ? parts.join('; ') : '–';
};

/** The outcome of relating the studies (eMERGe 12): the juxtaposition grid, concepts by studies. */
export function relatingResultsSection(ctx: BuildContext): ReportSection {
  const grid = juxtapositionGrid(ctx.state, ctx.orderInputs);
  const shared = grid.columns.map((c, i) => ({ label: c.label, studies: grid.rows.filter((r) => (r.cells[i]?.constructs.length ?? 0) > 0).length }));
  const filled = shared.reduce((n, c) => n + c.studies, 0);
  if (grid.columns.length === 0 || filled === 0) {
    const gap = notRecorded('place the constructs in the juxtaposition grid', where.grid);
    ctx.topic('relating-outcome', 'results-relating', 'missing', [gap]);
    return section('results-relating', 'How the studies are related', 3, [missing(gap)]);
  }
  ctx.topic('relating-outcome', 'results-relating', 'complete');
  const counts = shared.map((c) => c.studies);
  const most = Math.max(...counts);
  const widest = shared.filter((c) => c.studies === most).map((c) => `“${c.label}”`);
  const perStudy = grid.rows.map((r) => r.cells.filter((c) => c.constructs.length > 0).length);
  const text = [
    `${ctx.nextTableLabel()} juxtaposes the ${plural(grid.columns.length, 'concept', 'concepts')} with the studies that express them.`,
    `Each concept is expressed by between ${Math.min(...counts)} and ${most} studies; the most widely shared ${widest.length === 1 ? 'is' : 'are'} ${joinAnd(widest)} (${plural(most, 'study', 'studies')}).`,
    `Each study contributes to between ${Math.min(...perStudy)} and ${Math.max(...perStudy)} concepts.`,
  ];
  return section('results-relating', 'How the studies are related', 3, [
    paragraph(text.join(' ')),
    ctx.table({
      id: 'grid',
      caption: 'Juxtaposition grid: the constructs of each study (columns, in translation order) under each concept (rows)',
      header: ['Concept', ...grid.rows.map((r) => r.study.label)],
      rows: grid.columns.map((c, i) => [c.label, ...grid.rows.map((r) => gridCell(r.cells[i]))]),
      notes: [
        '“Quoted” constructs are participants’ own words (first order); the others are the study authors’ interpretations (second order). – = the study does not express the concept; [Note] = the team’s note on the cell.',
      ],
    }),
  ]);
}

/** The outcome of translation (eMERGe 14): translated concepts, every link, and the refutation register. */
export function translationResultsSection(ctx: BuildContext): ReportSection {
  const rows = translationTable(ctx.state, ctx.orderInputs);
  const translated = rows.filter((r) => r.links.length > 0);
  if (translated.length === 0) {
    const gap = notRecorded('translate the concepts study by study', where.translations);
    ctx.topic('translation-outcome', 'results-translation', 'missing', [gap]);
    return section('results-translation', 'Translations', 3, [missing(gap)]);
  }
  const unsummarised = translated.filter((r) => !r.summary?.trim()).map((r) => `“${r.concept.label}”`);
  const gaps = unsummarised.length > 0 ? [notRecorded(`state the translated concept of ${joinAnd(unsummarised)} in the reviewers’ words`, where.translations)] : [];
  ctx.topic('translation-outcome', 'results-translation', gaps.length > 0 ? 'partial' : 'complete', gaps);
  const register = refutationRegister(ctx.state);
  const reciprocal = translated.reduce((n, r) => n + r.reciprocal, 0);
  const refutational = translated.reduce((n, r) => n + r.refutational, 0);
  const [t1, t2, t3] = [ctx.nextTableLabel(1), ctx.nextTableLabel(2), ctx.nextTableLabel(3)];
  const blocks: ReportBlock[] = [
    paragraph(
      `${translated.length === rows.length ? (rows.length === 1 ? 'The concept was' : `All ${count(rows.length)} concepts were`) : `${count(translated.length)} of the ${plural(rows.length, 'concept was', 'concepts were')}`} translated, through ${count(reciprocal)} reciprocal and ${count(refutational)} refutational translations. `,
      `${t1} gives each translated concept in the reviewers’ words; ${t2} lists every translation with the constructs compared and the reviewers’ rationale${register.length > 0 ? `; ${t3} is the refutation register: each contradiction and how it was explained` : ''}.`,
    ),
  ];
  for (const gap of gaps) blocks.push(missing(gap));
  blocks.push(
    ctx.table({
      id: 'translations',
      caption: 'Translated concepts: the studies that express each concept and the concept as translated',
      header: ['Concept', 'Studies expressing it', 'Reciprocal', 'Refutational', 'Translated concept'],
      rows: rows.map((r) => [r.concept.label, r.studies.map((s) => s.study.label).join(', ') || '–', String(r.reciprocal), String(r.refutational), r.summary?.trim() || '–']),
    }),
    ctx.table({
      id: 'translation-links',
      caption: 'Translation links: each pair of studies compared, in the order the translations were made',
      header: ['Concept', 'From', 'To', 'Kind', 'Constructs compared', 'Rationale', 'By'],
      rows: translated.flatMap((r) =>
        r.links.map((l) => [
          r.concept.label,
          l.from.label,
          l.to.label,
          l.kind,
          `${l.fromConstructs.map(constructLabel).join('; ') || '–'} → ${l.toConstructs.map(constructLabel).join('; ') || '–'}`,
          l.rationale,
          `${l.author}, ${l.at.slice(0, 10)}`,
        ]),
      ),
    }),
  );
  if (register.length > 0) {
    blocks.push(
      ctx.table({
        id: 'refutations',
        caption: 'Refutation register: contradictions between studies and how they were explained',
        header: ['Concept', 'Between', 'Contradiction', 'Explanation', 'Bears on'],
        rows: register.map((r) => [
          r.concept.label,
          `${r.from.label} ↔ ${r.to.label}`,
          r.rationale,
          r.resolved ? (r.resolution ?? '').trim() : 'Not yet explained',
          r.thirdOrders.map((t) => t.label).join('; ') || '–',
        ]),
      }),
    );
  } else {
    blocks.push(paragraph('No refutational translations were recorded: the studies did not contradict one another on any concept.'));
  }
  return section('results-translation', 'Translations', 3, blocks);
}
