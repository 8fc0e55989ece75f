/**
 * Phase 4, determining how the studies are related: the juxtaposition grid of studies (in translation order)
 * against concepts. Constructs are placed in cells by dragging them from the palette (or between cells), or
 * with the keyboard by selecting one and choosing the concept.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { SectionProps } from '../../shell/sections.js';
import { EmptyState } from '../../components/empty-state.js';
import { formatNumber, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link } from '../../lib/router.js';
import { newId } from './api.js';
import { SynthesisPageFrame } from './chrome.js';
import { ConstructPalette } from './construct-palette.js';
import { GridActionsContext, type DragInfo, type GridActions } from './grid-actions.js';
import { CellInspector, ConceptInspector, ConstructInspector } from './grid-inspector.js';
import { gridModel } from './grid-model.js';
import { GridTable, type Selection } from './grid-table.js';
import { q } from './labels.js';
import { StudyOrderControl } from './study-order.js';
import { useLoaded, useWorkbench } from './workbench.js';

export function GridPage({ project }: SectionProps): ReactNode {
  return (
    <SynthesisPageFrame
      project={project}
      title="Juxtaposition grid"
      description="Place each study’s constructs under the concepts they express, to see where the studies agree, contradict or add up."
      loadingLabel="Loading the grid…"
      className="synth-fill"
    >
      <GridWorkspace />
    </SynthesisPageFrame>
  );
}

const TRANSPOSE_KEY = 'metaethno.grid.studiesAsColumns';
const COMPACT_KEY = 'metaethno.grid.compact';

function storeFlag(key: string, on: boolean): void {
  try {
    window.localStorage.setItem(key, on ? '1' : '0');
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit.
  }
}

function readFlag(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function GridWorkspace(): ReactNode {
  const wb = useWorkbench();
  const loaded = useLoaded();
  const synthesis = loaded?.synthesis;
  const studies = loaded?.studies ?? [];
  const model = useMemo(() => (synthesis ? gridModel(synthesis) : undefined), [synthesis]);
  const [selection, setSelection] = useState<Selection>(null);
  const [paletteStudy, setPaletteStudy] = useState('');
  const [transpose, setTranspose] = useState(() => readFlag(TRANSPOSE_KEY));
  const [compact, setCompact] = useState(() => readFlag(COMPACT_KEY));
  const inspectorRef = useRef<HTMLElement>(null);
  const selectionKey = selection ? (selection.kind === 'cell' ? `cell:${selection.studyId}:${selection.conceptId}` : `${selection.kind}:${selection.id}`) : '';
  // A new selection is read from its top, not from where the previous one was scrolled to.
  useEffect(() => {
    if (inspectorRef.current) inspectorRef.current.scrollTop = 0;
  }, [selectionKey]);
  const drag = useRef<DragInfo | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const paletteStudyId = useMemo(() => {
    if (!model) return '';
    if (studies.some((s) => s.id === paletteStudy)) return paletteStudy;
    return (studies.find((s) => (model.unplacedByStudy.get(s.id)?.length ?? 0) > 0) ?? studies[0])?.id ?? '';
  }, [model, studies, paletteStudy]);

  const { run } = wb;
  const place = useCallback(
    async (constructId: string, conceptId: string, fromConceptId: string | null = null): Promise<boolean> => {
      if (!model) return false;
      const c = model.constructById.get(constructId);
      const k = model.conceptById.get(conceptId);
      if (!c || !k || (model.conceptsOf.get(constructId) ?? []).includes(conceptId)) return false;
      const from = fromConceptId ? model.conceptById.get(fromConceptId) : undefined;
      const steps = [
        ...(from ? [{ type: 'unlink' as const, relation: 'grid', conceptId: from.id, constructId }] : []),
        { type: 'link' as const, relation: 'grid', conceptId, constructId },
      ];
      return run(steps, from ? `Moved ${q(c.label)} from ${q(from.label)} to ${q(k.label)}` : `Placed ${q(c.label)} under ${q(k.label)}`);
    },
    [model, run],
  );
  const unplace = useCallback(
    async (constructId: string, conceptId: string): Promise<boolean> => {
      const c = model?.constructById.get(constructId);
      const k = model?.conceptById.get(conceptId);
      if (!c || !k) return false;
      return run([{ type: 'unlink', relation: 'grid', conceptId, constructId }], `Took ${q(c.label)} out of ${q(k.label)}`);
    },
    [model, run],
  );

  /** Placing from the palette's menu: the next unplaced construct is selected, so the keyboard can go on. */
  const placeFromPalette = useCallback(
    async (constructId: string, conceptId: string): Promise<boolean> => {
      const list = model?.unplacedByStudy.get(paletteStudyId) ?? [];
      const at = list.findIndex((c) => c.id === constructId);
      const next = at >= 0 ? (list[at + 1] ?? list[at - 1]) : undefined;
      const ok = await place(constructId, conceptId);
      if (ok && next) {
        setSelection({ kind: 'construct', id: next.id, conceptId: null });
        window.setTimeout(() => {
          document.querySelector<HTMLElement>(`.synth-palette [data-construct="${CSS.escape(next.id)}"]`)?.focus();
        }, 0);
      }
      return ok;
    },
    [model, paletteStudyId, place],
  );

  // One stable actions object for every cell and chip; it reads the latest state through this ref.
  const latest = useRef({ model, place, unplace });
  latest.current = { model, place, unplace };
  const clearDrag = (): void => {
    drag.current = null;
    const grid = gridRef.current;
    if (!grid) return;
    grid.classList.remove('synth-dragging');
    for (const el of grid.querySelectorAll('.synth-drop-ok, .synth-drop-over')) el.classList.remove('synth-drop-ok', 'synth-drop-over');
    document.querySelector('.synth-palette.synth-drop-over')?.classList.remove('synth-drop-over');
  };
  const actions = useMemo<GridActions>(() => {
    const canDrop = (studyId: string, conceptId: string): boolean => {
      const d = drag.current;
      const m = latest.current.model;
      if (!d || !m || d.studyId !== studyId || d.fromConceptId === conceptId) return false;
      return !(m.conceptsOf.get(d.constructId) ?? []).includes(conceptId);
    };
    return {
      selectConstruct: (id, conceptId) =>
        setSelection((s) => (s?.kind === 'construct' && s.id === id && s.conceptId === conceptId ? null : { kind: 'construct', id, conceptId })),
      selectCell: (studyId, conceptId) => {
        setSelection({ kind: 'cell', studyId, conceptId });
        setPaletteStudy(studyId);
      },
      selectConcept: (id) => setSelection((s) => (s?.kind === 'concept' && s.id === id ? null : { kind: 'concept', id })),
      dragStart: (info) => {
        drag.current = info;
        const grid = gridRef.current;
        if (!grid) return;
        grid.classList.add('synth-dragging');
        for (const el of grid.querySelectorAll<HTMLElement>(`td[data-study="${CSS.escape(info.studyId)}"]`)) {
          if (canDrop(info.studyId, el.dataset['concept'] ?? '')) el.classList.add('synth-drop-ok');
        }
      },
      dragEnd: clearDrag,
      canDrop,
      drop: (studyId, conceptId) => {
        const d = drag.current;
        const ok = canDrop(studyId, conceptId);
        clearDrag();
        if (d && ok) void latest.current.place(d.constructId, conceptId, d.fromConceptId);
      },
      unplace: (constructId, conceptId) => void latest.current.unplace(constructId, conceptId),
      draggingFromCell: () => drag.current !== null && drag.current.fromConceptId !== null,
      dropOnPalette: () => {
        const d = drag.current;
        clearDrag();
        if (d?.fromConceptId) void latest.current.unplace(d.constructId, d.fromConceptId);
      },
    };
  }, []);

  if (!loaded || !model || !synthesis) return null;
  const concepts = synthesis.concepts;
  const placedCount = model.conceptsOf.size;
  const anyRated = studies.some((s) => loaded.data.orderInputs.qualityOf?.(s.id) !== undefined);
  const selectedConstruct = selection?.kind === 'construct' ? model.constructById.get(selection.id) : undefined;
  const selectedConcept = selection?.kind === 'concept' ? model.conceptById.get(selection.id) : undefined;
  const common = { model, concepts, onPlace: (a: string, b: string) => place(a, b), onUnplace: unplace };

  if (studies.length === 0) {
    return (
      <EmptyState title="No studies to juxtapose yet">
        <p>The grid sets the included studies against the concepts they share. Studies are made from the records included at full text, and their constructs while reading them.</p>
        <p>
          <Link to={projectPath(wb.projectId, 'studies')}>Go to the studies</Link>
        </p>
      </EmptyState>
    );
  }

  return (
    <GridActionsContext.Provider value={actions}>
      <div className="synth-toolbar">
        {wb.canEdit ? <AddConceptForm /> : null}
        <StudyOrderControl order={synthesis.translationOrder} studies={studies} anyRated={anyRated} />
        <div className="synth-view-options" role="group" aria-label="Grid layout">
          <label className="checkbox synth-check-inline">
            <input
              type="checkbox"
              checked={transpose}
              onChange={(e) => {
                setTranspose(e.target.checked);
                storeFlag(TRANSPOSE_KEY, e.target.checked);
              }}
            />
            Studies as columns
          </label>
          <label className="checkbox synth-check-inline">
            <input
              type="checkbox"
              checked={compact}
              onChange={(e) => {
                setCompact(e.target.checked);
                storeFlag(COMPACT_KEY, e.target.checked);
              }}
            />
            Compact cells
          </label>
        </div>
      </div>
      <div className="synth-grid-layout">
        <aside className="synth-side" aria-label="Constructs and selection">
          <ConstructPalette
            studies={studies}
            concepts={concepts}
            model={model}
            studyId={paletteStudyId}
            onStudyChange={setPaletteStudy}
            selectedConstructId={selection?.kind === 'construct' && selection.conceptId === null ? selection.id : null}
            canEdit={wb.canEdit}
            onPlace={placeFromPalette}
          />
          <section ref={inspectorRef} className="synth-panel synth-inspector" aria-label="Selected item">
            {selectedConstruct ? (
              <ConstructInspector construct={selectedConstruct} {...common} />
            ) : selection?.kind === 'cell' ? (
              <CellInspector studyId={selection.studyId} conceptId={selection.conceptId} {...common} />
            ) : selectedConcept ? (
              <ConceptInspector concept={selectedConcept} {...common} onDeleted={() => setSelection(null)} />
            ) : (
              <div className="synth-inspector-body">
                <p className="synth-kicker">Nothing selected</p>
                <p className="small">Select a construct to place it, see where it sits and find similar constructs in other studies. Select a cell to write a note on it, or a concept’s name to rename, move or delete it.</p>
              </div>
            )}
          </section>
        </aside>
        <div className="synth-grid-area">
          {concepts.length === 0 ? (
            <EmptyState title="No concepts yet">
              <p>Concepts are the key metaphors, themes and ideas that recur across the studies; each becomes a column of the grid. Add the first one above, then place constructs under it.</p>
            </EmptyState>
          ) : (
            <>
              <div ref={gridRef} className={`synth-grid-scroll${compact ? ' synth-grid-compact' : ''}`}>
                <GridTable studies={studies} concepts={concepts} model={model} selection={selection} transpose={transpose} canEdit={wb.canEdit} />
              </div>
              <div className="synth-grid-foot">
                <p className="muted small">
                  {plural(studies.length, 'study', 'studies')} · {plural(concepts.length, 'concept')} · {formatNumber(placedCount)} of {plural(synthesis.constructs.length, 'construct')} placed
                </p>
                <p id="grid-keys" className="kbd-hint">
                  <kbd>←</kbd>
                  <kbd>↑</kbd>
                  <kbd>→</kbd>
                  <kbd>↓</kbd> cells · <kbd>Space</kbd> cell and note · <kbd>Enter</kbd> its constructs (<kbd>Delete</kbd> takes one out, <kbd>Esc</kbd> back) · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
                </p>
              </div>
            </>
          )}
        </div>
      </div>
    </GridActionsContext.Provider>
  );
}

function AddConceptForm(): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [label, setLabel] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const text = label.trim();
    if (!text) return;
    const ok = await wb.run([{ type: 'create', kind: 'concept', value: { id: newId('k'), label: text } }], `Added concept ${q(text)}`);
    if (ok) setLabel('');
  };
  return (
    <form className="synth-add-concept" onSubmit={(e) => void submit(e)}>
      <div className="synth-mini-field">
        <label htmlFor={id}>New concept</label>
        <input id={id} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
      </div>
      <button type="submit" className="button button-small button-primary" disabled={!label.trim()}>
        Add concept
      </button>
    </form>
  );
}
