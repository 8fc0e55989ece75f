/** Beside the grid: the selected construct, cell or concept, with what can be done to it. */
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import { formatNumber, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link } from '../../lib/router.js';
import { studyPath } from './api.js';
import { CommentsThread } from './comments.js';
import { PlaceMenu } from './construct-palette.js';
import { cellKey, type GridModel } from './grid-model.js';
import { orderLong, orderShort, q } from './labels.js';
import { SuggestionsPanel } from './suggestions-panel.js';
import { useWorkbench } from './workbench.js';

type Common = Readonly<{
  model: GridModel;
  concepts: readonly Concept[];
  onPlace: (constructId: string, conceptId: string) => Promise<boolean>;
  onUnplace: (constructId: string, conceptId: string) => Promise<boolean>;
}>;

export function ConstructInspector({ construct, model, concepts, onPlace, onUnplace }: Common & { construct: Construct }): ReactNode {
  const wb = useWorkbench();
  const placed = model.conceptsOf.get(construct.id) ?? [];
  const study = model.studyById.get(construct.studyId);
  const label = (id: string): string => model.conceptById.get(id)?.label ?? id;
  return (
    <div className="synth-inspector-body">
      <p className="synth-kicker">{orderLong(construct.order)}</p>
      <h2 className="synth-inspector-title">{construct.label}</h2>
      <p className="muted small">
        {study ? <Link to={studyPath(wb.projectId, study.id, construct.excerptIds[0])}>{study.label}</Link> : null}
        {construct.excerptIds.length > 0 ? ` · ${plural(construct.excerptIds.length, 'excerpt')}` : ' · no excerpt yet'}
      </p>
      {construct.text !== construct.label ? <blockquote className={`synth-construct-text${construct.order === 1 ? ' synth-quote' : ''}`}>{construct.text}</blockquote> : null}
      <h3 className="synth-subtitle">Placed under</h3>
      {placed.length === 0 ? (
        <p className="muted small">No concept yet.</p>
      ) : (
        <ul className="plain-list synth-placed-list">
          {placed.map((k) => (
            <li key={k}>
              <span>{label(k)}</span>
              {wb.canEdit ? (
                <button type="button" className="button button-quiet button-small" onClick={() => void onUnplace(construct.id, k)} aria-label={`Take out ${construct.label} from ${label(k)}`}>
                  Take out
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {wb.canEdit ? <PlaceMenu construct={construct} concepts={concepts} exclude={placed} onPlace={onPlace} label={placed.length > 0 ? 'Also place under' : 'Place under'} /> : null}
      <SuggestionsPanel construct={construct} model={model} concepts={concepts} onPlace={onPlace} />
      <CommentsThread target={{ kind: 'construct', id: construct.id }} label={`construct ${q(construct.label, 40)}`} />
    </div>
  );
}

export function CellInspector({ studyId, conceptId, model, onUnplace }: Common & { studyId: string; conceptId: string }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const key = cellKey(studyId, conceptId);
  const cell = model.cellByKey.get(key);
  const study = model.studyById.get(studyId);
  const concept = model.conceptById.get(conceptId);
  const saved = cell?.note ?? '';
  const [note, setNote] = useState(saved);
  useEffect(() => setNote(saved), [saved, key]);
  if (!study || !concept) return null;
  const constructs = (cell?.constructIds ?? []).flatMap((c) => model.constructById.get(c) ?? []);
  const where = `${q(study.label, 30)} × ${q(concept.label, 30)}`;

  const saveNote = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const text = note.trim();
    if (text === saved.trim()) return;
    if (!cell) {
      await wb.run([{ type: 'create', kind: 'gridCell', value: { id: key, studyId, conceptId, constructIds: [], note: text } }], `Added a note to ${where}`);
    } else if (text === '' && cell.constructIds.length === 0) {
      await wb.run([{ type: 'delete-cascade', kind: 'gridCell', id: key }], `Removed the note of ${where}`);
    } else {
      const { note: _old, ...rest } = cell;
      await wb.run([{ type: 'update', kind: 'gridCell', value: text ? { ...rest, note: text } : rest }], text ? `Edited the note of ${where}` : `Removed the note of ${where}`);
    }
  };

  return (
    <div className="synth-inspector-body">
      <p className="synth-kicker">Grid cell</p>
      <h2 className="synth-inspector-title">
        {study.label} × {concept.label}
      </h2>
      <p className="muted small">
        <Link to={studyPath(wb.projectId, study.id)}>Open the study</Link>
      </p>
      <h3 className="synth-subtitle">Constructs</h3>
      {constructs.length === 0 ? (
        <p className="muted small">None: drag one of this study’s constructs here, or select it and choose “{concept.label}”.</p>
      ) : (
        <ul className="plain-list synth-placed-list">
          {constructs.map((c) => (
            <li key={c.id}>
              <span>
                <span className="synth-order-tag" aria-hidden="true">
                  {orderShort(c.order)}
                </span>{' '}
                {c.label}
              </span>
              {wb.canEdit ? (
                <button type="button" className="button button-quiet button-small" onClick={() => void onUnplace(c.id, conceptId)} aria-label={`Take out ${c.label} from ${concept.label}`}>
                  Take out
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form className="synth-form" onSubmit={(e) => void saveNote(e)}>
        <label htmlFor={`${id}-note`} className="field-label">
          Note
        </label>
        <textarea id={`${id}-note`} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} readOnly={!wb.canEdit} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          How this study treats the concept, or why it does not (“not discussed”, “only implied”).
        </p>
        {wb.canEdit ? (
          <div className="synth-inline-actions">
            <button type="submit" className="button button-small button-primary" disabled={note.trim() === saved.trim()}>
              Save note
            </button>
            {note !== saved ? (
              <button type="button" className="button button-quiet button-small" onClick={() => setNote(saved)}>
                Discard changes
              </button>
            ) : null}
          </div>
        ) : null}
      </form>
      {cell ? <CommentsThread target={{ kind: 'gridCell', id: key }} label={`the cell ${where}`} /> : null}
    </div>
  );
}

export function ConceptInspector({ concept, model, concepts, onDeleted }: Common & { concept: Concept; onDeleted: () => void }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [label, setLabel] = useState(concept.label);
  const [description, setDescription] = useState(concept.description ?? '');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setLabel(concept.label);
    setDescription(concept.description ?? '');
    setConfirming(false);
  }, [concept.id, concept.label, concept.description]);
  const index = concepts.findIndex((k) => k.id === concept.id);
  const cells = [...model.cellByKey.values()].filter((c) => c.conceptId === concept.id);
  const studies = cells.filter((c) => c.constructIds.length > 0).length;
  const constructs = cells.reduce((n, c) => n + c.constructIds.length, 0);
  const translation = wb.view?.synthesis.translations.find((t) => t.conceptId === concept.id);
  const changed = label.trim() !== concept.label || description.trim() !== (concept.description ?? '').trim();

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (!label.trim() || !changed) return;
    const value = { id: concept.id, label: label.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    const what = label.trim() !== concept.label ? `Renamed concept ${q(concept.label)} to ${q(label.trim())}` : `Described concept ${q(concept.label)}`;
    void wb.run([{ type: 'update', kind: 'concept', value }], what);
  };
  const move = (by: -1 | 1): void => {
    const to = index + by;
    if (to < 0 || to >= concepts.length) return;
    void wb.run([{ type: 'move', kind: 'concept', id: concept.id, toIndex: to }], `Moved concept ${q(concept.label)} ${by < 0 ? 'left' : 'right'}`);
  };
  const remove = async (): Promise<void> => {
    const ok = await wb.run([{ type: 'delete-cascade', kind: 'concept', id: concept.id }], `Deleted concept ${q(concept.label)}`);
    if (ok) onDeleted();
  };

  return (
    <div className="synth-inspector-body">
      <p className="synth-kicker">Concept</p>
      <h2 className="synth-inspector-title">{concept.label}</h2>
      <p className="muted small">
        Expressed by {plural(studies, 'study', 'studies')} of {formatNumber(model.studyById.size)} · {plural(constructs, 'construct')}
        {translation ? ` · ${plural(translation.links.length, 'translation link')}` : ''}
      </p>
      <p className="small">
        <Link to={projectPath(wb.projectId, 'translations', { concept: concept.id })}>Translate this concept</Link>
      </p>
      {wb.canEdit ? (
        <>
          <form className="synth-form" onSubmit={save}>
            <label htmlFor={`${id}-label`} className="field-label">
              Name
            </label>
            <input id={`${id}-label`} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} required />
            <label htmlFor={`${id}-desc`} className="field-label">
              Description <span className="field-optional">(optional)</span>
            </label>
            <textarea id={`${id}-desc`} className="input input-small" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
            <div className="synth-inline-actions">
              <button type="submit" className="button button-small button-primary" disabled={!changed || !label.trim()}>
                Save
              </button>
            </div>
          </form>
          <div className="synth-inline-actions" role="group" aria-label="Column position">
            <button type="button" className="button button-small" onClick={() => move(-1)} disabled={index <= 0}>
              Move left
            </button>
            <button type="button" className="button button-small" onClick={() => move(1)} disabled={index < 0 || index >= concepts.length - 1}>
              Move right
            </button>
          </div>
          {confirming ? (
            <div className="inline-warning synth-confirm" role="alert">
              <p>
                Delete {q(concept.label)}? Its {plural(cells.length, 'grid cell')}
                {translation ? ' and its translation' : ''} go with it; the constructs return to the unplaced lists. You can undo this.
              </p>
              <div className="synth-inline-actions">
                <button type="button" className="button button-small button-exclude" onClick={() => void remove()}>
                  Delete concept
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button-quiet button-small synth-danger" onClick={() => setConfirming(true)}>
              Delete concept…
            </button>
          )}
        </>
      ) : concept.description ? (
        <p className="prose-text">{concept.description}</p>
      ) : null}
      <CommentsThread target={{ kind: 'concept', id: concept.id }} label={`concept ${q(concept.label, 40)}`} />
    </div>
  );
}
