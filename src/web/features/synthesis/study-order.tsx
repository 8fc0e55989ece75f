/**
 * The translation order, which is also the grid's row order: by date, an index study first, by appraisal, or
 * the team's own order (arranged by dragging, or with the move buttons).
 */
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Study } from '../../../core/synthesis/study.js';
import type { TranslationOrder } from '../../../core/synthesis/translation-order.js';
import { orderKindLabels, q } from './labels.js';
import { useWorkbench } from './workbench.js';

type Props = Readonly<{ order: TranslationOrder; studies: readonly Study[]; anyRated: boolean }>;

export function StudyOrderControl({ order, studies, anyRated }: Props): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [arranging, setArranging] = useState(false);

  const set = (next: Readonly<Record<string, unknown>>, label: string): void => {
    void wb.run([{ type: 'set-translation-order', order: next }], label);
  };
  const onKind = (kind: TranslationOrder['kind']): void => {
    if (kind === 'chronology') set({ kind }, 'Ordered the studies by date');
    else if (kind === 'quality') set({ kind }, 'Ordered the studies by appraisal');
    else if (kind === 'index-study' && studies[0]) set({ kind, indexStudyId: studies[0].id }, `Made ${q(studies[0].label)} the index study`);
    else if (kind === 'custom') {
      set({ kind, studyIds: studies.map((s) => s.id) }, 'Switched to a custom study order');
      setArranging(true);
    }
  };

  return (
    <div className="synth-order-control">
      <div className="synth-mini-field">
        <label htmlFor={`${id}-kind`}>Study order</label>
        <select id={`${id}-kind`} className="input input-small" value={order.kind} disabled={!wb.canEdit} onChange={(e) => onKind(e.target.value as TranslationOrder['kind'])}>
          {(Object.keys(orderKindLabels) as TranslationOrder['kind'][]).map((k) => (
            <option key={k} value={k}>
              {orderKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      {order.kind === 'index-study' ? (
        <div className="synth-mini-field">
          <label htmlFor={`${id}-index`}>Index study</label>
          <select
            id={`${id}-index`}
            className="input input-small"
            value={order.indexStudyId}
            disabled={!wb.canEdit}
            onChange={(e) => {
              const s = studies.find((x) => x.id === e.target.value);
              if (s) set({ kind: 'index-study', indexStudyId: s.id }, `Made ${q(s.label)} the index study`);
            }}
          >
            {studies.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {order.kind === 'quality' && !anyRated ? <p className="small synth-order-note">No study is appraised yet, so the order falls back to date.</p> : null}
      {order.kind === 'custom' && wb.canEdit ? (
        <div className="synth-order-arrange">
          <button type="button" className="button button-small" aria-expanded={arranging} aria-controls={`${id}-arrange`} onClick={() => setArranging((a) => !a)}>
            Arrange studies
          </button>
          {arranging ? (
            <ArrangePanel
              id={`${id}-arrange`}
              studies={studies}
              onClose={() => {
                setArranging(false);
                document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(`${id}-arrange`)}"]`)?.focus();
              }}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ArrangePanel({ id, studies, onClose }: { id: string; studies: readonly Study[]; onClose: () => void }): ReactNode {
  const wb = useWorkbench();
  const dragged = useRef<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Keep focus on the moved study's button after the list re-renders in its new order.
  useEffect(() => {
    if (!focusId) return;
    const list = listRef.current;
    const studyId = focusId.slice(0, focusId.lastIndexOf(':'));
    const same = list?.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(focusId)}"]`);
    const other = list?.querySelector<HTMLButtonElement>(`[data-move^="${CSS.escape(`${studyId}:`)}"]:not(:disabled)`);
    (same && !same.disabled ? same : other)?.focus();
    setFocusId(null);
  }, [focusId, studies]);

  const moveTo = (studyId: string, to: number, focus?: string): void => {
    const ids = studies.map((s) => s.id as string);
    const from = ids.indexOf(studyId);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    ids.splice(from, 1);
    ids.splice(to, 0, studyId);
    const label = studies.find((s) => s.id === studyId)?.label ?? studyId;
    void wb.run([{ type: 'set-translation-order', order: { kind: 'custom', studyIds: ids } }], `Moved ${q(label)} to position ${to + 1} of the study order`);
    if (focus) setFocusId(focus);
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number): void => {
    event.preventDefault();
    event.currentTarget.classList.remove('synth-drop-over');
    const from = dragged.current;
    dragged.current = null;
    if (from) moveTo(from, index);
  };

  return (
    <div
      id={id}
      className="synth-popover synth-arrange"
      role="group"
      aria-label="Arrange the study order"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="synth-popover-head">
        <p className="field-label">Custom study order</p>
        <button type="button" className="button button-small" onClick={onClose}>
          Done
        </button>
      </div>
      <p className="muted small">Drag a study to its place, or use the arrows.</p>
      <ol ref={listRef} className="synth-arrange-list">
        {studies.map((s, i) => (
          <li
            key={s.id}
            draggable
            onDragStart={(e) => {
              dragged.current = s.id;
              e.dataTransfer.setData('text/plain', s.label);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => (dragged.current = null)}
            onDragOver={(e) => {
              if (!dragged.current) return;
              e.preventDefault();
              e.currentTarget.classList.add('synth-drop-over');
            }}
            onDragLeave={(e) => e.currentTarget.classList.remove('synth-drop-over')}
            onDrop={(e) => onDrop(e, i)}
          >
            <span className="synth-grip" aria-hidden="true" />
            <span className="synth-arrange-number">{i + 1}</span>
            <span className="synth-arrange-label">{s.label}</span>
            <button type="button" className="icon-button" data-move={`${s.id}:up`} aria-label={`Move ${s.label} up`} disabled={i === 0} onClick={() => moveTo(s.id, i - 1, `${s.id}:up`)}>
              ↑
            </button>
            <button type="button" className="icon-button" data-move={`${s.id}:down`} aria-label={`Move ${s.label} down`} disabled={i === studies.length - 1} onClick={() => moveTo(s.id, i + 1, `${s.id}:down`)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
