import type { MemoTag } from '../../synthesis/memo.js';
import type { SynthesisState } from '../../synthesis/state.js';
import { list, missing, notRecorded, paragraph, section } from '../blocks.js';
import { statusOf, type BuildContext } from '../context.js';
import type { ReportFacts } from '../facts.js';
import { count, joinAnd, numberWord, plural } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

/** How a translation order reads in a sentence. */
export function orderPhrase(ctx: BuildContext): string {
  const order = ctx.state.translationOrder;
  switch (order.kind) {
    case 'index-study': {
      const label = ctx.index.study.get(order.indexStudyId)?.label ?? order.indexStudyId;
      return `with ${label} as the index study, followed by the others from oldest to newest`;
    }
    case 'chronology':
      return 'chronologically, oldest first';
    case 'quality':
      return ctx.qualityOrderWithoutRatings
        ? 'by appraised quality, best first — but no study has a consensus appraisal yet, so they appear from oldest to newest'
        : 'by appraised quality, best first (ties by date)';
    case 'custom':
      return 'in an order the team chose';
  }
}

/** Journal entries with one tag, each with what it is about. */
function memoItems(ctx: BuildContext, tag: MemoTag): string[] {
  return ctx.state.memos
    .filter((m) => m.tag === tag)
    .map((m) => {
      const about = m.about ? aboutLabel(ctx.state, m.about.kind, m.about.id) : undefined;
      return about ? `${m.text.trim()} (on ${about})` : m.text.trim();
    });
}

function aboutLabel(state: SynthesisState, kind: string, id: string): string | undefined {
  const find = <T extends { id: string }>(items: readonly T[]): T | undefined => items.find((x) => x.id === id);
  switch (kind) {
    case 'study':
      return find(state.studies)?.label;
    case 'construct':
      return find(state.constructs)?.label;
    case 'concept':
      return find(state.concepts)?.label;
    case 'thirdOrder':
      return find(state.thirdOrders)?.label;
    case 'translation': {
      const t = find(state.translations);
      const concept = t ? state.concepts.find((c) => c.id === t.conceptId) : undefined;
      return concept ? `the translation of “${concept.label}”` : undefined;
    }
    case 'lineOfArgument':
      return find(state.linesOfArgument)?.title;
    default:
      return undefined;
  }
}

/** Phase 3: reading the studies and extracting first- and second-order constructs (eMERGe 9, ENTREQ 14, 17). */
export function readingSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const { state } = ctx;
  const perStudy = ctx.studies.map((s) => state.constructs.filter((c) => c.studyId === s.id).length);
  const without = ctx.studies.filter((_, i) => perStudy[i] === 0).map((s) => s.label);
  const gaps = without.length > 0 ? [notRecorded(`extract the constructs of ${joinAnd(without)}`, where.reading)] : [];
  const status = statusOf(ctx.studies.length - without.length, without.length);
  ctx.topic('reading', 'methods-reading', state.constructs.length === 0 ? 'missing' : status, state.constructs.length === 0 ? [notRecorded('code excerpts and first- and second-order constructs', where.reading)] : gaps);
  if (state.constructs.length === 0) {
    return section('methods-reading', 'Reading and data extraction', 3, [missing(notRecorded('code excerpts and first- and second-order constructs', where.reading))]);
  }
  const withConstructs = perStudy.filter((n) => n > 0);
  const blocks: ReportBlock[] = [
    paragraph(
      'The reviewers read and re-read the full text of each included study, noting its metaphors, concepts and themes in the context of the study. ',
      `Passages were coded as excerpts anchored to their page of the full text (${plural(facts.excerpts, 'excerpt', 'excerpts')} from ${plural(new Set(state.excerpts.map((e) => e.studyId)).size, 'study', 'studies')}). `,
      `From them the reviewers extracted ${plural(facts.firstOrder, 'first-order construct', 'first-order constructs')} — participants' own words — and ${plural(facts.secondOrder, 'second-order construct', 'second-order constructs')} — the study authors' interpretations: their themes, concepts and metaphors — `,
      `between ${Math.min(...withConstructs)} and ${Math.max(...withConstructs)} per study. Each construct keeps the excerpts it rests on.`,
    ),
  ];
  for (const gap of gaps) blocks.push(missing(gap));
  return section('methods-reading', 'Reading and data extraction', 3, blocks);
}

/** Phase 4: the juxtaposition grid and the order of the studies (eMERGe 11, ENTREQ 18). */
export function relatingSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const { state } = ctx;
  const filled = state.gridCells.filter((c) => c.constructIds.length > 0).length;
  const notes = state.gridCells.filter((c) => c.constructIds.length === 0 && c.note !== undefined).length;
  if (facts.concepts === 0 || filled === 0) {
    const gap = notRecorded('define the concepts and place each construct under the concept it expresses', where.grid);
    ctx.topic('relating', 'methods-relating', 'missing', [gap]);
    return section('methods-relating', 'Determining how the studies are related', 3, [missing(gap)]);
  }
  ctx.topic('relating', 'methods-relating', 'complete');
  const cells = ctx.studies.length * facts.concepts;
  const blocks: ReportBlock[] = [
    paragraph(
      `We listed the key metaphors, themes and concepts of each study and juxtaposed them in a grid of ${plural(ctx.studies.length, 'study', 'studies')} by ${plural(facts.concepts, 'concept', 'concepts')}, placing each construct under the concept it expresses, so that studies could be compared concept by concept while each construct stayed attached to its own study. `,
      `${count(filled)} of the ${count(cells)} study–concept cells hold constructs${notes > 0 ? `; ${plural(notes, 'cell records', 'cells record')} that a study is silent on a concept` : ''}. `,
      `Studies were ordered ${orderPhrase(ctx)}; this was also the order of translation. The grid is shown under Results.`,
    ),
  ];
  const method = memoItems(ctx, 'method');
  if (method.length > 0) blocks.push(paragraph('Method notes from the team’s journal:'), list(method));
  return section('methods-relating', 'Determining how the studies are related', 3, blocks);
}

/** Phase 5: reciprocal and refutational translation, and alternative interpretations (eMERGe 13). */
export function translationMethodsSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const links = ctx.state.translations.flatMap((t) => t.links);
  const alternatives = memoItems(ctx, 'alternative-interpretation');
  const altGap = notRecorded('record the alternative interpretations the team considered (tag the journal entry “alternative interpretation”)', where.journal);
  if (links.length === 0) {
    const gap = notRecorded('translate each concept study by study, marking each link reciprocal or refutational', where.translations);
    ctx.topic('translation', 'methods-translation', 'missing', [gap]);
    return section('methods-translation', 'Translating the studies into one another', 3, [missing(gap)]);
  }
  ctx.topic('translation', 'methods-translation', alternatives.length > 0 ? 'complete' : 'partial', alternatives.length > 0 ? [] : [altGap]);
  const authors = new Set(links.map((l) => l.author)).size;
  const explained = facts.refutational - facts.unexplainedRefutations;
  const blocks: ReportBlock[] = [
    paragraph(
      'Following the same order, each concept was translated study by study. For each pair of studies the reviewers compared the constructs that express the concept in each, keeping each study’s context in view, and recorded whether the accounts say the same thing in different terms (reciprocal translation) or contradict each other (refutational translation), with their rationale, who made the translation and when. ',
      `${facts.translatedConcepts === facts.concepts ? (facts.concepts === 1 ? 'The concept was' : `All ${count(facts.concepts)} concepts were`) : `${count(facts.translatedConcepts)} of the ${plural(facts.concepts, 'concept was', 'concepts were')}`} translated through ${plural(links.length, 'link', 'links')}: ${count(facts.reciprocal)} reciprocal and ${count(facts.refutational)} refutational. `,
      facts.refutational > 0
        ? `Every contradiction was entered in a refutation register with how it was explained (${count(explained)} explained, ${count(facts.unexplainedRefutations)} not yet explained). `
        : '',
      `Each translated concept was then stated in the reviewers’ own words. Translations were made by ${numberWord(authors)} ${authors === 1 ? 'reviewer' : 'reviewers'}.`,
    ),
  ];
  if (alternatives.length > 0) blocks.push(paragraph('Alternative interpretations the team considered, from its journal:'), list(alternatives));
  else blocks.push(missing(altGap));
  return section('methods-translation', 'Translating the studies into one another', 3, blocks);
}

/** Phase 6: from translations to third-order constructs and a line of argument (eMERGe 15, ENTREQ 19). */
export function synthesisMethodsSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const { state } = ctx;
  if (state.thirdOrders.length === 0) {
    const gap = notRecorded('build third-order constructs from the translations', where.thirdOrder);
    ctx.topic('synthesis', 'methods-synthesis', 'missing', [gap]);
    return section('methods-synthesis', 'Synthesising the translations', 3, [missing(gap)]);
  }
  const alternatives = facts.memos['alternative-interpretation'];
  const altGap = notRecorded('record the alternative interpretations weighed while synthesising (tag the journal entry “alternative interpretation”)', where.journal);
  ctx.topic('synthesis', 'methods-synthesis', alternatives > 0 ? 'complete' : 'partial', alternatives > 0 ? [] : [altGap]);
  const grouping =
    facts.overarching.length > 0
      ? `${plural(facts.thirdOrders, 'third-order construct was', 'third-order constructs were')} grouped under ${plural(facts.overarching.length, 'overarching construct', 'overarching constructs')}`
      : `${plural(facts.thirdOrders, 'third-order construct was', 'third-order constructs were')} developed`;
  const loa = state.linesOfArgument.length > 0 ? ', and a line of argument was drawn connecting them' : '';
  const m = facts.memos;
  const journal = m.reflexive + m.decision + m['alternative-interpretation'] + m.method;
  const blocks: ReportBlock[] = [
    paragraph(
      'The translated concepts were then translated into one another to reach a higher order of interpretation. Third-order constructs — the reviewers’ interpretations — were derived inductively from the translations; each is linked to the concepts and constructs it rests on, so that every finding can be followed down to the quotations and pages that support it. ',
      `${grouping}${loa}. `,
      journal > 0
        ? `Throughout, the team kept a journal (${plural(journal, 'entry', 'entries')}: ${plural(m.reflexive, 'reflexive note', 'reflexive notes')}, ${plural(m.decision, 'decision', 'decisions')}, ${plural(m['alternative-interpretation'], 'alternative interpretation', 'alternative interpretations')} and ${plural(m.method, 'method note', 'method notes')}).`
        : 'The team kept no journal entries in the product.',
    ),
  ];
  const decisions = memoItems(ctx, 'decision');
  if (decisions.length > 0) blocks.push(paragraph('Decisions recorded in the journal:'), list(decisions));
  if (alternatives === 0) blocks.push(missing(altGap));
  return section('methods-synthesis', 'Synthesising the translations', 3, blocks);
}

/** GRADE-CERQual: how confidence in each finding was assessed. */
export function cerqualMethodsSection(ctx: BuildContext): ReportSection {
  const c = ctx.input.cerqual;
  if (!c || c.findings.length === 0) {
    const gap = notRecorded('assess confidence in each review finding with GRADE-CERQual', where.cerqual);
    ctx.topic('cerqual', ['methods-cerqual', 'results-cerqual'], 'missing', [gap]);
    return section('methods-cerqual', 'Confidence in the findings (GRADE-CERQual)', 3, [missing(gap)]);
  }
  const unassessed = c.findings.filter((f) => !c.assessments.find((a) => a.findingId === f.id)?.overall).map((f) => f.label);
  ctx.topic(
    'cerqual',
    ['methods-cerqual', 'results-cerqual'],
    statusOf(c.findings.length - unassessed.length, unassessed.length),
    unassessed.length > 0 ? [notRecorded(`assess the overall confidence in ${joinAnd(unassessed.map((l) => `“${l}”`))}`, where.cerqual)] : [],
  );
  const perConstruct = c.findings.every((f) => f.thirdOrderId !== undefined) ? ' — one for each third-order construct —' : '';
  const relevance = c.relevance.length > 0 ? ` (${c.relevance.map((r) => `“${r.label.trim()}”`).join(', ')})` : '';
  return section('methods-cerqual', 'Confidence in the findings (GRADE-CERQual)', 3, [
    paragraph(
      `We assessed confidence in each of the ${plural(c.findings.length, 'review finding', 'review findings')}${perConstruct} with GRADE-CERQual (Lewin et al. 2018). `,
      `For each finding the reviewers judged four components: methodological limitations, drawing on the appraisals of the studies that contribute to it; coherence, taking the refutation register into account; adequacy, from the number of studies, constructs and quotations behind it; and relevance, comparing the contributing studies’ contexts with the review’s criteria${relevance}. `,
      'Each finding started at high confidence and was downgraded, with an explanation, where there were concerns; the contributing studies of each finding were taken from its evidence chain rather than listed by hand.',
    ),
  ]);
}
