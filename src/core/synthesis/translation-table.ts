import type { ConceptId, ConstructId, StudyId, TranslationId, TranslationLinkId } from './ids.js';
import type { ConstructOrder } from './construct.js';
import { indexState, type SynthesisIndex, type SynthesisState } from './state.js';
import type { TranslationKind } from './translation.js';
import { orderStudies, type OrderInputs } from './translation-order.js';

type StudyRef = Readonly<{ id: StudyId; label: string }>;
type ConstructRef = Readonly<{ id: ConstructId; order: ConstructOrder; label: string }>;

export type TranslationTableLink = Readonly<{
  id: TranslationLinkId;
  from: StudyRef;
  to: StudyRef;
  kind: TranslationKind;
  fromConstructs: readonly ConstructRef[];
  toConstructs: readonly ConstructRef[];
  rationale: string;
  resolution?: string;
  author: string;
  at: string;
}>;

/**
 * One concept of the translation table (phase 5): how each study expresses it (studies in translation
 * order), the links between studies in the order the team made them, and the translated concept.
 */
export type TranslationTableRow = Readonly<{
  concept: Readonly<{ id: ConceptId; label: string }>;
  translationId?: TranslationId;
  summary?: string;
  studies: readonly Readonly<{ study: StudyRef; constructs: readonly ConstructRef[] }>[];
  links: readonly TranslationTableLink[];
  reciprocal: number;
  refutational: number;
}>;

/** One row per concept, in concept order; a concept not yet translated has no links. */
export function translationTable(model: SynthesisState, inputs: OrderInputs = {}): TranslationTableRow[] {
  const index = indexState(model);
  const studies = orderStudies(model.studies, model.translationOrder, inputs);
  return model.concepts.map((concept) => {
    const translation = model.translations.find((t) => t.conceptId === concept.id);
    const links = (translation?.links ?? []).map((l) => ({
      id: l.id,
      from: studyRef(index, l.fromStudyId),
      to: studyRef(index, l.toStudyId),
      kind: l.kind,
      fromConstructs: constructRefs(index, l.fromConstructIds),
      toConstructs: constructRefs(index, l.toConstructIds),
      rationale: l.rationale,
      ...(l.resolution !== undefined ? { resolution: l.resolution } : {}),
      author: l.author,
      at: l.at,
    }));
    const expressed = studies.flatMap((study) => {
      const cell = model.gridCells.find((g) => g.studyId === study.id && g.conceptId === concept.id);
      return cell && cell.constructIds.length > 0
        ? [{ study: { id: study.id, label: study.label }, constructs: constructRefs(index, cell.constructIds) }]
        : [];
    });
    return {
      concept: { id: concept.id, label: concept.label },
      ...(translation ? { translationId: translation.id } : {}),
      ...(translation?.summary !== undefined ? { summary: translation.summary } : {}),
      studies: expressed,
      links,
      reciprocal: links.filter((l) => l.kind === 'reciprocal').length,
      refutational: links.filter((l) => l.kind === 'refutational').length,
    };
  });
}

export function studyRef(index: SynthesisIndex, id: StudyId): StudyRef {
  return { id, label: index.study.get(id)?.label ?? id };
}

export function constructRefs(index: SynthesisIndex, ids: readonly ConstructId[]): ConstructRef[] {
  return ids.flatMap((id) => {
    const c = index.construct.get(id);
    return c ? [{ id: c.id, order: c.order, label: c.label }] : [];
  });
}
