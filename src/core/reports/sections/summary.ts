import { bold, paragraph, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { confidenceSummary, sourceName, type ReportFacts } from '../facts.js';
import { capitalise, count, formatDate, joinAnd, numberWord, paragraphsOf, plural } from '../format.js';
import type { ReportBlock, ReportSection } from '../model.js';

/**
 * An abstract-like summary in which every number is computed. Following eMERGe's advice on abstracts, it
 * describes the included (primary) studies apart from the findings of the synthesis.
 */
/** " between 1 February 2024 and 1 March 2024", " on 1 February 2024", or nothing. */
export function dateRange(dates: Readonly<{ from: string; to: string }> | undefined): string {
  if (!dates) return '';
  return dates.from === dates.to ? ` on ${formatDate(dates.from)}` : ` between ${formatDate(dates.from)} and ${formatDate(dates.to)}`;
}

export function summarySection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const { input } = ctx;
  const blocks: ReportBlock[] = [];
  const question = input.project.question?.trim();
  if (question) blocks.push(paragraph(bold('Review question. '), question));
  const aim = paragraphsOf(input.project.texts.aims)[0];
  if (aim) blocks.push(paragraph(bold('Aim. '), aim));

  const methods: string[] = ["A meta-ethnography following Noblit and Hare's seven phases, reported with the eMERGe guidance."];
  if (facts.databaseSearches.length > 0) {
    const names = [...new Set(facts.databaseSearches.map(sourceName))];
    const other = [...new Set(facts.otherSearches.map((s) => s.source.trim().toLowerCase()))];
    methods.push(`We searched ${plural(names.length, 'database', 'databases')} (${joinAnd(names)})${other.length > 0 ? ` and used ${joinAnd(other)}` : ''}${dateRange(facts.searchDates)}.`);
  }
  if (input.screening) {
    const perRecord = input.screening.reviewersPerRecord;
    const same = perRecord['title-abstract'] === perRecord['full-text'];
    methods.push(
      same
        ? `${capitalise(numberWord(perRecord['title-abstract']))} ${perRecord['title-abstract'] === 1 ? 'reviewer' : 'reviewers'} screened each record at title/abstract and full text${perRecord['title-abstract'] > 1 ? ', independently' : ''}.`
        : `Records were screened by ${numberWord(perRecord['title-abstract'])} reviewer(s) at title/abstract and ${numberWord(perRecord['full-text'])} at full text.`,
    );
  }
  if (input.appraisal) methods.push(`Included studies were appraised with the ${input.appraisal.checklist.name}.`);
  if (facts.firstOrder + facts.secondOrder > 0) {
    methods.push(
      `${count(facts.firstOrder)} first-order and ${count(facts.secondOrder)} second-order constructs were extracted from ${plural(facts.studiesWithConstructs, 'study', 'studies')}, juxtaposed under ${plural(facts.concepts, 'concept', 'concepts')} and translated through ${count(facts.reciprocal)} reciprocal and ${count(facts.refutational)} refutational translations.`,
    );
  }
  if (input.cerqual) methods.push('Confidence in each review finding was assessed with GRADE-CERQual.');
  blocks.push(paragraph(bold('Methods. '), methods.join(' ')));

  const studies = ctx.studies.length;
  if (studies > 0) {
    const c = facts.characteristics;
    const published = c?.years ? (c.years.from === c.years.to ? ` published in ${c.years.from}` : ` published ${c.years.from}–${c.years.to}`) : '';
    const parts: string[] = [];
    if (c?.participants) {
      parts.push(
        c.participants.reported === studies
          ? `with ${count(c.participants.total)} participants`
          : `with ${count(c.participants.total)} participants in the ${c.participants.reported} studies that reported numbers`,
      );
    }
    if (c?.countries && c.countries.countries.length > 0) {
      parts.push(
        `from ${plural(c.countries.countries.length, 'country', 'countries')} on ${plural(c.countries.continents.length, 'continent', 'continents')} (${joinAnd(c.countries.continents.map((x) => x.name))})`,
      );
    }
    const subject = `${plural(studies, 'study', 'studies')} (${plural(facts.reports, 'report', 'reports')})${published} ${studies === 1 ? 'was' : 'were'} included`;
    blocks.push(paragraph(bold('Included studies. '), `${[subject, ...parts].join(', ')}.`));
  } else {
    blocks.push(paragraph(bold('Included studies. '), 'No studies have been added to the synthesis yet.'));
  }

  if (facts.hierarchy.length > 0) {
    const roots = facts.overarching.map((n) => n.thirdOrder.label);
    const findings =
      facts.overarching.length > 0
        ? `The synthesis produced ${plural(facts.thirdOrders, 'third-order construct', 'third-order constructs')} under ${plural(roots.length, 'overarching construct', 'overarching constructs')}: ${roots.map((r) => `“${r}”`).join('; ')}.`
        : `The synthesis produced ${plural(facts.thirdOrders, 'third-order construct', 'third-order constructs')}.`;
    const loa = ctx.state.linesOfArgument[0];
    blocks.push(paragraph(bold('Findings. '), loa ? `${findings} Line of argument, “${loa.title}”: ${loa.text.trim()}` : findings));
  }
  if (facts.confidence && input.cerqual && input.cerqual.findings.length > 0) {
    blocks.push(
      paragraph(
        bold('Confidence in the findings. '),
        `GRADE-CERQual confidence in the ${plural(input.cerqual.findings.length, 'review finding', 'review findings')} was ${confidenceSummary(facts.confidence)}.`,
      ),
    );
  }
  return section('summary', 'Summary', 2, blocks);
}
