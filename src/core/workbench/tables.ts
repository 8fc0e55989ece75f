import { appraisalRating, type StudyAppraisal } from '../appraisal/answers.js';
import { appraisalTable, type AppraisalTable } from '../appraisal/table.js';
import type { Checklist } from '../appraisal/checklist.js';
import type { CerqualAssessment } from '../cerqual/assessment.js';
import type { RelevanceCriterion } from '../cerqual/component-inputs.js';
import { evidenceProfiles, type EvidenceProfile } from '../cerqual/evidence-profile.js';
import { defaultFindings, type Finding } from '../cerqual/finding.js';
import { soqfTable, type SoqfTable } from '../cerqual/soqf.js';
import type { CharacteristicsForm } from '../characteristics/form.js';
import { summariseCharacteristics, type CharacteristicsSummary } from '../characteristics/summary.js';
import type { StudyCharacteristics } from '../characteristics/values.js';
import { juxtapositionGrid, type GridTable } from '../synthesis/grid-table.js';
import type { StudyId } from '../synthesis/ids.js';
import { refutationRegister, type RefutationRow } from '../synthesis/refutation-register.js';
import { translationTable, type TranslationTableRow } from '../synthesis/translation-table.js';
import { orderStudies, type OrderInputs } from '../synthesis/translation-order.js';
import type { Study } from '../synthesis/study.js';
import { appraisalChecklist, characteristicsForm } from './docs.js';
import type { WorkbenchState } from './state.js';

/** The review documents, typed: what the tables, CERQual and the report read. */
export type ReviewData = Readonly<{
  checklist: Checklist;
  appraisals: readonly StudyAppraisal[];
  form: CharacteristicsForm;
  characteristics: readonly StudyCharacteristics[];
  /** One finding per leaf third-order construct (written, or its default), then any other written findings. */
  findings: readonly Finding[];
  assessments: readonly CerqualAssessment[];
  relevance: readonly RelevanceCriterion[];
  texts: Readonly<Record<string, string>>;
  orderInputs: OrderInputs;
}>;

const values = <T>(record: Readonly<Record<string, unknown>>): T[] =>
  Object.keys(record)
    .sort()
    .map((k) => record[k] as T);

/** Each study's consensus (or only reviewer's) appraisal rating: the input of the "quality" translation order. */
function qualityRatings(checklist: Checklist, appraisals: readonly StudyAppraisal[]): Map<string, number> {
  const ratings = new Map<string, number>();
  const byStudy = new Map<string, StudyAppraisal[]>();
  for (const a of appraisals) if (a.checklistId === checklist.id) byStudy.set(a.studyId, [...(byStudy.get(a.studyId) ?? []), a]);
  for (const [studyId, list] of byStudy) {
    const chosen = list.find((a) => a.role === 'consensus') ?? (list.length === 1 ? list[0] : undefined);
    const rating = chosen ? appraisalRating(checklist, chosen) : undefined;
    if (rating !== undefined) ratings.set(studyId, rating);
  }
  return ratings;
}

export function reviewData(state: WorkbenchState): ReviewData {
  const checklist = appraisalChecklist(state.docs);
  const appraisals = values<StudyAppraisal>(state.docs.appraisal);
  const ratings = qualityRatings(checklist, appraisals);
  const defaults = defaultFindings(state.synthesis);
  // A written finding replaces the default one of its construct (same id or same third-order construct);
  // constructs without a written finding keep their default, so editing one finding never hides the others.
  // Written findings of no leaf construct (unlinked ones) come last, by id.
  const written = values<Finding>(state.docs.finding);
  const used = new Set<string>();
  const findings: Finding[] = defaults.map((d) => {
    const w = written.find((f) => f.id === d.id) ?? written.find((f) => f.thirdOrderId !== undefined && f.thirdOrderId === d.thirdOrderId);
    if (!w) return d;
    used.add(w.id);
    return w;
  });
  for (const w of written) if (!used.has(w.id)) findings.push(w);
  return {
    checklist,
    appraisals,
    form: characteristicsForm(state.docs),
    characteristics: values<StudyCharacteristics>(state.docs.characteristics),
    findings,
    assessments: values<CerqualAssessment>(state.docs.assessment),
    relevance: (state.docs.relevance['criteria'] as RelevanceCriterion[] | undefined) ?? [],
    texts: state.docs.text as Readonly<Record<string, string>>,
    orderInputs: { qualityOf: (id: StudyId) => ratings.get(id) },
  };
}

export type ReviewTables = Readonly<{
  studies: readonly Study[];
  characteristics: CharacteristicsSummary;
  appraisal: AppraisalTable;
  grid: GridTable;
  translations: readonly TranslationTableRow[];
  refutations: readonly RefutationRow[];
  soqf: SoqfTable;
  profiles: readonly EvidenceProfile[];
}>;

/** Every derived table of the reading and synthesis, studies in translation order. Pure. */
export function reviewTables(state: WorkbenchState): ReviewTables {
  const data = reviewData(state);
  const s = state.synthesis;
  const studies = safeOrder(s.studies, state, data.orderInputs);
  const refs = studies.map((st) => ({ id: st.id, label: st.label }));
  return {
    studies,
    characteristics: summariseCharacteristics(data.form, refs, data.characteristics),
    appraisal: appraisalTable(data.checklist, refs, data.appraisals),
    grid: juxtapositionGrid(s, data.orderInputs),
    translations: translationTable(s, data.orderInputs),
    refutations: refutationRegister(s),
    soqf: soqfTable(s, data.findings, data.assessments, data.orderInputs),
    profiles: evidenceProfiles(s, data.findings, data.assessments, data.orderInputs),
  };
}

function safeOrder(studies: readonly Study[], state: WorkbenchState, inputs: OrderInputs): Study[] {
  return orderStudies(studies, state.synthesis.translationOrder, inputs);
}
