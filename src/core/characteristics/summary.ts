import type { StudyId } from '../synthesis/ids.js';
import { markdownTable } from '../synthesis/markdown-table.js';
import { continents, countries, type ContinentCode } from './countries.js';
import { CharacteristicsForm, type FieldDefinition, type FieldRole } from './form.js';
import type { FieldValue, StudyCharacteristics } from './values.js';

type StudyRef = Readonly<{ id: StudyId; label: string }>;

export type CountryCount = Readonly<{ code: string; name: string; continent: ContinentCode; studies: readonly StudyRef[] }>;
export type ContinentCount = Readonly<{ code: ContinentCode; name: string; studies: number; countries: number }>;
export type CountrySummary = Readonly<{
  fieldId: string;
  countries: readonly CountryCount[];
  continents: readonly ContinentCount[];
  notReported: readonly StudyRef[];
}>;
export type OptionCount = Readonly<{ value: string; label: string; studies: number }>;

/**
 * The numbers a report quotes about the included studies, each computed from the characteristics (never
 * typed by hand): participants, year range, countries and continents, and how studies were done. A part is
 * absent when the form has no field with that role.
 */
export type CharacteristicsSummary = Readonly<{
  studies: number;
  participants?: Readonly<{ fieldId: string; total: number; reported: number; min: number; max: number; notReported: readonly StudyRef[] }>;
  years?: Readonly<{ fieldId: string; from: number; to: number; reported: number; notReported: readonly StudyRef[] }>;
  countries?: CountrySummary;
  hostCountries?: CountrySummary;
  /** Every choice and multi-choice field (methodology, data collection, analysis, …), options in form order. */
  methods: readonly Readonly<{ fieldId: string; label: string; counts: readonly OptionCount[]; notReported: number }>[];
}>;

/** Summarises the characteristics of `studies` (studies without a record count as not reporting anything). */
export function summariseCharacteristics(
  form: CharacteristicsForm,
  studies: readonly StudyRef[],
  records: readonly StudyCharacteristics[],
): CharacteristicsSummary {
  const valuesOf = (study: StudyRef): Readonly<Record<string, FieldValue>> => records.find((r) => r.studyId === study.id)?.values ?? {};
  const numbers = (field: FieldDefinition | undefined): { reported: [StudyRef, number][]; missing: StudyRef[] } => {
    const reported: [StudyRef, number][] = [];
    const missing: StudyRef[] = [];
    for (const study of studies) {
      const v = field ? valuesOf(study)[field.id] : undefined;
      if (typeof v === 'number' && Number.isFinite(v)) reported.push([study, v]);
      else missing.push(study);
    }
    return { reported, missing };
  };

  const participantsField = CharacteristicsForm.fieldWithRole(form, 'participants-n');
  const n = numbers(participantsField);
  const yearField = CharacteristicsForm.fieldWithRole(form, 'year');
  const y = numbers(yearField);
  const countryPart = (role: FieldRole): CountrySummary | undefined => {
    const field = CharacteristicsForm.fieldWithRole(form, role);
    return field ? summariseCountries(field, studies, valuesOf) : undefined;
  };
  const countrySummary = countryPart('country');
  const hostSummary = countryPart('host-country');
  const methods = form.fields
    .filter((f) => f.kind === 'choice' || f.kind === 'multi-choice')
    .map((field) => {
      let notReported = 0;
      const counts = new Map<string, number>();
      for (const study of studies) {
        const v = valuesOf(study)[field.id];
        const list = textValues(v);
        if (list.length === 0) notReported++;
        for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return {
        fieldId: field.id,
        label: field.label,
        counts: field.options.filter((o) => counts.has(o.value)).map((o) => ({ value: o.value, label: o.label, studies: counts.get(o.value) ?? 0 })),
        notReported,
      };
    });

  const values = (list: [StudyRef, number][]): number[] => list.map(([, v]) => v);
  return {
    studies: studies.length,
    ...(participantsField && n.reported.length > 0
      ? {
          participants: {
            fieldId: participantsField.id,
            total: values(n.reported).reduce((a, b) => a + b, 0),
            reported: n.reported.length,
            min: Math.min(...values(n.reported)),
            max: Math.max(...values(n.reported)),
            notReported: n.missing,
          },
        }
      : {}),
    ...(yearField && y.reported.length > 0
      ? {
          years: {
            fieldId: yearField.id,
            from: Math.min(...values(y.reported)),
            to: Math.max(...values(y.reported)),
            reported: y.reported.length,
            notReported: y.missing,
          },
        }
      : {}),
    ...(countrySummary ? { countries: countrySummary } : {}),
    ...(hostSummary ? { hostCountries: hostSummary } : {}),
    methods,
  };
}

function summariseCountries(
  field: FieldDefinition,
  studies: readonly StudyRef[],
  valuesOf: (study: StudyRef) => Readonly<Record<string, FieldValue>>,
): CountrySummary {
  const byCountry = new Map<string, StudyRef[]>();
  const notReported: StudyRef[] = [];
  for (const study of studies) {
    const v = valuesOf(study)[field.id];
    const codes = textValues(v).filter((c) => countries.has(c));
    if (codes.length === 0) notReported.push(study);
    for (const code of new Set(codes)) byCountry.set(code, [...(byCountry.get(code) ?? []), study]);
  }
  const list = [...byCountry.entries()]
    .map(([code, list]) => {
      const country = countries.get(code);
      return { code, name: country?.name ?? code, continent: country?.continent ?? 'AN', studies: list };
    })
    .sort((a, b) => b.studies.length - a.studies.length || (a.name < b.name ? -1 : 1));
  const continentStudies = new Map<ContinentCode, Set<string>>();
  const continentCountries = new Map<ContinentCode, number>();
  for (const c of list) {
    const set = continentStudies.get(c.continent) ?? new Set<string>();
    for (const s of c.studies) set.add(s.id);
    continentStudies.set(c.continent, set);
    continentCountries.set(c.continent, (continentCountries.get(c.continent) ?? 0) + 1);
  }
  const continentList = [...continentStudies.entries()]
    .map(([code, set]) => ({ code, name: continents[code], studies: set.size, countries: continentCountries.get(code) ?? 0 }))
    .sort((a, b) => b.studies - a.studies || (a.name < b.name ? -1 : 1));
  return { fieldId: field.id, countries: list, continents: continentList, notReported };
}

/** The text values of a field: one for text and choices, several for multi-choices and country lists. */
function textValues(value: FieldValue | undefined): readonly string[] {
  if (value === undefined || typeof value === 'number') return [];
  return typeof value === 'string' ? [value] : value;
}

/** A value as a table shows it: option labels for choices, country names for codes. */
export function formatFieldValue(field: FieldDefinition, value: FieldValue | undefined): string {
  if (value === undefined) return '–';
  if (typeof value === 'number') return String(value);
  const shown = textValues(value).map((v) => {
    if (field.kind === 'country') return countries.get(v)?.name ?? v;
    if (field.kind === 'choice' || field.kind === 'multi-choice') return field.options.find((o) => o.value === v)?.label ?? v;
    return v;
  });
  return shown.join(', ') || '–';
}

/** The characteristics of included studies table (eMERGe 10): one row per study, one column per field. */
export function characteristicsTableToMarkdown(
  form: CharacteristicsForm,
  studies: readonly StudyRef[],
  records: readonly StudyCharacteristics[],
): string {
  const rows = studies.map((study) => {
    const values = records.find((r) => r.studyId === study.id)?.values ?? {};
    return [study.label, ...form.fields.map((f) => formatFieldValue(f, values[f.id]))];
  });
  return `${markdownTable(['Study', ...form.fields.map((f) => f.label)], rows)}\n`;
}

const names = (list: readonly StudyRef[]): string => list.map((s) => s.label).join(', ');

/** The summary in sentences and small tables, as a report's "characteristics of included studies" opens. */
export function characteristicsSummaryToMarkdown(summary: CharacteristicsSummary): string {
  const lines: string[] = [`- Studies: ${summary.studies}`];
  if (summary.years) {
    const missing = summary.years.notReported.length > 0 ? ` (year not reported: ${names(summary.years.notReported)})` : '';
    lines.push(`- Published: ${summary.years.from}–${summary.years.to}${missing}`);
  }
  if (summary.participants) {
    const p = summary.participants;
    const missing = p.notReported.length > 0 ? `; not reported by ${p.notReported.length}: ${names(p.notReported)}` : '';
    lines.push(`- Participants: ${p.total} in ${p.reported} studies (${p.min}–${p.max} per study${missing})`);
  }
  const countryLines = (title: string, c: CountrySummary | undefined): void => {
    if (!c) return;
    const list = c.countries.map((x) => `${x.name} (${x.studies.length})`).join(', ');
    const conts = c.continents.map((x) => `${x.name} (${x.studies} ${x.studies === 1 ? 'study' : 'studies'})`).join(', ');
    lines.push(`- ${title}: ${c.countries.length} countries — ${list || 'none'}; continents: ${conts || 'none'}${c.notReported.length > 0 ? `; not reported or not applicable: ${c.notReported.length}` : ''}`);
  };
  countryLines('Countries of study', summary.countries);
  countryLines('Host countries', summary.hostCountries);
  const sections = summary.methods.map(
    (m) =>
      `### ${m.label}\n\n${markdownTable(
        ['', 'Studies'],
        [...m.counts.map((c) => [c.label, String(c.studies)]), ...(m.notReported > 0 ? [['(no answer)', String(m.notReported)]] : [])],
      )}`,
  );
  return [lines.join('\n'), ...sections].join('\n\n') + '\n';
}
