import type { ConceptId, ConstructId, StudyId } from './ids.js';
import type { ConstructOrder } from './construct.js';
import { indexState, type SynthesisState } from './state.js';
import { orderStudies, type OrderInputs, type TranslationOrder } from './translation-order.js';

export type GridConstruct = Readonly<{ id: ConstructId; order: ConstructOrder; label: string }>;
export type GridTableCell = Readonly<{ conceptId: ConceptId; constructs: readonly GridConstruct[]; note?: string }>;
export type GridRow = Readonly<{ study: Readonly<{ id: StudyId; label: string; year?: number }>; cells: readonly GridTableCell[] }>;

/**
 * The juxtaposition grid (phase 4) as plain data: one row per study in translation order, one column per
 * concept in concept order, a cell for every pair (empty when the study does not express the concept).
 */
export type GridTable = Readonly<{
  order: TranslationOrder['kind'];
  columns: readonly Readonly<{ conceptId: ConceptId; label: string }>[];
  rows: readonly GridRow[];
}>;

export function juxtapositionGrid(model: SynthesisState, inputs: OrderInputs = {}): GridTable {
  const index = indexState(model);
  const columns = model.concepts.map((c) => ({ conceptId: c.id, label: c.label }));
  const rows = orderStudies(model.studies, model.translationOrder, inputs).map((study) => ({
    study: { id: study.id, label: study.label, ...(study.year !== undefined ? { year: study.year } : {}) },
    cells: model.concepts.map((concept) => {
      const cell = model.gridCells.find((g) => g.studyId === study.id && g.conceptId === concept.id);
      const constructs = (cell?.constructIds ?? []).flatMap((id) => {
        const c = index.construct.get(id);
        return c ? [{ id: c.id, order: c.order, label: c.label }] : [];
      });
      return { conceptId: concept.id, constructs, ...(cell?.note !== undefined ? { note: cell.note } : {}) };
    }),
  }));
  return { order: model.translationOrder.kind, columns, rows };
}
