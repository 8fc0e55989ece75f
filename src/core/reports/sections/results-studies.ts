import type { AppraisalRowSource } from '../../appraisal/table.js';
import type { CountrySummary } from '../../characteristics/summary.js';
import { formatFieldValue } from '../../characteristics/summary.js';
import { missing, notRecorded, paragraph, section } from '../blocks.js';
import { statusOf, type BuildContext } from '../context.js';
import type { ReportFacts } from '../facts.js';
import { count, joinAnd, plural } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection } from '../model.js';
import { reportAppraisalTable } from './methods-appraisal.js';

const countries = (c: CountrySummary): string => c.countries.map((x) => (x.studies.length > 1 ? `${x.name} (${x.studies.length})` : x.name)).join(', ');

/** The characteristics of the included studies (eMERGe 10, ENTREQ 8): computed summary and table. */
export function characteristicsResultsSection(ctx: BuildContext, facts: ReportFacts): ReportSection {
  const input = ctx.input.characteristics;
  const n = ctx.studies.length;
  const sectionIds = ['methods-characteristics', 'results-characteristics'];
  if (!input || n === 0) {
    const gap = notRecorded('record the characteristics of each included study', where.characteristics);
    ctx.topic('characteristics', sectionIds, 'missing', [gap]);
    const blocks: ReportBlock[] = n > 0 ? [paragraph(`${plural(n, 'study was', 'studies were')} included: ${joinAnd(ctx.studies.map((s) => s.label))}.`)] : [];
    return section('results-characteristics', 'Characteristics of the included studies', 3, [...blocks, missing(gap)]);
  }
  const without = ctx.studies.filter((s) => Object.keys(input.values.find((v) => v.studyId === s.id)?.values ?? {}).length === 0).map((s) => s.label);
  const gaps = without.length > 0 ? [notRecorded(`fill in the characteristics of ${joinAnd(without)}`, where.characteristics)] : [];
  ctx.topic('characteristics', sectionIds, statusOf(n - without.length, without.length), gaps);

  const s = facts.characteristics;
  const text: string[] = [];
  if (s?.years) {
    const missingYears = s.years.notReported.length > 0 ? ` (year not reported by ${joinAnd(s.years.notReported.map((x) => x.label))})` : '';
    text.push(`The ${plural(n, 'included study was', 'included studies were')} published ${s.years.from === s.years.to ? `in ${s.years.from}` : `between ${s.years.from} and ${s.years.to}`}${missingYears}.`);
  } else {
    text.push(`${plural(n, 'study was', 'studies were')} included.`);
  }
  if (s?.participants) {
    const p = s.participants;
    text.push(
      p.reported === n
        ? `Together they involved ${plural(p.total, 'participant', 'participants')} (${p.min === p.max ? `${p.min} per study` : `${p.min} to ${p.max} per study`}).`
        : `The ${p.reported} studies that reported numbers involved ${plural(p.total, 'participant', 'participants')} (${p.min === p.max ? `${p.min} per study` : `${p.min} to ${p.max} per study`}); ${joinAnd(p.notReported.map((x) => x.label))} did not report ${p.notReported.length === 1 ? 'its' : 'their'} number of participants.`,
    );
  }
  if (s?.countries && s.countries.countries.length > 0) {
    const c = s.countries;
    const continents = c.continents.map((x) => `${x.name} (${plural(x.studies, 'study', 'studies')})`);
    text.push(`The studies were conducted in ${plural(c.countries.length, 'country', 'countries')} — ${countries(c)} — on ${plural(c.continents.length, 'continent', 'continents')}: ${joinAnd(continents)}.`);
  }
  if (s?.hostCountries && s.hostCountries.countries.length > 0) {
    const h = s.hostCountries;
    const reporting = n - h.notReported.length;
    text.push(`In the ${plural(reporting, 'study', 'studies')} that named them, participants had trained or worked in ${plural(h.countries.length, 'host country', 'host countries')}: ${countries(h)}.`);
  }
  for (const m of s?.methods ?? []) {
    if (m.counts.length === 0) continue;
    const parts = m.counts.map((c) => `${c.label} (${c.studies})`);
    text.push(`${m.label}: ${parts.join(', ')}${m.notReported > 0 ? `; no answer for ${plural(m.notReported, 'study', 'studies')}` : ''}.`);
  }
  const blocks: ReportBlock[] = [paragraph(text.join(' '))];
  for (const gap of gaps) blocks.push(missing(gap));
  const fields = input.form.fields;
  blocks.push(
    ctx.table({
      id: 'characteristics',
      caption: 'Characteristics of the included studies (in translation order)',
      header: ['Study', ...fields.map((f) => f.label)],
      rows: ctx.studies.map((study) => {
        const values = input.values.find((v) => v.studyId === study.id)?.values ?? {};
        return [study.label, ...fields.map((f) => formatFieldValue(f, values[f.id]))];
      }),
      notes: ['– = not reported by the study or not recorded.'],
    }),
  );
  return section('results-characteristics', 'Characteristics of the included studies', 3, blocks);
}

const sourceSuffix: Readonly<Record<AppraisalRowSource, string>> = {
  consensus: '',
  'single-reviewer': ' (one reviewer)',
  'awaiting-consensus': ' (awaiting consensus)',
  'not-appraised': ' (not appraised)',
};

/** The appraisal of each study (ENTREQ 13): which items raised concerns, and the table. */
export function appraisalResultsSection(ctx: BuildContext): ReportSection {
  const a = ctx.input.appraisal;
  const table = reportAppraisalTable(ctx);
  if (!a || !table) {
    return section('results-appraisal', 'Methodological quality of the included studies', 3, [
      missing(notRecorded('appraise the included studies', where.appraisal)),
    ]);
  }
  const { checklist } = a;
  const bySource = (source: AppraisalRowSource) => table.rows.filter((r) => r.source === source).length;
  const shownRows = table.rows.filter((r) => r.source === 'consensus' || r.source === 'single-reviewer');
  const how = [
    bySource('consensus') > 0 ? `${count(bySource('consensus'))} ${bySource('consensus') === 1 ? 'was' : 'were'} appraised by consensus of the reviewers` : '',
    bySource('single-reviewer') > 0 ? `${count(bySource('single-reviewer'))} by one reviewer` : '',
    bySource('awaiting-consensus') > 0 ? `${count(bySource('awaiting-consensus'))} ${bySource('awaiting-consensus') === 1 ? 'awaits' : 'await'} consensus` : '',
    bySource('not-appraised') > 0 ? `${count(bySource('not-appraised'))} ${bySource('not-appraised') === 1 ? 'is' : 'are'} not yet appraised` : '',
  ].filter((x) => x !== '');
  const n = table.rows.length;
  const text = [
    bySource('consensus') === n
      ? `${n === 1 ? 'The included study was' : `All ${plural(n, 'included study', 'included studies')} were`} appraised by consensus of the reviewers (${ctx.nextTableLabel()}).`
      : `Of the ${plural(n, 'included study', 'included studies')}, ${joinAnd(how)} (${ctx.nextTableLabel()}).`,
  ];
  const favourableLabel = checklist.items.find((i) => i.kind === 'choice')?.options.find((o) => o.favourable)?.label;
  const concerns = checklist.items
    .map((item, i) => {
      if (item.kind !== 'choice') return { item, n: 0 };
      const n = shownRows.filter((r) => {
        const option = item.options.find((o) => o.value === r.cells[i]?.value);
        return option !== undefined && !option.favourable && !option.notApplicable;
      }).length;
      return { item, n };
    })
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n || x.item.number - y.item.number);
  if (shownRows.length > 0) {
    text.push(
      concerns.length > 0
        ? `Answers raising a concern${favourableLabel ? ` (other than “${favourableLabel}”)` : ''} were most frequent for ${joinAnd(concerns.map((c) => `${c.item.number}. ${c.item.short} (${plural(c.n, 'study', 'studies')})`))}.`
        : `Every appraised study met every item${favourableLabel ? ` (“${favourableLabel}”)` : ''}.`,
    );
  }
  const notes: string[] = [];
  const rows = table.rows.map((r) => [
    `${r.study.label}${sourceSuffix[r.source]}`,
    ...r.cells.map((c, i) => {
      const column = table.columns[i];
      if (c.comment !== undefined && column) notes.push(`* ${r.study.label}, ${column.number}. ${column.short}: ${c.comment}`);
      return `${c.label ?? c.text ?? '–'}${c.comment !== undefined ? '*' : ''}`;
    }),
    r.overallComment ?? '–',
  ]);
  notes.push(...table.columns.map((c) => `${c.number}. ${c.question}`));
  notes.push(`Checklist: ${checklist.name} (${checklist.version}); item wording paraphrased from ${checklist.source.citation.trim()}`);
  const blocks: ReportBlock[] = [
    paragraph(text.join(' ')),
    ctx.table({
      id: 'appraisal',
      caption: `Appraisal of the included studies with the ${checklist.name} (consensus answers; * = commented below)`,
      header: ['Study', ...table.columns.map((c) => `${c.number}. ${c.short}`), 'Overall comment'],
      rows,
      notes,
    }),
  ];
  return section('results-appraisal', 'Methodological quality of the included studies', 3, blocks);
}
