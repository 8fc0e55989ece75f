/**
 * The constructs of one study that are not yet placed under a concept. Drag one into a cell of the study's
 * row, or select it and choose the concept from the menu under it (the keyboard way). A construct dragged out
 * of a cell and dropped here is taken out of that concept.
 */
import { useId, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import type { Study } from '../../../core/synthesis/study.js';
import { formatNumber } from '../../lib/format.js';
import { useGridActions } from './grid-actions.js';
import type { GridModel } from './grid-model.js';
import { ConstructChip } from './grid-table.js';

type Props = Readonly<{
  studies: readonly Study[];
  concepts: readonly Concept[];
  model: GridModel;
  studyId: string;
  onStudyChange: (studyId: string) => void;
  selectedConstructId: string | null;
  canEdit: boolean;
  onPlace: (constructId: string, conceptId: string) => Promise<boolean>;
}>;

type OrderFilter = 'all' | '2' | '1';

export function ConstructPalette({ studies, concepts, model, studyId, onStudyChange, selectedConstructId, canEdit, onPlace }: Props): ReactNode {
  const actions = useGridActions();
  const id = useId();
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<OrderFilter>('all');
  const unplaced = model.unplacedByStudy.get(studyId) ?? none;
  const total = model.constructsByStudy.get(studyId)?.length ?? 0;
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return unplaced.filter(
      (c) => (order === 'all' || String(c.order) === order) && (needle === '' || c.label.toLowerCase().includes(needle) || c.text.toLowerCase().includes(needle)),
    );
  }, [unplaced, filter, order]);

  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    if (!actions.draggingFromCell()) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    event.currentTarget.classList.add('synth-drop-over');
  };
  const onDragLeave = (event: DragEvent<HTMLElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) event.currentTarget.classList.remove('synth-drop-over');
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.currentTarget.classList.remove('synth-drop-over');
    actions.dropOnPalette();
  };

  return (
    <section className="synth-panel synth-palette" aria-labelledby={`${id}-title`} onDragOver={canEdit ? onDragOver : undefined} onDragLeave={canEdit ? onDragLeave : undefined} onDrop={canEdit ? onDrop : undefined}>
      <h2 id={`${id}-title`} className="synth-panel-title">
        Unplaced constructs
      </h2>
      <div className="synth-palette-controls">
        <div className="synth-mini-field synth-mini-wide">
          <label htmlFor={`${id}-study`}>Study</label>
          <select id={`${id}-study`} className="input input-small" value={studyId} onChange={(e) => onStudyChange(e.target.value)}>
            {studies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label} ({formatNumber(model.unplacedByStudy.get(s.id)?.length ?? 0)} unplaced)
              </option>
            ))}
          </select>
        </div>
        <div className="synth-mini-field">
          <label htmlFor={`${id}-filter`}>Words</label>
          <input id={`${id}-filter`} type="search" className="input input-small" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <div className="synth-mini-field">
          <label htmlFor={`${id}-order`}>Order</label>
          <select id={`${id}-order`} className="input input-small" value={order} onChange={(e) => setOrder(e.target.value as OrderFilter)}>
            <option value="all">All</option>
            <option value="2">2nd order</option>
            <option value="1">1st order</option>
          </select>
        </div>
      </div>
      <p className="muted small synth-palette-count" aria-live="polite">
        {total === 0
          ? 'This study has no constructs yet: they are made while reading the study.'
          : unplaced.length === 0
            ? total === 1
              ? 'The one construct of this study is placed.'
              : `All ${formatNumber(total)} constructs of this study are placed.`
            : `${formatNumber(shown.length)} of ${formatNumber(unplaced.length)} unplaced (of ${formatNumber(total)}).`}
      </p>
      <ul className="synth-chip-list synth-palette-list">
        {shown.map((c) => (
          <li key={c.id}>
            <ConstructChip construct={c} selected={c.id === selectedConstructId} inConceptId={null} canEdit={canEdit} tabbable />
            {c.id === selectedConstructId && canEdit ? <PlaceMenu construct={c} concepts={concepts} exclude={none} onPlace={onPlace} /> : null}
          </li>
        ))}
      </ul>
      {canEdit && unplaced.length > 0 ? <p className="muted small">Drag a construct into its study’s row, or select it and choose a concept.</p> : null}
    </section>
  );
}

const none: readonly never[] = [];

/** The keyboard way to place a construct: choose a concept, then Place. */
export function PlaceMenu({
  construct,
  concepts,
  exclude,
  onPlace,
  label = 'Place under',
}: {
  construct: Construct;
  concepts: readonly Concept[];
  exclude: readonly string[];
  onPlace: (constructId: string, conceptId: string) => Promise<boolean>;
  label?: string;
}): ReactNode {
  const id = useId();
  const options = concepts.filter((k) => !exclude.includes(k.id));
  const [conceptId, setConceptId] = useState('');
  const chosen = options.some((k) => k.id === conceptId) ? conceptId : (options[0]?.id ?? '');
  if (concepts.length === 0) return <p className="muted small synth-place-menu">Add a concept to the grid first.</p>;
  if (options.length === 0) return <p className="muted small synth-place-menu">Placed under every concept.</p>;
  return (
    <form
      className="synth-place-menu"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void onPlace(construct.id, chosen);
      }}
    >
      <label htmlFor={id} className="field-label small">
        {label}
      </label>
      <div className="synth-place-row">
        <select id={id} className="input input-small" value={chosen} onChange={(e) => setConceptId(e.target.value)}>
          {options.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-small button-primary">
          Place
        </button>
      </div>
    </form>
  );
}
