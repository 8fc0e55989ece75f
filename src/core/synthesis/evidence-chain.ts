import { AppError } from '../errors.js';
import type { ConceptId, ConstructId, ExcerptId, StudyId, ThirdOrderId } from './ids.js';
import type { ConstructOrder } from './construct.js';
import { indexState, type SynthesisIndex, type SynthesisState } from './state.js';
import { orderStudies, type OrderInputs } from './translation-order.js';

export type StudyRef = Readonly<{ id: StudyId; label: string }>;

export type EvidenceExcerpt = Readonly<{ excerptId: ExcerptId; page?: number; fileId?: string; quote: string }>;

export type EvidenceConstruct = Readonly<{
  constructId: ConstructId;
  order: ConstructOrder;
  label: string;
  text: string;
  study: StudyRef;
  excerpts: readonly EvidenceExcerpt[];
}>;

export type EvidenceCell = Readonly<{ study: StudyRef; note?: string; constructs: readonly EvidenceConstruct[] }>;

export type EvidenceConcept = Readonly<{ conceptId: ConceptId; label: string; cells: readonly EvidenceCell[] }>;

/**
 * What a third-order construct rests on, level by level: its child constructs, its concepts with their grid
 * cells (studies in translation order) and constructs, and constructs linked directly — each construct down
 * to its excerpts with page and quote.
 */
export type EvidenceChain = Readonly<{
  thirdOrderId: ThirdOrderId;
  label: string;
  description?: string;
  children: readonly EvidenceChain[];
  concepts: readonly EvidenceConcept[];
  constructs: readonly EvidenceConstruct[];
}>;

/**
 * The evidence chain of a third-order construct. Throws ENTITY_NOT_FOUND for an unknown id, and
 * SYNTHESIS_ORDER_INPUT_MISSING when the translation order needs inputs that were not given.
 *
 * @example
 * evidenceChain(state, ThirdOrderId.of('t-duty')).concepts[0].cells[0].constructs[0].excerpts[0].quote
 */
export function evidenceChain(model: SynthesisState, id: ThirdOrderId, inputs: OrderInputs = {}): EvidenceChain {
  const index = indexState(model);
  const rank = new Map(orderStudies(model.studies, model.translationOrder, inputs).map((s, i) => [s.id, i] as const));
  const build = (thirdOrderId: ThirdOrderId, path: readonly ThirdOrderId[]): EvidenceChain => {
    const t = index.thirdOrder.get(thirdOrderId);
    if (!t) throw new AppError('ENTITY_NOT_FOUND', `No third-order construct ${thirdOrderId}.`, { id: thirdOrderId });
    const children = model.thirdOrders
      .filter((c) => c.parentId === t.id && !path.includes(c.id))
      .map((c) => build(c.id, [...path, c.id]));
    const concepts = t.conceptIds.flatMap((conceptId) => {
      const concept = index.concept.get(conceptId);
      if (!concept) return [];
      const cells = model.gridCells
        .filter((cell) => cell.conceptId === conceptId && index.study.has(cell.studyId))
        .sort((a, b) => (rank.get(a.studyId) ?? 0) - (rank.get(b.studyId) ?? 0))
        .map((cell) => ({
          study: studyRef(index, cell.studyId),
          ...(cell.note !== undefined ? { note: cell.note } : {}),
          constructs: cell.constructIds.flatMap((c) => constructEvidence(index, c)),
        }));
      return [{ conceptId, label: concept.label, cells }];
    });
    return {
      thirdOrderId: t.id,
      label: t.label,
      ...(t.description !== undefined ? { description: t.description } : {}),
      children,
      concepts,
      constructs: t.constructIds.flatMap((c) => constructEvidence(index, c)),
    };
  };
  return build(id, [id]);
}

/**
 * The distinct studies, constructs and excerpts a chain reaches, studies in translation order. A study counts
 * only through its constructs: a cell with just a note ("not discussed") is not evidence.
 */
export type EvidenceSummary = Readonly<{
  studies: readonly StudyRef[];
  conceptIds: readonly ConceptId[];
  constructs: readonly EvidenceConstruct[];
  excerpts: readonly (EvidenceExcerpt & { study: StudyRef })[];
}>;

/** Flattens an evidence chain (see {@link evidenceChain}) to the distinct things it rests on. */
export function summariseEvidence(model: SynthesisState, chain: EvidenceChain, inputs: OrderInputs = {}): EvidenceSummary {
  const constructs = new Map<ConstructId, EvidenceConstruct>();
  const conceptIds = new Set<ConceptId>();
  const visit = (c: EvidenceChain): void => {
    for (const k of c.concepts) {
      conceptIds.add(k.conceptId);
      for (const cell of k.cells) for (const x of cell.constructs) constructs.set(x.constructId, x);
    }
    for (const x of c.constructs) constructs.set(x.constructId, x);
    c.children.forEach(visit);
  };
  visit(chain);
  const studyIds = new Set([...constructs.values()].map((c) => c.study.id));
  const studies = orderStudies(
    model.studies.filter((s) => studyIds.has(s.id)),
    model.translationOrder,
    inputs,
  ).map((s) => ({ id: s.id, label: s.label }));
  const excerpts = new Map<ExcerptId, EvidenceExcerpt & { study: StudyRef }>();
  for (const c of constructs.values()) for (const e of c.excerpts) excerpts.set(e.excerptId, { ...e, study: c.study });
  return { studies, conceptIds: [...conceptIds], constructs: [...constructs.values()], excerpts: [...excerpts.values()] };
}

function studyRef(index: SynthesisIndex, id: StudyId): StudyRef {
  return { id, label: index.study.get(id)?.label ?? id };
}

function constructEvidence(index: SynthesisIndex, id: ConstructId): EvidenceConstruct[] {
  const c = index.construct.get(id);
  if (!c) return [];
  const excerpts = c.excerptIds.flatMap((e): EvidenceExcerpt[] => {
    const excerpt = index.excerpt.get(e);
    if (!excerpt) return [];
    return [
      {
        excerptId: excerpt.id,
        ...(excerpt.page !== undefined ? { page: excerpt.page } : {}),
        ...(excerpt.fileId !== undefined ? { fileId: excerpt.fileId } : {}),
        quote: excerpt.text,
      },
    ];
  });
  return [{ constructId: c.id, order: c.order, label: c.label, text: c.text, study: studyRef(index, c.studyId), excerpts }];
}
