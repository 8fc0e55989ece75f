import { StudyAppraisal, type StudyAppraisalInput } from '../appraisal/answers.js';
import { caspQualitative } from '../appraisal/casp.js';
import { Checklist } from '../appraisal/checklist.js';
import { jbiQualitative } from '../appraisal/jbi.js';
import { CerqualAssessment, type CerqualAssessmentInput } from '../cerqual/assessment.js';
import type { RelevanceCriterion } from '../cerqual/component-inputs.js';
import { Finding, type FindingInput } from '../cerqual/finding.js';
import { defaultCharacteristicsForm } from '../characteristics/default-form.js';
import { CharacteristicsForm } from '../characteristics/form.js';
import { StudyCharacteristics, type FieldValue } from '../characteristics/values.js';
import { AppError } from '../errors.js';

/**
 * The review's keyed documents: everything about a project's reading and judging that is not part of the
 * synthesis graph — appraisals, characteristics, CERQual, the authors' report texts. Each is a whole value
 * under a key, replaced as a whole; an event carries the new value and the one it replaced, so undo is a
 * swap and a stale edit (made on a value someone else has changed since) is refused instead of lost.
 */
export const docKinds = [
  'checklist',
  'appraisal-tool',
  'appraisal',
  'form',
  'characteristics',
  'finding',
  'assessment',
  'relevance',
  'text',
] as const;
export type DocKind = (typeof docKinds)[number];

/** The report texts a project holds: the authors' own prose, placed where the guidelines expect it. */
export const reportTextKeys = [
  'background',
  'aims',
  'introduction',
  'rationale',
  'searchRationale',
  'eligibility',
  'discussion',
  'strengths',
  'limitations',
  'reflexivity',
  'conclusion',
  'funding',
  'protocol',
  'authors',
] as const;
export type ReportTextKey = (typeof reportTextKeys)[number];

export type ReviewDocs = Readonly<{ [K in DocKind]: Readonly<Record<string, unknown>> }>;

export const emptyReviewDocs: ReviewDocs = Object.freeze({
  checklist: {},
  'appraisal-tool': {},
  appraisal: {},
  form: {},
  characteristics: {},
  finding: {},
  assessment: {},
  relevance: {},
  text: {},
});

export const builtInChecklists: readonly Checklist[] = [caspQualitative, jbiQualitative];

const invalid = (message: string, details: Record<string, unknown> = {}): AppError => new AppError('INVALID_ARGUMENT', message, details);

/** The checklist the project appraises with (CASP qualitative unless chosen otherwise). */
export function appraisalChecklist(docs: ReviewDocs): Checklist {
  const chosen = docs['appraisal-tool']['tool'] as { checklistId?: string } | undefined;
  const id = chosen?.checklistId ?? caspQualitative.id;
  return findChecklist(docs, id) ?? caspQualitative;
}

export function findChecklist(docs: ReviewDocs, id: string): Checklist | undefined {
  return builtInChecklists.find((c) => c.id === id) ?? (docs.checklist[id] as Checklist | undefined);
}

export function characteristicsForm(docs: ReviewDocs): CharacteristicsForm {
  return (docs.form['form'] as CharacteristicsForm | undefined) ?? defaultCharacteristicsForm;
}

/** The key an appraisal is stored under: one per study, checklist, role and reviewer. */
export function appraisalKey(a: Readonly<{ studyId: string; checklistId: string; role: string; by: string }>): string {
  return a.role === 'consensus' ? `${a.studyId}|${a.checklistId}|consensus` : `${a.studyId}|${a.checklistId}|reviewer|${a.by}`;
}

/**
 * Validates a document value and returns it in canonical form with the key it must live under. Values may
 * come from a client or from storage, so every kind goes through its core constructor.
 */
export function canonicalDoc(docs: ReviewDocs, kind: DocKind, key: string, value: unknown): unknown {
  switch (kind) {
    case 'checklist': {
      const c = Checklist.define(value);
      if (builtInChecklists.some((b) => b.id === c.id)) throw invalid(`Checklist id ${c.id} is built in; choose another id.`);
      if (c.id !== key) throw invalid(`A checklist is stored under its id (${c.id}), not ${key}.`);
      return c;
    }
    case 'appraisal-tool': {
      const id = (value as { checklistId?: unknown } | null)?.checklistId;
      if (key !== 'tool' || typeof id !== 'string' || !findChecklist(docs, id)) {
        throw invalid(`Choose an appraisal checklist: ${[...builtInChecklists.map((c) => c.id), ...Object.keys(docs.checklist)].join(', ')}.`);
      }
      return Object.freeze({ checklistId: id });
    }
    case 'appraisal': {
      const input = value as StudyAppraisalInput & { checklistId?: string };
      const checklist = input.checklistId ? findChecklist(docs, input.checklistId) : appraisalChecklist(docs);
      if (!checklist) throw invalid(`Unknown checklist ${String(input.checklistId)}.`);
      const appraisal = StudyAppraisal.create(checklist, input);
      if (appraisalKey(appraisal) !== key) throw invalid(`An appraisal is stored under ${appraisalKey(appraisal)}, not ${key}.`);
      return appraisal;
    }
    case 'form': {
      if (key !== 'form') throw invalid('The characteristics form is stored under the key "form".');
      return CharacteristicsForm.define(value);
    }
    case 'characteristics': {
      const v = value as { studyId?: string; values?: Record<string, FieldValue> };
      if (typeof v?.studyId !== 'string' || v.studyId !== key) throw invalid(`Characteristics are stored under their study id.`);
      return StudyCharacteristics.create(v.studyId, v.values ?? {});
    }
    case 'finding': {
      const f = Finding.create(value as FindingInput);
      if (f.id !== key) throw invalid(`A finding is stored under its id (${f.id}).`);
      return f;
    }
    case 'assessment': {
      const a = CerqualAssessment.create(value as CerqualAssessmentInput);
      if (a.findingId !== key) throw invalid(`An assessment is stored under its finding id (${a.findingId}).`);
      return a;
    }
    case 'relevance': {
      if (key !== 'criteria' || !Array.isArray(value)) throw invalid('Relevance criteria are a list stored under "criteria".');
      return Object.freeze(value.map((c: RelevanceCriterion) => relevanceCriterion(c)));
    }
    case 'text': {
      if (!(reportTextKeys as readonly string[]).includes(key)) throw invalid(`Unknown report text "${key}". Available: ${reportTextKeys.join(', ')}.`);
      if (typeof value !== 'string') throw invalid('A report text is a string.');
      if (value.length > 200_000) throw invalid('A report text is limited to 200,000 characters.');
      return value;
    }
  }
}

function relevanceCriterion(c: RelevanceCriterion): RelevanceCriterion {
  if (typeof c?.fieldId !== 'string' || typeof c.label !== 'string' || c.label.trim() === '') {
    throw invalid('A relevance criterion needs a fieldId and a label.');
  }
  if (c.anyOf !== undefined && !(Array.isArray(c.anyOf) && c.anyOf.every((v) => typeof v === 'string'))) throw invalid('anyOf is a list of values.');
  for (const bound of [c.min, c.max]) if (bound !== undefined && typeof bound !== 'number') throw invalid('min and max are numbers.');
  return Object.freeze({
    fieldId: c.fieldId,
    label: c.label.trim(),
    ...(c.anyOf !== undefined ? { anyOf: Object.freeze([...c.anyOf]) } : {}),
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
  });
}
