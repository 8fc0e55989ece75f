/**
 * The juxtaposition grid: studies × concepts, each cell the constructs through which a study expresses the
 * concept. Cells are memoised on their content, so a drop or a selection re-renders the cells it touches, not
 * the grid; drag feedback is drawn with classes on the DOM, never with React state.
 *
 * Keyboard (the grid is one tab stop): arrows move between cells, Home/End to the row's ends; Space opens the
 * cell (its note and constructs) beside the grid; Enter moves into the cell's constructs, where arrows move
 * between them, Delete takes one out of the concept and Escape goes back to the cell.
 */
import { memo, useLayoutEffect, useRef, type DragEvent, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import type { Study } from '../../../core/synthesis/study.js';
import { useGridActions } from './grid-actions.js';
import { cellKey, type GridModel } from './grid-model.js';
import { orderShort } from './labels.js';

type ChipProps = Readonly<{
  construct: Construct;
  selected: boolean;
  /** The concept whose cell holds the chip; null in the palette. */
  inConceptId: string | null;
  canEdit: boolean;
  /** Chips inside cells are reached with Enter from the cell, so they are not tab stops. */
  tabbable: boolean;
}>;

export const ConstructChip = memo(function ConstructChip({ construct, selected, inConceptId, canEdit, tabbable }: ChipProps): ReactNode {
  const actions = useGridActions();
  const onDragStart = (event: DragEvent<HTMLButtonElement>): void => {
    event.dataTransfer.setData('text/plain', construct.label);
    event.dataTransfer.effectAllowed = 'move';
    actions.dragStart({ constructId: construct.id, studyId: construct.studyId, fromConceptId: inConceptId });
  };
  return (
    <button
      type="button"
      className={`synth-chip synth-chip-o${construct.order}`}
      draggable={canEdit}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
      data-construct={construct.id}
      title={construct.text === construct.label ? undefined : construct.text}
      onClick={() => actions.selectConstruct(construct.id, inConceptId)}
      onDragStart={canEdit ? onDragStart : undefined}
      onDragEnd={canEdit ? actions.dragEnd : undefined}
    >
      <span className="synth-order-tag" aria-hidden="true">
        {orderShort(construct.order)}
      </span>
      <span className="visually-hidden">{construct.order === 1 ? 'First-order: ' : 'Second-order: '}</span>
      <span className="synth-chip-label">{construct.label}</span>
    </button>
  );
});

type CellProps = Readonly<{
  study: Study;
  concept: Concept;
  constructs: readonly Construct[];
  note: string | undefined;
  selected: boolean;
  /** The selected construct when it is in this cell, else null (so other cells do not re-render). */
  selectedConstructId: string | null;
  canEdit: boolean;
  row: number;
  col: number;
  initiallyTabbable: boolean;
}>;

function sameCell(a: CellProps, b: CellProps): boolean {
  if (
    a.study.id !== b.study.id ||
    a.study.label !== b.study.label ||
    a.concept.id !== b.concept.id ||
    a.concept.label !== b.concept.label ||
    a.note !== b.note ||
    a.selected !== b.selected ||
    a.selectedConstructId !== b.selectedConstructId ||
    a.canEdit !== b.canEdit ||
    a.row !== b.row ||
    a.col !== b.col ||
    a.constructs.length !== b.constructs.length
  ) {
    return false;
  }
  for (let i = 0; i < a.constructs.length; i++) {
    const x = a.constructs[i]!;
    const y = b.constructs[i]!;
    if (x.id !== y.id || x.label !== y.label || x.order !== y.order || x.text !== y.text) return false;
  }
  return true;
}

const GridCellView = memo(function GridCellView({ study, concept, constructs, note, selected, selectedConstructId, canEdit, row, col, initiallyTabbable }: CellProps): ReactNode {
  const actions = useGridActions();
  const onDragOver = (event: DragEvent<HTMLTableCellElement>): void => {
    if (!actions.canDrop(study.id, concept.id)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDragEnter = (event: DragEvent<HTMLTableCellElement>): void => {
    if (actions.canDrop(study.id, concept.id)) event.currentTarget.classList.add('synth-drop-over');
  };
  const onDragLeave = (event: DragEvent<HTMLTableCellElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) event.currentTarget.classList.remove('synth-drop-over');
  };
  const onDrop = (event: DragEvent<HTMLTableCellElement>): void => {
    event.preventDefault();
    event.currentTarget.classList.remove('synth-drop-over');
    actions.drop(study.id, concept.id);
  };
  return (
    <td
      className={`synth-cell${selected ? ' synth-cell-selected' : ''}${constructs.length === 0 && !note ? ' synth-cell-empty' : ''}`}
      data-cell=""
      data-row={row}
      data-col={col}
      data-study={study.id}
      data-concept={concept.id}
      tabIndex={initiallyTabbable ? 0 : -1}
      aria-selected={selected}
      onClick={(event) => {
        if (event.target === event.currentTarget || !(event.target as HTMLElement).closest('button')) actions.selectCell(study.id, concept.id);
      }}
      onDragOver={canEdit ? onDragOver : undefined}
      onDragEnter={canEdit ? onDragEnter : undefined}
      onDragLeave={canEdit ? onDragLeave : undefined}
      onDrop={canEdit ? onDrop : undefined}
    >
      {constructs.length > 0 ? (
        <ul className="synth-chip-list">
          {constructs.map((c) => (
            <li key={c.id}>
              <ConstructChip construct={c} selected={c.id === selectedConstructId} inConceptId={concept.id} canEdit={canEdit} tabbable={false} />
            </li>
          ))}
        </ul>
      ) : null}
      {note ? (
        <p className="synth-cell-note">
          <span className="visually-hidden">Note: </span>
          {note}
        </p>
      ) : null}
    </td>
  );
}, sameCell);

type Selection =
  | Readonly<{ kind: 'construct'; id: string; conceptId: string | null }>
  | Readonly<{ kind: 'cell'; studyId: string; conceptId: string }>
  | Readonly<{ kind: 'concept'; id: string }>
  | null;

type TableProps = Readonly<{
  studies: readonly Study[];
  concepts: readonly Concept[];
  model: GridModel;
  selection: Selection;
  /** Studies as columns and concepts as rows. */
  transpose: boolean;
  canEdit: boolean;
}>;

export function GridTable({ studies, concepts, model, selection, transpose, canEdit }: TableProps): ReactNode {
  const actions = useGridActions();
  const tableRef = useRef<HTMLTableElement>(null);

  // Exactly one cell is a tab stop; when it disappears (a concept deleted), the first cell takes over.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (table && !table.querySelector('td[data-cell][tabindex="0"]')) {
      const first = table.querySelector<HTMLElement>('td[data-cell]');
      if (first) first.tabIndex = 0;
    }
  });

  const selectedCellKey = selection?.kind === 'cell' ? cellKey(selection.studyId, selection.conceptId) : null;
  const selectedConstructId = selection?.kind === 'construct' ? selection.id : null;
  const selectedConceptId = selection?.kind === 'concept' ? selection.id : null;

  const onFocus = (event: FocusEvent<HTMLTableElement>): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-cell]');
    if (!cell || !tableRef.current) return;
    for (const other of tableRef.current.querySelectorAll<HTMLElement>('td[data-cell][tabindex="0"]')) if (other !== cell) other.tabIndex = -1;
    cell.tabIndex = 0;
  };

  const focusCell = (row: number, col: number): void => {
    tableRef.current?.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('td[data-cell]');
    if (!cell) return;
    const row = Number(cell.dataset['row']);
    const col = Number(cell.dataset['col']);
    const rowCount = transpose ? concepts.length : studies.length;
    const colCount = transpose ? studies.length : concepts.length;
    if (target.tagName === 'BUTTON') {
      // Inside a cell: move between its constructs, take one out, or go back to the cell.
      const chips = [...cell.querySelectorAll<HTMLElement>('button[data-construct]')];
      const at = chips.indexOf(target);
      if (event.key === 'Escape') {
        event.preventDefault();
        cell.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
        event.preventDefault();
        chips[Math.min(chips.length - 1, at + 1)]?.focus();
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
        event.preventDefault();
        chips[Math.max(0, at - 1)]?.focus();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && canEdit) {
        event.preventDefault();
        const id = target.dataset['construct'];
        const conceptId = cell.dataset['concept'];
        if (id && conceptId) {
          (chips[at + 1] ?? chips[at - 1] ?? cell).focus();
          actions.unplace(id, conceptId);
        }
      }
      return;
    }
    if (target !== cell) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, colCount - 1],
      PageUp: [Math.max(0, row - 10), col],
      PageDown: [Math.min(rowCount - 1, row + 10), col],
    };
    const to = moves[event.key];
    if (to) {
      event.preventDefault();
      const [r, c] = to;
      if (r >= 0 && r < rowCount && c >= 0 && c < colCount) focusCell(r, c);
      return;
    }
    if (event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      const studyId = cell.dataset['study'];
      const conceptId = cell.dataset['concept'];
      if (studyId && conceptId) actions.selectCell(studyId, conceptId);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = cell.querySelector<HTMLElement>('button[data-construct]');
      if (first) first.focus();
      else {
        const studyId = cell.dataset['study'];
        const conceptId = cell.dataset['concept'];
        if (studyId && conceptId) actions.selectCell(studyId, conceptId);
      }
    }
  };

  const renderCell = (study: Study, concept: Concept, row: number, col: number): ReactNode => {
    const key = cellKey(study.id, concept.id);
    const cell = model.cellByKey.get(key);
    const constructs = cell ? cell.constructIds.flatMap((id) => model.constructById.get(id) ?? []) : empty;
    const inCell = selectedConstructId !== null && cell !== undefined && cell.constructIds.some((id) => id === selectedConstructId);
    return (
      <GridCellView
        key={key}
        study={study}
        concept={concept}
        constructs={constructs}
        note={cell?.note}
        selected={key === selectedCellKey}
        selectedConstructId={inCell ? selectedConstructId : null}
        canEdit={canEdit}
        row={row}
        col={col}
        initiallyTabbable={row === 0 && col === 0}
      />
    );
  };

  const conceptHeader = (concept: Concept, scope: 'col' | 'row'): ReactNode => (
    <th key={concept.id} scope={scope} className="synth-concept-head">
      <button type="button" className="synth-head-button" aria-pressed={concept.id === selectedConceptId} onClick={() => actions.selectConcept(concept.id)} title={concept.description}>
        {concept.label}
      </button>
    </th>
  );
  const studyHeader = (study: Study, scope: 'col' | 'row'): ReactNode => (
    <th key={study.id} scope={scope} className="synth-study-head">
      <span className="synth-study-label">{study.label}</span>
    </th>
  );

  return (
    <table
      ref={tableRef}
      className={`synth-grid${transpose ? ' synth-grid-transposed' : ''}`}
      role="grid"
      aria-label="Juxtaposition grid"
      aria-describedby="grid-keys"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <thead>
        <tr>
          <th scope="col" className="synth-corner">
            {transpose ? 'Concept' : 'Study'}
          </th>
          {transpose ? studies.map((s) => studyHeader(s, 'col')) : concepts.map((c) => conceptHeader(c, 'col'))}
        </tr>
      </thead>
      <tbody>
        {transpose
          ? concepts.map((concept, r) => (
              <tr key={concept.id}>
                {conceptHeader(concept, 'row')}
                {studies.map((study, c) => renderCell(study, concept, r, c))}
              </tr>
            ))
          : studies.map((study, r) => (
              <tr key={study.id}>
                {studyHeader(study, 'row')}
                {concepts.map((concept, c) => renderCell(study, concept, r, c))}
              </tr>
            ))}
      </tbody>
    </table>
  );
}

const empty: readonly Construct[] = [];

export type { Selection };
