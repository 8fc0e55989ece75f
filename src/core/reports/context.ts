/**
 * What every section builder needs, computed once: the studies in translation order, lookups, and the
 * bookkeeping that spans sections (table and figure numbers in order of appearance, the topics the
 * checklists are located through).
 */
import { appraisalRating } from '../appraisal/answers.js';
import { AppError } from '../errors.js';
import type { StudyId } from '../synthesis/ids.js';
import { indexState, type SynthesisIndex, type SynthesisState } from '../synthesis/state.js';
import type { Study } from '../synthesis/study.js';
import { orderStudies, type OrderInputs } from '../synthesis/translation-order.js';
import type { ReportInput } from './input.js';
import type { FigureBlock, ReportFigure, ReportTable, ReportTopic, ReportTopicId, TableBlock, TopicStatus } from './model.js';

export type BuildContext = Readonly<{
  input: ReportInput;
  state: SynthesisState;
  index: SynthesisIndex;
  /** Study ordering inputs: quality ratings from the consensus appraisals, when there are any. */
  orderInputs: OrderInputs;
  /** The included studies in translation order (the row order of every per-study table). */
  studies: readonly Study[];
  /** Ordering by quality was asked for but no appraisal rates any study: the order fell back to dates. */
  qualityOrderWithoutRatings: boolean;
  /** A numbered table block ("Table 3"). */
  table(spec: Omit<ReportTable, 'label'>): TableBlock;
  /** A numbered figure block ("Figure 2"). */
  figure(spec: Omit<ReportFigure, 'label'>): FigureBlock;
  /** The label the next table will get, for text that refers to a table before it appears. */
  nextTableLabel(offset?: number): string;
  nextFigureLabel(offset?: number): string;
  /** Records whether the report covers a topic; each topic is recorded once. */
  topic(id: ReportTopicId, sectionIds: string | readonly string[], status: TopicStatus, gaps?: readonly string[]): void;
  topics(): ReportTopic[];
}>;

export function buildContext(input: ReportInput): BuildContext {
  const state = input.synthesis;
  const ratings = new Map<StudyId, number>();
  if (input.appraisal) {
    const { checklist, appraisals } = input.appraisal;
    // The latest consensus appraisal of each study rates it (appraisals may be revised; the newest counts).
    const latest = new Map<StudyId, (typeof appraisals)[number]>();
    for (const a of appraisals) {
      if (a.role !== 'consensus' || a.checklistId !== checklist.id) continue;
      const prior = latest.get(a.studyId);
      if (!prior || prior.at <= a.at) latest.set(a.studyId, a);
    }
    for (const [studyId, a] of latest) {
      const rating = appraisalRating(checklist, a);
      if (rating !== undefined) ratings.set(studyId, rating);
    }
  }
  // Always give ratings: ordering by quality without them must not throw in a report, which instead says
  // that the order fell back to dates.
  const orderInputs: OrderInputs = { qualityOf: (id) => ratings.get(id) };
  const studies = orderStudies(state.studies, state.translationOrder, orderInputs);

  let tables = 0;
  let figures = 0;
  const topics = new Map<ReportTopicId, ReportTopic>();
  return {
    input,
    state,
    index: indexState(state),
    orderInputs,
    studies,
    qualityOrderWithoutRatings: state.translationOrder.kind === 'quality' && ratings.size === 0,
    table: (spec) => ({ kind: 'table', table: { ...spec, label: `Table ${++tables}` } }),
    figure: (spec) => ({ kind: 'figure', figure: { ...spec, label: `Figure ${++figures}` } }),
    nextTableLabel: (offset = 1) => `Table ${tables + offset}`,
    nextFigureLabel: (offset = 1) => `Figure ${figures + offset}`,
    topic(id, sectionIds, status, gaps = []) {
      if (topics.has(id)) throw new AppError('INTERNAL', `Report topic ${id} was recorded twice.`, { id });
      topics.set(id, { id, status, sectionIds: typeof sectionIds === 'string' ? [sectionIds] : [...sectionIds], gaps: [...gaps] });
    },
    topics: () => [...topics.values()],
  };
}

/** Complete when nothing is missing, missing when nothing is there, partial otherwise. */
export function statusOf(present: number, absent: number): TopicStatus {
  return absent === 0 ? (present === 0 ? 'missing' : 'complete') : present === 0 ? 'missing' : 'partial';
}
