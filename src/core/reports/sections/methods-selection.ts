import type { ResolutionMethod, ScreeningStage } from '../../screening/types.js';
import { bold, missing, notRecorded, notWritten, paragraph, prose, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { capitalise, count, hasText, joinAnd, numberWord, percent, plural, twoDecimals } from '../format.js';
import type { ReportScreeningStage } from '../input.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';

const stageNames: Readonly<Record<ScreeningStage, string>> = { 'title-abstract': 'Title and abstract', 'full-text': 'Full text' };
const resolutionWords: Readonly<Record<ResolutionMethod, string>> = {
  consensus: 'by discussion between the two reviewers',
  'third-reviewer': 'by a third reviewer',
};

/** Selecting primary studies (eMERGe 7, ENTREQ 4, 7, 16): criteria, who screened, how, and agreement. */
export function selectionSection(ctx: BuildContext): ReportSection {
  const { input } = ctx;
  const screening = input.screening;
  const blocks: ReportBlock[] = [];

  const criteria = hasText(input.project.texts.eligibility) ? input.project.texts.eligibility : screening?.eligibilityCriteria;
  const reasons = screening?.exclusionReasons ?? [];
  if (hasText(criteria)) {
    blocks.push(...prose(criteria, 'Eligibility criteria.'));
    ctx.topic('eligibility', 'methods-selection', 'complete');
  } else {
    const gap = notWritten('the inclusion criteria', `${where.reportTexts} (or ${where.screeningSettings})`);
    blocks.push(missing(gap));
    ctx.topic('eligibility', 'methods-selection', reasons.length > 0 ? 'partial' : 'missing', [gap]);
  }

  if (!screening) {
    const gap = notRecorded('set up screening (reviewers per record, blinding) and screen the records', where.screeningSettings);
    blocks.push(missing(gap));
    ctx.topic('screening', 'methods-selection', 'missing', [gap]);
    const appraisers = appraiserCount(ctx);
    ctx.topic('reviewers', ['methods-selection', 'methods-appraisal'], appraisers > 0 ? 'partial' : 'missing', [gap]);
    return section('methods-selection', 'Selecting primary studies', 3, blocks);
  }

  const per = screening.reviewersPerRecord;
  const who = (n: number): string => `${numberWord(n)} ${n === 1 ? 'reviewer' : 'reviewers'}`;
  const independent = per['title-abstract'] > 1 || per['full-text'] > 1;
  const process =
    per['title-abstract'] === per['full-text']
      ? `Each record was screened by ${who(per['title-abstract'])}, first on its title and abstract and then, if retained, on its full text`
      : `Each record was screened by ${who(per['title-abstract'])} on its title and abstract and, if retained, by ${who(per['full-text'])} on its full text`;
  const blinding = independent
    ? screening.blinded
      ? ', working independently and blind to one another’s decisions until both had decided.'
      : ', working independently but without blinding: reviewers could see one another’s decisions.'
    : '.';
  const sentences = [`${process}${blinding}`];
  const methods = screening.resolutionMethods ?? [];
  if (methods.length > 0) sentences.push(`Disagreements were resolved ${joinAnd(methods.map((m) => resolutionWords[m])).replace(/ and ([^,]*)$/, ' or $1')}.`);
  const automation = input.prisma?.databases.screeningExcluded.byAutomation ?? 0;
  if (screening.rankingUsed) {
    sentences.push(
      `A ranking model ordered records for title and abstract screening so that those most likely to be relevant came first (prioritised screening)${input.prisma ? (automation > 0 ? `; ${plural(automation, 'record was', 'records were')} excluded by automation tools` : '; it excluded no record: reviewers decided on every record') : ''}.`,
    );
  } else {
    sentences.push(`Records were not ranked or prioritised by a model${automation > 0 ? `; ${plural(automation, 'record was', 'records were')} excluded by automation tools` : ''}.`);
  }
  blocks.push(paragraph(sentences.join(' ')));

  for (const stage of screening.stages) blocks.push(paragraph(bold(`${stageNames[stage.stage]}. `), stageSentence(stage)));
  if (reasons.length > 0) {
    blocks.push(paragraph(`Reasons for exclusion came from one list shared by all reviewers: ${joinAnd(reasons.map((r) => r.label.trim()))}.`));
  }
  if (screening.stages.length > 0) {
    blocks.push(
      ctx.table({
        id: 'screening',
        caption: 'Screening by stage: reviewers, decisions and agreement between reviewers',
        header: ['Stage', 'Reviewers per record', 'Screened', 'Included', 'Excluded', "Cohen's κ", 'Agreement', 'Records decided by two reviewers'],
        rows: screening.stages.map((s) => [
          stageNames[s.stage],
          String(per[s.stage]),
          count(s.screened),
          count(s.included),
          count(s.excluded),
          s.agreement?.kappa !== undefined ? twoDecimals(s.agreement.kappa) : '–',
          s.agreement?.percent !== undefined ? percent(s.agreement.percent) : '–',
          s.agreement ? count(s.agreement.pairs) : '–',
        ]),
      }),
    );
  }
  const stageGaps = screening.stages.length === 0 ? [notRecorded('screen the records', 'Screening')] : [];
  ctx.topic('screening', 'methods-selection', screening.stages.length > 0 ? 'complete' : 'partial', stageGaps);
  ctx.topic('reviewers', ['methods-selection', 'methods-appraisal', 'methods-translation'], 'complete');
  return section('methods-selection', 'Selecting primary studies', 3, blocks);
}

function stageSentence(s: ReportScreeningStage): string {
  const base = `${plural(s.screened, 'record was', 'records were')} screened: ${count(s.included)} included and ${count(s.excluded)} excluded.`;
  const a = s.agreement;
  if (!a || (a.kappa === undefined && a.percent === undefined)) return base;
  const stats = [a.kappa !== undefined ? `Cohen's κ = ${twoDecimals(a.kappa)}` : '', a.percent !== undefined ? `${percent(a.percent)} agreement` : ''].filter((x) => x !== '');
  return `${base} ${capitalise(`agreement between reviewers: ${stats.join(', ')}, over ${plural(a.pairs, 'record', 'records')} decided by two reviewers.`)}`;
}

/** How many people appraised studies independently (reviewer-role appraisals). */
export function appraiserCount(ctx: BuildContext): number {
  return new Set((ctx.input.appraisal?.appraisals ?? []).filter((a) => a.role === 'reviewer').map((a) => a.by)).size;
}
