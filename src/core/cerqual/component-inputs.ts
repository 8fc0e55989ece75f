import type { StudyAppraisal } from '../appraisal/answers.js';
import type { Checklist } from '../appraisal/checklist.js';
import { appraisalTable, type AppraisalRowSource } from '../appraisal/table.js';
import type { CharacteristicsForm } from '../characteristics/form.js';
import { formatFieldValue } from '../characteristics/summary.js';
import type { FieldValue, StudyCharacteristics } from '../characteristics/values.js';
import type { StudyRef } from '../synthesis/evidence-chain.js';
import { refutationRegister, type RefutationRow } from '../synthesis/refutation-register.js';
import type { SynthesisState } from '../synthesis/state.js';
import type { OrderInputs } from '../synthesis/translation-order.js';
import { findingEvidence } from './contributing.js';
import type { Finding } from './finding.js';

/**
 * What the review protocol expects of a study's context, on one characteristics field: a value among
 * `anyOf` (choices, countries), or a number within `min`–`max`. Relevance compares studies against these.
 */
export type RelevanceCriterion = Readonly<{ fieldId: string; label: string; anyOf?: readonly string[]; min?: number; max?: number }>;

/** How a study's context compares with a criterion (CERQual: indirect, partial or unclear relevance). */
export type RelevanceStatus = 'matches' | 'partial' | 'differs' | 'not-reported';

/** What the inputs are drawn from, besides the synthesis; each part is optional and its input then empty. */
export type CerqualContext = Readonly<{
  checklist?: Checklist;
  appraisals?: readonly StudyAppraisal[];
  form?: CharacteristicsForm;
  characteristics?: readonly StudyCharacteristics[];
  relevance?: readonly RelevanceCriterion[];
  orderInputs?: OrderInputs;
}>;

export type AppraisalConcern = Readonly<{ itemId: string; number: number; short: string; answer: string; comment?: string }>;

export type ComponentInputs = Readonly<{
  finding: Readonly<{ id: string; label: string; statement: string }>;
  studies: readonly StudyRef[];
  /** The appraisals of the contributing studies, with how much each study contributes to the finding. */
  methodologicalLimitations: Readonly<{
    studies: readonly Readonly<{
      study: StudyRef;
      contribution: Readonly<{ constructs: number; quotes: number; excerpts: number }>;
      appraisal?: Readonly<{
        source: AppraisalRowSource;
        favourable: number;
        applicable: number;
        /** Items not answered favourably (e.g. "No", "Can't tell"). */
        concerns: readonly AppraisalConcern[];
        overallComment?: string;
      }>;
    }>[];
  }>;
  /** Contradictions bearing on the finding and how they were explained; agreement across studies. */
  coherence: Readonly<{ refutations: readonly RefutationRow[]; unexplained: number; reciprocalLinks: number }>;
  /** Quantity of the data: studies, constructs of each order, quotes anchored in the texts. */
  adequacy: Readonly<{
    studies: number;
    firstOrder: number;
    secondOrder: number;
    excerpts: number;
    perStudy: readonly Readonly<{ study: StudyRef; firstOrder: number; secondOrder: number; excerpts: number }>[];
  }>;
  /** Each contributing study's context against the protocol's criteria. */
  relevance: Readonly<{
    criteria: readonly RelevanceCriterion[];
    studies: readonly Readonly<{
      study: StudyRef;
      checks: readonly Readonly<{ fieldId: string; label: string; expected: string; actual: string; status: RelevanceStatus }>[];
    }>[];
    counts: Readonly<Record<RelevanceStatus, number>>;
  }>;
}>;

/**
 * Beside each CERQual component, the data it draws on for one finding: the appraisals of the contributing
 * studies (methodological limitations), refutations linked to the finding (coherence), the number of studies,
 * constructs and quotes (adequacy), and study characteristics against the protocol (relevance).
 */
export function componentInputs(model: SynthesisState, finding: Finding, context: CerqualContext = {}): ComponentInputs {
  const evidence = findingEvidence(model, finding, context.orderInputs);
  const studies = evidence.studies;
  const count = (studyId: string, order?: 1 | 2): number =>
    evidence.constructs.filter((c) => c.study.id === studyId && (order === undefined || c.order === order)).length;
  const excerptsOf = (studyId: string): number => evidence.excerpts.filter((e) => e.study.id === studyId).length;

  const table = context.checklist ? appraisalTable(context.checklist, studies, context.appraisals ?? []) : undefined;
  const methodologicalLimitations = {
    studies: studies.map((study) => {
      const row = table?.rows.find((r) => r.study.id === study.id);
      const concerns: AppraisalConcern[] = [];
      if (row && context.checklist) {
        for (const [i, item] of context.checklist.items.entries()) {
          const cell = row.cells[i];
          const option = item.options.find((o) => o.value === cell?.value);
          if (!cell || !option || option.favourable || option.notApplicable) continue;
          concerns.push({
            itemId: item.id,
            number: item.number,
            short: item.short,
            answer: option.label,
            ...(cell.comment !== undefined ? { comment: cell.comment } : {}),
          });
        }
      }
      return {
        study,
        contribution: { constructs: count(study.id), quotes: count(study.id, 1), excerpts: excerptsOf(study.id) },
        ...(row
          ? {
              appraisal: {
                source: row.source,
                favourable: row.favourable,
                applicable: row.applicable,
                concerns,
                ...(row.overallComment !== undefined ? { overallComment: row.overallComment } : {}),
              },
            }
          : {}),
      };
    }),
  };

  const conceptIds = new Set<string>(evidence.conceptIds);
  const constructIds = new Set<string>(evidence.constructs.map((c) => c.constructId));
  const refutations = refutationRegister(model).filter(
    (r) =>
      conceptIds.has(r.concept.id) ||
      r.fromConstructs.some((c) => constructIds.has(c.id)) ||
      r.toConstructs.some((c) => constructIds.has(c.id)),
  );
  const reciprocalLinks = model.translations
    .filter((t) => conceptIds.has(t.conceptId))
    .reduce((n, t) => n + t.links.filter((l) => l.kind === 'reciprocal').length, 0);

  const adequacy = {
    studies: studies.length,
    firstOrder: evidence.constructs.filter((c) => c.order === 1).length,
    secondOrder: evidence.constructs.filter((c) => c.order === 2).length,
    excerpts: evidence.excerpts.length,
    perStudy: studies.map((study) => ({ study, firstOrder: count(study.id, 1), secondOrder: count(study.id, 2), excerpts: excerptsOf(study.id) })),
  };

  const criteria = context.relevance ?? [];
  const counts: Record<RelevanceStatus, number> = { matches: 0, partial: 0, differs: 0, 'not-reported': 0 };
  const relevanceStudies = studies.map((study) => {
    const values = context.characteristics?.find((c) => c.studyId === study.id)?.values ?? {};
    const checks = criteria.map((criterion) => {
      const field = context.form?.fields.find((f) => f.id === criterion.fieldId);
      const value = values[criterion.fieldId];
      const status = relevanceStatus(criterion, value);
      counts[status]++;
      const show = (v: FieldValue | undefined): string => (field ? formatFieldValue(field, v) : v === undefined ? '–' : String(v));
      return { fieldId: criterion.fieldId, label: criterion.label, expected: describeExpected(criterion, show), actual: show(value), status };
    });
    return { study, checks };
  });

  return {
    finding: { id: finding.id, label: finding.label, statement: finding.statement },
    studies,
    methodologicalLimitations,
    coherence: { refutations, unexplained: refutations.filter((r) => !r.resolved).length, reciprocalLinks },
    adequacy,
    relevance: { criteria, studies: relevanceStudies, counts },
  };
}

/** Compares one value with a criterion: all values expected → matches; some → partial; none → differs. */
export function relevanceStatus(criterion: RelevanceCriterion, value: FieldValue | undefined): RelevanceStatus {
  if (value === undefined || (typeof value !== 'number' && value.length === 0)) return 'not-reported';
  if (typeof value === 'number') {
    const low = criterion.min === undefined || value >= criterion.min;
    const high = criterion.max === undefined || value <= criterion.max;
    return low && high ? 'matches' : 'differs';
  }
  if (!criterion.anyOf) return 'matches';
  const list = typeof value === 'string' ? [value] : value;
  const inside = list.filter((v) => criterion.anyOf?.includes(v)).length;
  return inside === list.length ? 'matches' : inside > 0 ? 'partial' : 'differs';
}

function describeExpected(criterion: RelevanceCriterion, show: (v: FieldValue | undefined) => string): string {
  const parts: string[] = [];
  if (criterion.anyOf) parts.push(criterion.anyOf.length > 6 ? `one of ${criterion.anyOf.length} listed values` : `one of ${show(criterion.anyOf)}`);
  if (criterion.min !== undefined && criterion.max !== undefined) parts.push(`${criterion.min}–${criterion.max}`);
  else if (criterion.min !== undefined) parts.push(`≥ ${criterion.min}`);
  else if (criterion.max !== undefined) parts.push(`≤ ${criterion.max}`);
  return parts.join('; ') || 'any';
}
