/**
 * The line of argument (phase 6): the new whole in prose, and a small graph of how the third-order constructs
 * bear on one another, drawn as a diagram with a text version beside it.
 */
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { argumentEdgeKinds, type ArgumentEdgeKind, type LineOfArgument } from '../../../core/synthesis/line-of-argument.js';
import { newId } from './api.js';
import { ArgumentDiagram, nodeKey, type DiagramEdge, type DiagramNode } from './argument-diagram.js';
import { CommentsThread } from './comments.js';
import { edgeKindLabels, q } from './labels.js';
import { useWorkbench, type Loaded } from './workbench.js';

type NodeRef = Readonly<{ kind: 'thirdOrder' | 'construct'; id: string }>;
type EdgeValue = Readonly<{ from: NodeRef; to: NodeRef; kind: ArgumentEdgeKind; label?: string }>;

export function LineOfArgumentSection({ loaded }: { loaded: Loaded }): ReactNode {
  const lines = loaded.synthesis.linesOfArgument;
  const [chosen, setChosen] = useState<string | null>(null);
  const id = useId();
  const line = lines.find((l) => l.id === chosen) ?? lines[0];
  return (
    <section className="card synth-loa" aria-labelledby={`${id}-title`}>
      <div className="synth-section-head">
        <h2 id={`${id}-title`} className="card-title">
          Line of argument
        </h2>
        {lines.length > 1 ? (
          <div className="synth-mini-field">
            <label htmlFor={`${id}-which`}>Showing</label>
            <select id={`${id}-which`} className="input input-small" value={line?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {lines.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {line ? <LineEditor key={line.id} line={line} loaded={loaded} /> : <NewLine onCreated={setChosen} />}
    </section>
  );
}

function NewLine({ onCreated }: { onCreated: (id: string) => void }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  if (!wb.canEdit) return <p className="muted">The team has not written the line of argument yet.</p>;
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim() || !text.trim()) return;
    const lineId = newId('loa');
    const ok = await wb.run([{ type: 'create', kind: 'lineOfArgument', value: { id: lineId, title: title.trim(), text, nodes: [], edges: [] } }], `Started the line of argument ${q(title)}`);
    if (ok) onCreated(lineId);
  };
  return (
    <form className="synth-form" onSubmit={(e) => void submit(e)}>
      <p className="muted">Put the translations together into a new whole: the interpretation, model or theory the studies add up to. Then draw how the third-order constructs connect.</p>
      <label htmlFor={`${id}-title`} className="field-label">
        Title
      </label>
      <input id={`${id}-title`} className="input input-wide" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor={`${id}-text`} className="field-label">
        The argument
      </label>
      <textarea id={`${id}-text`} className="input" rows={6} value={text} onChange={(e) => setText(e.target.value)} required />
      <div className="synth-inline-actions">
        <button type="submit" className="button button-primary button-small" disabled={!title.trim() || !text.trim()}>
          Save the line of argument
        </button>
      </div>
    </form>
  );
}

function LineEditor({ line, loaded }: { line: LineOfArgument; loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [title, setTitle] = useState(line.title);
  const [text, setText] = useState(line.text);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setTitle(line.title), [line.title]);
  useEffect(() => setText(line.text), [line.text]);
  const s = loaded.synthesis;
  const labelOf = useMemo(() => {
    const third = new Map(s.thirdOrders.map((t) => [t.id as string, t.label]));
    const constructs = new Map(s.constructs.map((c) => [c.id as string, c.label]));
    return (n: NodeRef): string => (n.kind === 'thirdOrder' ? third.get(n.id) : constructs.get(n.id)) ?? n.id;
  }, [s.thirdOrders, s.constructs]);

  const nodes: DiagramNode[] = line.nodes.map((n) => ({ key: nodeKey(n), label: labelOf(n), kind: n.kind }));
  const edges: DiagramEdge[] = line.edges.map((e) => ({ from: nodeKey(e.from), to: nodeKey(e.to), kind: e.kind, label: e.label }));

  const save = (nodesNext: readonly NodeRef[], edgesNext: readonly EdgeValue[], label: string): Promise<boolean> =>
    wb.run([{ type: 'update', kind: 'lineOfArgument', value: { id: line.id, title: line.title, text: line.text, nodes: nodesNext, edges: edgesNext } }], label);

  const saveText = (event: FormEvent): void => {
    event.preventDefault();
    if (!title.trim() || !text.trim()) return;
    void wb.run([{ type: 'update', kind: 'lineOfArgument', value: { ...line, title: title.trim(), text } }], `Edited the line of argument ${q(title)}`);
  };
  const changed = title.trim() !== line.title || text !== line.text;
  const inGraph = new Set(line.nodes.map(nodeKey));
  const addable = s.thirdOrders.filter((t) => !inGraph.has(`thirdOrder:${t.id}`));

  return (
    <div className="synth-loa-body">
      <form className="synth-form synth-loa-text" onSubmit={saveText}>
        <label htmlFor={`${id}-title`} className="field-label">
          Title
        </label>
        <input id={`${id}-title`} className="input input-wide" value={title} onChange={(e) => setTitle(e.target.value)} readOnly={!wb.canEdit} required />
        <label htmlFor={`${id}-text`} className="field-label">
          The argument
        </label>
        <textarea id={`${id}-text`} className="input" rows={7} value={text} onChange={(e) => setText(e.target.value)} readOnly={!wb.canEdit} required />
        {wb.canEdit ? (
          <div className="synth-inline-actions">
            <button type="submit" className="button button-small button-primary" disabled={!changed || !title.trim() || !text.trim()}>
              Save text
            </button>
            {changed ? (
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => {
                  setTitle(line.title);
                  setText(line.text);
                }}
              >
                Discard changes
              </button>
            ) : null}
          </div>
        ) : null}
      </form>

      <div className="synth-loa-graph">
        <h3 className="synth-subtitle">How the constructs connect</h3>
        {nodes.length === 0 ? (
          <p className="muted small">No construct is in the diagram yet. Add third-order constructs, then the relations between them.</p>
        ) : (
          <ArgumentDiagram title={line.title} nodes={nodes} edges={edges} />
        )}
        <div className="synth-loa-lists">
          <div>
            <h4 className="synth-minor-title" id={`${id}-text-version`}>
              Text version
            </h4>
            {line.edges.length === 0 ? (
              <p className="muted small">No relations yet.</p>
            ) : (
              <ul className="synth-relation-list" aria-labelledby={`${id}-text-version`}>
                {line.edges.map((e, i) => (
                  <li key={`${nodeKey(e.from)}-${nodeKey(e.to)}-${e.kind}`}>
                    <span>
                      <strong>{labelOf(e.from)}</strong> {edgeKindLabels[e.kind]} <strong>{labelOf(e.to)}</strong>
                      {e.label ? <span className="muted">: {e.label}</span> : null}
                    </span>
                    {wb.canEdit ? (
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        aria-label={`Remove the relation ${labelOf(e.from)} ${edgeKindLabels[e.kind]} ${labelOf(e.to)}`}
                        onClick={() => void save(line.nodes, line.edges.filter((_, j) => j !== i), `Removed a relation from the line of argument`)}
                      >
                        Remove
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {line.nodes.filter((n) => !line.edges.some((e) => nodeKey(e.from) === nodeKey(n) || nodeKey(e.to) === nodeKey(n))).length > 0 ? (
              <p className="small muted">
                Not yet related:{' '}
                {line.nodes
                  .filter((n) => !line.edges.some((e) => nodeKey(e.from) === nodeKey(n) || nodeKey(e.to) === nodeKey(n)))
                  .map(labelOf)
                  .join('; ')}
              </p>
            ) : null}
          </div>
          {wb.canEdit ? (
            <div className="synth-loa-edit">
              <NodeEditor line={line} labelOf={labelOf} addable={addable.map((t) => ({ id: t.id, label: t.label }))} save={save} />
              {line.nodes.length >= 2 ? <EdgeForm line={line} labelOf={labelOf} save={save} /> : null}
            </div>
          ) : null}
        </div>
      </div>
      <CommentsThread target={{ kind: 'lineOfArgument', id: line.id }} label={`the line of argument ${q(line.title, 40)}`} heading="Comments on the line of argument" />
      {wb.canEdit ? (
        confirming ? (
          <div className="inline-warning synth-confirm" role="alert">
            <p>Delete the line of argument {q(line.title)} with its diagram? You can undo this.</p>
            <div className="synth-inline-actions">
              <button type="button" className="button button-small button-exclude" onClick={() => void wb.run([{ type: 'delete-cascade', kind: 'lineOfArgument', id: line.id }], `Deleted the line of argument ${q(line.title)}`)}>
                Delete
              </button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button-quiet button-small synth-danger" onClick={() => setConfirming(true)}>
            Delete the line of argument…
          </button>
        )
      ) : null}
    </div>
  );
}

type SaveGraph = (nodes: readonly NodeRef[], edges: readonly EdgeValue[], label: string) => Promise<boolean>;

function NodeEditor({ line, labelOf, addable, save }: { line: LineOfArgument; labelOf: (n: NodeRef) => string; addable: readonly { id: string; label: string }[]; save: SaveGraph }): ReactNode {
  const id = useId();
  const [pick, setPick] = useState('');
  const chosen = addable.some((t) => t.id === pick) ? pick : (addable[0]?.id ?? '');
  const add = (event: FormEvent): void => {
    event.preventDefault();
    const t = addable.find((x) => x.id === chosen);
    if (t) void save([...line.nodes, { kind: 'thirdOrder', id: t.id }], line.edges, `Added ${q(t.label)} to the line-of-argument diagram`);
  };
  const remove = (n: NodeRef): void => {
    const key = nodeKey(n);
    void save(
      line.nodes.filter((x) => nodeKey(x) !== key),
      line.edges.filter((e) => nodeKey(e.from) !== key && nodeKey(e.to) !== key),
      `Removed ${q(labelOf(n))} from the line-of-argument diagram`,
    );
  };
  return (
    <div className="synth-node-editor">
      <h4 className="synth-minor-title">In the diagram</h4>
      {line.nodes.length > 0 ? (
        <ul className="plain-list synth-placed-list">
          {line.nodes.map((n) => (
            <li key={nodeKey(n)}>
              <span>{labelOf(n)}</span>
              <button type="button" className="button button-quiet button-small" onClick={() => remove(n)} aria-label={`Remove ${labelOf(n)} from the diagram`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {addable.length > 0 ? (
        <form className="synth-place-menu" onSubmit={add}>
          <label htmlFor={id} className="field-label small">
            Add a third-order construct
          </label>
          <div className="synth-place-row">
            <select id={id} className="input input-small" value={chosen} onChange={(e) => setPick(e.target.value)}>
              {addable.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-small">
              Add
            </button>
          </div>
        </form>
      ) : (
        <p className="muted small">Every third-order construct is in the diagram.</p>
      )}
    </div>
  );
}

function EdgeForm({ line, labelOf, save }: { line: LineOfArgument; labelOf: (n: NodeRef) => string; save: SaveGraph }): ReactNode {
  const id = useId();
  const keys = line.nodes.map(nodeKey);
  const [from, setFrom] = useState(keys[0] ?? '');
  const [to, setTo] = useState(keys[1] ?? '');
  const [kind, setKind] = useState<ArgumentEdgeKind>('leads-to');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const node = (key: string): NodeRef | undefined => line.nodes.find((n) => nodeKey(n) === key);
  const fromKey = keys.includes(from) ? from : (keys[0] ?? '');
  const toKey = keys.includes(to) ? to : (keys.find((k) => k !== fromKey) ?? '');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const a = node(fromKey);
    const b = node(toKey);
    if (!a || !b || fromKey === toKey) return setError('Choose two different constructs.');
    if (line.edges.some((e) => nodeKey(e.from) === fromKey && nodeKey(e.to) === toKey && e.kind === kind)) return setError('That relation is already in the diagram.');
    setError(undefined);
    const edge: EdgeValue = { from: a, to: b, kind, ...(label.trim() ? { label: label.trim() } : {}) };
    const ok = await save(line.nodes, [...line.edges, edge], `Related ${q(labelOf(a), 40)} ${edgeKindLabels[kind]} ${q(labelOf(b), 40)}`);
    if (ok) setLabel('');
  };
  return (
    <form className="synth-edge-form" onSubmit={(e) => void submit(e)} aria-label="Add a relation">
      <h4 className="synth-minor-title">Add a relation</h4>
      <div className="synth-edge-grid">
        <div className="synth-mini-field">
          <label htmlFor={`${id}-from`}>From</label>
          <select id={`${id}-from`} className="input input-small" value={fromKey} onChange={(e) => setFrom(e.target.value)}>
            {line.nodes.map((n) => (
              <option key={nodeKey(n)} value={nodeKey(n)}>
                {labelOf(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="synth-mini-field">
          <label htmlFor={`${id}-kind`}>Relation</label>
          <select id={`${id}-kind`} className="input input-small" value={kind} onChange={(e) => setKind(e.target.value as ArgumentEdgeKind)}>
            {argumentEdgeKinds.map((k) => (
              <option key={k} value={k}>
                {edgeKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="synth-mini-field">
          <label htmlFor={`${id}-to`}>To</label>
          <select id={`${id}-to`} className="input input-small" value={toKey} onChange={(e) => setTo(e.target.value)}>
            {line.nodes.map((n) => (
              <option key={nodeKey(n)} value={nodeKey(n)}>
                {labelOf(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="synth-mini-field">
          <label htmlFor={`${id}-label`}>
            Label <span className="field-optional">(optional)</span>
          </label>
          <input id={`${id}-label`} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={120} />
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-small">
        Add relation
      </button>
    </form>
  );
}
