import { confidenceLabels } from '../../cerqual/levels.js';
import { evidenceChain, summariseEvidence, type EvidenceChain, type EvidenceConstruct } from '../../synthesis/evidence-chain.js';
import type { HierarchyNode } from '../../synthesis/hierarchy.js';
import type { ThirdOrderId } from '../../synthesis/ids.js';
import type { ArgumentEdgeKind, LineOfArgument } from '../../synthesis/line-of-argument.js';
import { bold, list, missing, notRecorded, paragraph, prose, quote, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import type { ReportFacts } from '../facts.js';
import { joinAnd, plural } from '../format.js';
import { hierarchySvg } from '../figures/hierarchy-svg.js';
import { argumentNodeLabel, lineOfArgumentSvg } from '../figures/line-of-argument-svg.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';
import { constructLabel } from './results-relating.js';

/** The constructs a node rests on directly (its concepts' cells and its own links), not through children. */
function directConstructs(chain: EvidenceChain): EvidenceConstruct[] {
  const seen = new Set<string>();
  const out: EvidenceConstruct[] = [];
  for (const c of [...chain.concepts.flatMap((k) => k.cells.flatMap((cell) => cell.constructs)), ...chain.constructs]) {
    if (seen.has(c.constructId)) continue;
    seen.add(c.constructId);
    out.push(c);
  }
  return out;
}

type QuoteStats = { shown: number; withoutPage: Set<string> };

/** One third-order construct: what it means, what it rests on, its confidence, and its quotations. */
function constructSections(ctx: BuildContext, node: HierarchyNode, level: 4 | 5, stats: QuoteStats): ReportSection[] {
  const t = node.thirdOrder;
  const chain = evidenceChain(ctx.state, t.id, ctx.orderInputs);
  const summary = summariseEvidence(ctx.state, chain, ctx.orderInputs);
  const blocks: ReportBlock[] = [];
  if (t.description?.trim()) blocks.push(...prose(t.description));
  else blocks.push(missing(notRecorded(`describe “${t.label}”`, where.thirdOrder)));
  if (summary.studies.length > 0) {
    blocks.push(paragraph(bold(`Studies (${summary.studies.length}): `), `${summary.studies.map((s) => s.label).join(', ')}.`));
  }
  const finding = ctx.input.cerqual?.findings.find((f) => f.thirdOrderId === t.id);
  const overall = finding ? ctx.input.cerqual?.assessments.find((a) => a.findingId === finding.id)?.overall : undefined;
  if (finding) {
    blocks.push(
      paragraph(bold('Confidence (GRADE-CERQual): '), overall ? `${confidenceLabels[overall.confidence]}. ${overall.explanation}` : 'not yet assessed.'),
    );
  }
  const translated = chain.concepts.flatMap((k) => {
    const summaryText = ctx.state.translations.find((tr) => tr.conceptId === k.conceptId)?.summary?.trim();
    return summaryText ? [[bold(`${k.label}: `), summaryText] as const] : [];
  });
  if (translated.length > 0) blocks.push(paragraph(bold('Translated concepts')), list(translated.map((x) => [...x])));
  const constructs = directConstructs(chain);
  const ordered = [...constructs.filter((c) => c.order === 1), ...constructs.filter((c) => c.order === 2)];
  const quoted = new Set<string>();
  const quotes: ReportBlock[] = [];
  for (const c of ordered) {
    for (const e of c.excerpts) {
      if (quoted.has(e.excerptId)) continue;
      quoted.add(e.excerptId);
      quotes.push(quote(e.quote, c.study.label, c.order, e.page));
      stats.shown++;
      if (e.page === undefined) stats.withoutPage.add(c.study.label);
    }
  }
  const unquoted = constructs.filter((c) => c.excerpts.length === 0);
  if (quotes.length > 0) blocks.push(paragraph(bold('Illustrative quotations')), ...quotes);
  if (unquoted.length > 0) blocks.push(paragraph(bold('Also resting on: '), `${unquoted.map((c) => `${constructLabel(c)} (${c.study.label})`).join('; ')}.`));
  const children = node.children.flatMap((child) => constructSections(ctx, child, 5, stats));
  return [section(`finding-${t.id}`, t.label, level, blocks), ...children];
}

/** The findings (eMERGe 14–16): each third-order construct under its overarching construct, with a figure. */
export function findingsSections(ctx: BuildContext, facts: ReportFacts): ReportSection[] {
  const stats: QuoteStats = { shown: 0, withoutPage: new Set() };
  if (facts.hierarchy.length === 0) {
    const gap = notRecorded('anchor quotations from the studies and build third-order constructs on them', where.thirdOrder);
    ctx.topic('quotes', 'results-findings', 'missing', [gap]);
    return [section('results-findings', 'Findings', 3, [missing(notRecorded('build third-order constructs from the translations', where.thirdOrder))])];
  }
  const studiesOf = new Map<ThirdOrderId, number>();
  for (const t of ctx.state.thirdOrders) {
    studiesOf.set(t.id, summariseEvidence(ctx.state, evidenceChain(ctx.state, t.id, ctx.orderInputs), ctx.orderInputs).studies.length);
  }
  const confidenceOf = (id: ThirdOrderId): string | undefined => {
    const finding = ctx.input.cerqual?.findings.find((f) => f.thirdOrderId === id);
    const overall = finding ? ctx.input.cerqual?.assessments.find((a) => a.findingId === finding.id)?.overall : undefined;
    return overall ? `${confidenceLabels[overall.confidence].replace(/ confidence$/, '').toLowerCase()} confidence` : undefined;
  };
  const figure = ctx.figure({
    id: 'construct-hierarchy',
    caption: 'The third-order constructs under their overarching constructs, with the number of contributing studies and the CERQual confidence of each finding',
    alt: `Hierarchy of constructs: ${facts.hierarchy.map((r) => `${r.thirdOrder.label}${r.children.length > 0 ? ` (${r.children.map((c) => c.thirdOrder.label).join('; ')})` : ''}`).join('. ')}.`,
    svg: hierarchySvg(facts.hierarchy, {
      title: 'Third-order constructs of the synthesis',
      detail: (t) => [plural(studiesOf.get(t.id) ?? 0, 'study', 'studies'), confidenceOf(t.id)].filter((x): x is string => x !== undefined).join(' · '),
    }),
  });
  const intro =
    facts.overarching.length > 0
      ? `The synthesis produced ${plural(facts.thirdOrders, 'third-order construct', 'third-order constructs')} under ${plural(facts.overarching.length, 'overarching construct', 'overarching constructs')}: ${joinAnd(facts.overarching.map((o) => `“${o.thirdOrder.label}”`))} (${figure.figure.label}).`
      : `The synthesis produced ${plural(facts.thirdOrders, 'third-order construct', 'third-order constructs')} (${figure.figure.label}).`;
  const body = facts.hierarchy.flatMap((root) => constructSections(ctx, root, 4, stats));
  const gaps: string[] = [];
  if (stats.shown === 0) gaps.push(notRecorded('anchor the constructs to excerpts (quotations) of the studies', where.reading));
  if (stats.withoutPage.size > 0) gaps.push(notRecorded(`record the page of the quotations from ${joinAnd([...stats.withoutPage])}`, where.reading));
  ctx.topic('quotes', 'results-findings', stats.shown === 0 ? 'missing' : gaps.length > 0 ? 'partial' : 'complete', gaps);
  const blocks: ReportBlock[] = [
    paragraph(
      intro,
      ' Each is described below with the studies it rests on, its confidence and quotations from the studies: participants’ own words (first-order constructs) first, then the study authors’ text (second-order constructs), each with its study and page.',
    ),
    figure,
    ...gaps.map(missing),
  ];
  return [section('results-findings', 'Findings', 3, blocks), ...body];
}

const edgeWords: Readonly<Record<ArgumentEdgeKind, string>> = {
  'leads-to': 'leads to',
  shapes: 'shapes',
  'in-tension-with': 'is in tension with',
  'part-of': 'is part of',
};

function argumentBlocks(ctx: BuildContext, loa: LineOfArgument, withTitle: boolean): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  if (withTitle) blocks.push(paragraph(bold(loa.title)));
  blocks.push(...prose(loa.text));
  if (loa.nodes.length > 0) {
    blocks.push(
      ctx.figure({
        id: `line-of-argument-${loa.id}`,
        caption: `Line of argument: ${loa.title}`,
        alt: `Line of argument “${loa.title}”: ${loa.edges.length > 0 ? loa.edges.map((e) => `${argumentNodeLabel(ctx.state, e.from)} ${edgeWords[e.kind]} ${argumentNodeLabel(ctx.state, e.to)}`).join('; ') : loa.nodes.map((n) => argumentNodeLabel(ctx.state, n)).join('; ')}.`,
        svg: lineOfArgumentSvg(loa, ctx.state),
      }),
    );
  }
  if (loa.edges.length > 0) {
    blocks.push(
      paragraph(bold('Relations in the line of argument')),
      list(
        loa.edges.map((e) => {
          const text = `${argumentNodeLabel(ctx.state, e.from)} ${edgeWords[e.kind]} ${argumentNodeLabel(ctx.state, e.to)}`;
          return e.label?.trim() ? [text, ` — ${e.label.trim()}`] : [text];
        }),
      ),
    );
  }
  return blocks;
}

/** The outcome of the synthesis (eMERGe 16, ENTREQ 21): the line of argument in words and as a figure. */
export function lineOfArgumentSections(ctx: BuildContext): ReportSection[] {
  const lines = ctx.state.linesOfArgument.filter((l) => l.text.trim() !== '');
  if (lines.length === 0) {
    const gap = notRecorded('write the line of argument that connects the third-order constructs', where.lineOfArgument);
    ctx.topic('synthesis-outcome', 'results-line-of-argument', ctx.state.thirdOrders.length > 0 ? 'partial' : 'missing', [gap]);
    return [section('results-line-of-argument', 'Line of argument', 3, [missing(gap)])];
  }
  ctx.topic('synthesis-outcome', ['results-line-of-argument', 'results-findings'], 'complete');
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only) return [section('results-line-of-argument', 'Line of argument', 3, argumentBlocks(ctx, only, true))];
  return [
    section('results-line-of-argument', 'Lines of argument', 3, []),
    ...lines.map((l) => section(`line-of-argument-${l.id}`, l.title, 4, argumentBlocks(ctx, l, false))),
  ];
}

