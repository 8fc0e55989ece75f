/**
 * Phase 6, synthesising translations: the hierarchy of third-order constructs (overarching construct →
 * third-order construct → …), what each rests on down to the quotes, and the line of argument.
 *
 * The tree follows the ARIA tree pattern: one tab stop, arrows to move and open or close, Alt+arrows to move
 * the construct (up, down, into the one above, out to its parent's level); the same moves are buttons beside
 * it, and a construct can be dragged onto another (into it) or onto its top or bottom edge (before, after).
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { evidenceChain, summariseEvidence } from '../../../core/synthesis/evidence-chain.js';
import { thirdOrderHierarchy, type HierarchyNode } from '../../../core/synthesis/hierarchy.js';
import { ThirdOrderId } from '../../../core/synthesis/ids.js';
import type { ThirdOrderConstruct } from '../../../core/synthesis/third-order.js';
import type { SectionProps } from '../../shell/sections.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link, navigate, useQuery } from '../../lib/router.js';
import { ApiError } from '../../api/client.js';
import { newId } from './api.js';
import { SynthesisPageFrame } from './chrome.js';
import { CommentsThread } from './comments.js';
import { EvidenceView } from './evidence-view.js';
import { isWithin, placeSteps, siblingsOf, treeMoveSteps, type TreeMove } from './hierarchy-steps.js';
import { orderShort, q } from './labels.js';
import { LineOfArgumentSection } from './line-of-argument.js';
import { useLoaded, useWorkbench, type Loaded } from './workbench.js';

export function SynthesisPage({ project }: SectionProps): ReactNode {
  return (
    <SynthesisPageFrame
      project={project}
      title="Synthesis"
      description="Build the reviewers’ interpretations from the translations: third-order constructs in a hierarchy, each traceable to the concepts, constructs and quotes it rests on, and the line of argument that joins them."
      loadingLabel="Loading the synthesis…"
    >
      <SynthesisWorkspace />
    </SynthesisPageFrame>
  );
}

type Flat = Readonly<{ node: HierarchyNode; parentId: string | undefined; index: number; setSize: number }>;

function SynthesisWorkspace(): ReactNode {
  const wb = useWorkbench();
  const loaded = useLoaded();
  const query = useQuery();
  const selectedParam = query.get('construct');
  const synthesis = loaded?.synthesis;
  const tree = useMemo(() => (synthesis ? thirdOrderHierarchy(synthesis) : []), [synthesis]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState<{ parentId: string | undefined } | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<string | null>(null);

  const visible = useMemo(() => {
    const out: Flat[] = [];
    const walk = (nodes: readonly HierarchyNode[], parentId: string | undefined): void => {
      nodes.forEach((node, index) => {
        out.push({ node, parentId, index, setSize: nodes.length });
        if (!collapsed.has(node.thirdOrder.id)) walk(node.children, node.thirdOrder.id);
      });
    };
    walk(tree, undefined);
    return out;
  }, [tree, collapsed]);

  const thirdOrders = synthesis?.thirdOrders ?? [];
  const selected = thirdOrders.find((t) => t.id === selectedParam) ?? thirdOrders[0];
  // The selected construct is the tree's tab stop, unless it is inside a closed branch.
  const tabbableId = visible.some((f) => f.node.thirdOrder.id === selected?.id) ? selected?.id : visible[0]?.node.thirdOrder.id;
  const select = (id: string, focus = false): void => {
    navigate(projectPath(wb.projectId, 'synthesis', { construct: id }), { replace: true });
    if (focus) focusAfter.current = id;
  };

  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    treeRef.current?.querySelector<HTMLElement>(`[data-node="${CSS.escape(id)}"]`)?.focus();
  });

  if (!loaded || !synthesis) return null;

  const move = (id: string, how: TreeMove): void => {
    const steps = treeMoveSteps(thirdOrders, id, how);
    const t = thirdOrders.find((x) => x.id === id);
    if (!steps || !t) return;
    if (steps.length === 0) return;
    const words = { up: 'up', down: 'down', indent: 'into the construct above', outdent: 'out one level' }[how];
    focusAfter.current = id;
    void wb.run(steps, `Moved ${q(t.label)} ${words}`);
  };

  const onTreeKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-node]');
    if (!item || item !== event.target) return;
    const id = item.dataset['node']!;
    const at = visible.findIndex((f) => f.node.thirdOrder.id === id);
    const flat = visible[at];
    if (!flat) return;
    const hasChildren = flat.node.children.length > 0;
    const go = (to: number): void => {
      const target = visible[to];
      if (target) select(target.node.thirdOrder.id, true);
    };
    if (event.altKey && wb.canEdit) {
      const how = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' } as const)[event.key as 'ArrowUp'];
      if (how) {
        event.preventDefault();
        move(id, how);
      }
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        go(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        go(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        go(0);
        break;
      case 'End':
        event.preventDefault();
        go(visible.length - 1);
        break;
      case 'ArrowRight':
        event.preventDefault();
        if (hasChildren && collapsed.has(id)) setCollapsed((c) => without(c, id));
        else if (hasChildren) go(at + 1);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        if (hasChildren && !collapsed.has(id)) setCollapsed((c) => new Set([...c, id]));
        else if (flat.parentId) select(flat.parentId, true);
        break;
      case 'F2':
        event.preventDefault();
        document.getElementById('third-order-label')?.focus();
        break;
      default:
        break;
    }
  };

  return (
    <>
      <div className="synth-master-detail synth-master-wide">
        <section className="synth-panel synth-tree-panel" aria-labelledby="tree-title">
          <div className="synth-section-head">
            <h2 id="tree-title" className="synth-panel-title">
              Third-order constructs
            </h2>
            {wb.canEdit ? (
              <button type="button" className="button button-small button-primary" onClick={() => setCreating({ parentId: undefined })} aria-expanded={creating?.parentId === undefined && creating !== null}>
                New overarching
              </button>
            ) : null}
          </div>
          {creating ? (
            <NewThirdOrder
              parent={creating.parentId ? thirdOrders.find((t) => t.id === creating.parentId) : undefined}
              onDone={(id) => {
                setCreating(null);
                if (id) select(id, true);
              }}
            />
          ) : null}
          {tree.length === 0 && !creating ? (
            <p className="muted small">No third-order constructs yet. Start with an overarching construct, then nest the third-order constructs that make it up.</p>
          ) : null}
          {tree.length > 0 ? (
            <ul ref={treeRef} className="synth-tree" role="tree" aria-labelledby="tree-title" onKeyDown={onTreeKey}>
              {tree.map((node, i) => (
                <TreeItem
                  key={node.thirdOrder.id}
                  node={node}
                  index={i}
                  setSize={tree.length}
                  selectedId={selected?.id}
                  tabbableId={tabbableId}
                  collapsed={collapsed}
                  onToggle={(id) => setCollapsed((c) => (c.has(id) ? without(c, id) : new Set([...c, id])))}
                  onSelect={(id) => select(id)}
                  thirdOrders={thirdOrders}
                />
              ))}
            </ul>
          ) : null}
          {tree.length > 0 ? (
            <p className="kbd-hint">
              <kbd>↑</kbd>
              <kbd>↓</kbd> move · <kbd>←</kbd>
              <kbd>→</kbd> close or open{wb.canEdit ? ' · ' : ''}
              {wb.canEdit ? (
                <>
                  <kbd>Alt</kbd>+arrows reorder and nest · drag to nest or reorder · <kbd>F2</kbd> rename
                </>
              ) : null}
            </p>
          ) : null}
        </section>
        {selected ? (
          <ThirdOrderDetails key={selected.id} thirdOrder={selected} loaded={loaded} onMove={move} onAddChild={() => setCreating({ parentId: selected.id })} />
        ) : (
          <div className="synth-detail-panel">
            <EmptyState title="Nothing to show yet">
              <p>Third-order constructs are the team’s interpretations across studies. Each rests on concepts from the grid (and the constructs placed under them) or on constructs linked directly.</p>
            </EmptyState>
          </div>
        )}
      </div>
      <LineOfArgumentSection loaded={loaded} />
    </>
  );
}

const without = (set: ReadonlySet<string>, id: string): Set<string> => {
  const next = new Set(set);
  next.delete(id);
  return next;
};

type TreeItemProps = Readonly<{
  node: HierarchyNode;
  index: number;
  setSize: number;
  selectedId: string | undefined;
  tabbableId: string | undefined;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
  thirdOrders: readonly ThirdOrderConstruct[];
}>;

/** The construct being dragged in the tree (one at a time; kept outside React so hovering renders nothing). */
let dragging: string | null = null;

function TreeItem({ node, index, setSize, selectedId, tabbableId, collapsed, onToggle, onSelect, thirdOrders }: TreeItemProps): ReactNode {
  const wb = useWorkbench();
  const t = node.thirdOrder;
  const open = !collapsed.has(t.id);
  const hasChildren = node.children.length > 0;
  const isSelected = t.id === selectedId;

  const zone = (event: DragEvent<HTMLElement>): 'before' | 'inside' | 'after' => {
    const r = event.currentTarget.getBoundingClientRect();
    const y = event.clientY - r.top;
    return y < r.height * 0.28 ? 'before' : y > r.height * 0.72 ? 'after' : 'inside';
  };
  const allowed = (): boolean => dragging !== null && !isWithin(thirdOrders, t.id, dragging);
  const clear = (el: HTMLElement): void => el.classList.remove('synth-drop-before', 'synth-drop-inside', 'synth-drop-after');

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    clear(event.currentTarget);
    const id = dragging;
    dragging = null;
    if (!id || isWithin(thirdOrders, t.id, id)) return;
    const where = zone(event);
    const moved = thirdOrders.find((x) => x.id === id);
    if (!moved) return;
    let steps;
    let words: string;
    if (where === 'inside') {
      steps = placeSteps(thirdOrders, id, t.id, null);
      words = `into ${q(t.label)}`;
    } else if (where === 'before') {
      steps = placeSteps(thirdOrders, id, t.parentId, t.id);
      words = `before ${q(t.label)}`;
    } else {
      const sibs = siblingsOf(thirdOrders, t).filter((x) => x.id !== id);
      const next = sibs[sibs.indexOf(t) + 1];
      steps = placeSteps(thirdOrders, id, t.parentId, next?.id ?? null);
      words = `after ${q(t.label)}`;
    }
    if (steps.length > 0) void wb.run(steps, `Moved ${q(moved.label)} ${words}`);
  };

  return (
    <li
      role="treeitem"
      aria-level={node.depth + 1}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={isSelected}
      tabIndex={t.id === tabbableId ? 0 : -1}
      data-node={t.id}
      className="synth-tree-item"
      onClick={(e) => {
        e.stopPropagation();
        onSelect(t.id);
      }}
      onFocus={(e) => {
        if (e.target === e.currentTarget && !isSelected) onSelect(t.id);
      }}
    >
      <div
        className={`synth-tree-row${isSelected ? ' synth-tree-row-selected' : ''}`}
        draggable={wb.canEdit}
        onDragStart={(e) => {
          e.stopPropagation();
          dragging = t.id;
          e.dataTransfer.setData('text/plain', t.label);
          e.dataTransfer.effectAllowed = 'move';
        }}
        onDragEnd={() => (dragging = null)}
        onDragOver={(e) => {
          if (!allowed()) return;
          e.preventDefault();
          e.stopPropagation();
          const el = e.currentTarget;
          clear(el);
          el.classList.add(`synth-drop-${zone(e)}`);
        }}
        onDragLeave={(e) => clear(e.currentTarget)}
        onDrop={onDrop}
      >
        {hasChildren ? (
          <span
            className="synth-tree-toggle"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              onToggle(t.id);
            }}
          >
            <span className={`chevron${open ? ' chevron-open' : ''}`} />
          </span>
        ) : (
          <span className="synth-tree-toggle" aria-hidden="true" />
        )}
        <span className="synth-tree-label">{t.label}</span>
        {!hasChildren && t.conceptIds.length === 0 && t.constructIds.length === 0 ? <span className="synth-tree-meta">no evidence yet</span> : null}
      </div>
      {hasChildren && open ? (
        <ul role="group" className="synth-tree-group">
          {node.children.map((child, i) => (
            <TreeItem key={child.thirdOrder.id} node={child} index={i} setSize={node.children.length} selectedId={selectedId} tabbableId={tabbableId} collapsed={collapsed} onToggle={onToggle} onSelect={onSelect} thirdOrders={thirdOrders} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function NewThirdOrder({ parent, onDone }: { parent: ThirdOrderConstruct | undefined; onDone: (id: string | null) => void }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [label, setLabel] = useState('');
  const [description, setDescription] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!label.trim()) return;
    const newIdValue = newId('to');
    const value = {
      id: newIdValue,
      label: label.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(parent ? { parentId: parent.id } : {}),
      conceptIds: [],
      constructIds: [],
    };
    const ok = await wb.run([{ type: 'create', kind: 'thirdOrder', value }], parent ? `Added ${q(label)} under ${q(parent.label)}` : `Added the overarching construct ${q(label)}`);
    if (ok) onDone(newIdValue);
  };
  return (
    <form className="synth-form synth-new-node" onSubmit={(e) => void submit(e)} aria-label={parent ? `New construct under ${parent.label}` : 'New overarching construct'}>
      <p className="field-label">{parent ? `New construct under ${q(parent.label, 40)}` : 'New overarching construct'}</p>
      <label htmlFor={`${id}-label`} className="field-label small">
        Name
      </label>
      <input id={`${id}-label`} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} required autoFocus />
      <label htmlFor={`${id}-desc`} className="field-label small">
        Interpretation <span className="field-optional">(optional)</span>
      </label>
      <textarea id={`${id}-desc`} className="input input-small" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      <div className="synth-inline-actions">
        <button type="submit" className="button button-small button-primary" disabled={!label.trim()}>
          Add
        </button>
        <button type="button" className="button button-small" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type DetailsProps = Readonly<{ thirdOrder: ThirdOrderConstruct; loaded: Loaded; onMove: (id: string, how: TreeMove) => void; onAddChild: () => void }>;

function ThirdOrderDetails({ thirdOrder: t, loaded, onMove, onAddChild }: DetailsProps): ReactNode {
  const wb = useWorkbench();
  const s = loaded.synthesis;
  const [label, setLabel] = useState(t.label);
  const [description, setDescription] = useState(t.description ?? '');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setLabel(t.label), [t.label]);
  useEffect(() => setDescription(t.description ?? ''), [t.description]);
  const { chain, summary, error } = useMemo(() => {
    try {
      const c = evidenceChain(s, ThirdOrderId.of(t.id), loaded.data.orderInputs);
      return { chain: c, summary: summariseEvidence(s, c, loaded.data.orderInputs), error: undefined };
    } catch (e) {
      return { chain: undefined, summary: undefined, error: new ApiError('CLIENT', e instanceof Error ? e.message : String(e), 0) };
    }
  }, [s, t.id, loaded.data.orderInputs]);
  const parent = t.parentId ? s.thirdOrders.find((x) => x.id === t.parentId) : undefined;
  const children = s.thirdOrders.filter((x) => x.parentId === t.id);
  const finding = loaded.data.findings.find((f) => f.thirdOrderId === t.id);
  const can = (how: TreeMove): boolean => (treeMoveSteps(s.thirdOrders, t.id, how)?.length ?? 0) > 0;
  const changed = label.trim() !== t.label || description.trim() !== (t.description ?? '').trim();

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (!label.trim() || !changed) return;
    const { description: _d, ...rest } = t;
    const value = { ...rest, label: label.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    void wb.run([{ type: 'update', kind: 'thirdOrder', value }], label.trim() !== t.label ? `Renamed ${q(t.label)} to ${q(label)}` : `Described ${q(t.label)}`);
  };

  return (
    <section className="synth-panel synth-detail-panel" aria-labelledby="third-order-title">
      <p className="synth-kicker">{parent ? `Third-order construct · within ${q(parent.label, 40)}` : 'Overarching construct'}</p>
      <h2 id="third-order-title" className="synth-inspector-title">
        {t.label}
      </h2>
      {summary ? (
        <p className="muted small">
          Rests on {plural(summary.studies.length, 'study', 'studies')}, {plural(summary.constructs.length, 'construct')} and {plural(summary.excerpts.length, 'quote')}
          {children.length > 0 ? ` · ${plural(children.length, 'construct')} within it` : ''}
          {finding ? (
            <>
              {' · '}
              <Link to={projectPath(wb.projectId, 'cerqual', { finding: finding.id })}>CERQual assessment</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {wb.canEdit ? (
        <>
          <form className="synth-form" onSubmit={save}>
            <label htmlFor="third-order-label" className="field-label">
              Name
            </label>
            <input id="third-order-label" className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} required />
            <label htmlFor="third-order-desc" className="field-label">
              Interpretation <span className="field-optional">(optional)</span>
            </label>
            <textarea id="third-order-desc" className="input input-small" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} aria-describedby="third-order-desc-hint" />
            <p id="third-order-desc-hint" className="field-hint">
              What the team reads across the studies; it becomes the finding’s statement in the Summary of Qualitative Findings unless one is written.
            </p>
            <div className="synth-inline-actions">
              <button type="submit" className="button button-small button-primary" disabled={!changed || !label.trim()}>
                Save
              </button>
            </div>
          </form>
          <div className="synth-inline-actions synth-tree-actions" role="group" aria-label="Place in the hierarchy">
            <button type="button" className="button button-small" onClick={() => onMove(t.id, 'up')} disabled={!can('up')} aria-keyshortcuts="Alt+ArrowUp">
              Move up
            </button>
            <button type="button" className="button button-small" onClick={() => onMove(t.id, 'down')} disabled={!can('down')} aria-keyshortcuts="Alt+ArrowDown">
              Move down
            </button>
            <button type="button" className="button button-small" onClick={() => onMove(t.id, 'indent')} disabled={!can('indent')} aria-keyshortcuts="Alt+ArrowRight">
              Nest under the one above
            </button>
            <button type="button" className="button button-small" onClick={() => onMove(t.id, 'outdent')} disabled={!can('outdent')} aria-keyshortcuts="Alt+ArrowLeft">
              Move out a level
            </button>
            <button type="button" className="button button-small" onClick={onAddChild}>
              Add a construct within
            </button>
          </div>
        </>
      ) : t.description ? (
        <p className="prose-text">{t.description}</p>
      ) : null}

      <LinkedEvidence thirdOrder={t} loaded={loaded} />

      <h3 className="synth-subtitle">Evidence chain</h3>
      {error ? <ErrorMessage error={error} title="The evidence chain could not be built" /> : null}
      {chain ? <EvidenceView chain={chain} projectId={wb.projectId} /> : null}

      <CommentsThread target={{ kind: 'thirdOrder', id: t.id }} label={q(t.label, 40)} />
      {wb.canEdit ? (
        confirming ? (
          <div className="inline-warning synth-confirm" role="alert">
            <p>
              Delete {q(t.label)}?{children.length > 0 ? ` The ${plural(children.length, 'construct')} within it move up to ${parent ? q(parent.label) : 'the top level'}.` : ''} You can undo this.
            </p>
            <div className="synth-inline-actions">
              <button type="button" className="button button-small button-exclude" onClick={() => void wb.run([{ type: 'delete-cascade', kind: 'thirdOrder', id: t.id }], `Deleted ${q(t.label)}`)}>
                Delete
              </button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button-quiet button-small synth-danger" onClick={() => setConfirming(true)}>
            Delete this construct…
          </button>
        )
      ) : null}
    </section>
  );
}

/** The concepts and constructs a third-order construct is linked to, with linking and unlinking. */
function LinkedEvidence({ thirdOrder: t, loaded }: { thirdOrder: ThirdOrderConstruct; loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const s = loaded.synthesis;
  const [concept, setConcept] = useState('');
  const [search, setSearch] = useState('');
  const conceptLabel = (cid: string): string => s.concepts.find((k) => k.id === cid)?.label ?? cid;
  const studyLabel = useMemo(() => new Map(s.studies.map((x) => [x.id as string, x.label])), [s.studies]);
  const constructById = useMemo(() => new Map(s.constructs.map((c) => [c.id as string, c])), [s.constructs]);
  const free = s.concepts.filter((k) => !t.conceptIds.includes(k.id));
  const chosen = free.some((k) => k.id === concept) ? concept : (free[0]?.id ?? '');
  const needle = search.trim().toLowerCase();
  const matches = useMemo(
    () => (needle.length < 2 ? [] : s.constructs.filter((c) => !t.constructIds.includes(c.id) && (c.label.toLowerCase().includes(needle) || c.text.toLowerCase().includes(needle))).slice(0, 12)),
    [needle, s.constructs, t.constructIds],
  );

  return (
    <div className="synth-linked">
      <div>
        <h3 className="synth-subtitle">Concepts</h3>
        {t.conceptIds.length === 0 ? <p className="muted small">None linked.</p> : null}
        <ul className="plain-list synth-placed-list">
          {t.conceptIds.map((cid) => (
            <li key={cid}>
              <span>{conceptLabel(cid)}</span>
              {wb.canEdit ? (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Unlink concept ${conceptLabel(cid)}`}
                  onClick={() => void wb.run([{ type: 'unlink', relation: 'third-order-concept', thirdOrderId: t.id, conceptId: cid }], `Unlinked concept ${q(conceptLabel(cid))} from ${q(t.label)}`)}
                >
                  Unlink
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {wb.canEdit && free.length > 0 ? (
          <form
            className="synth-place-menu"
            onSubmit={(e) => {
              e.preventDefault();
              if (chosen) void wb.run([{ type: 'link', relation: 'third-order-concept', thirdOrderId: t.id, conceptId: chosen }], `Linked concept ${q(conceptLabel(chosen))} to ${q(t.label)}`);
            }}
          >
            <label htmlFor={`${id}-concept`} className="field-label small">
              Link a concept
            </label>
            <div className="synth-place-row">
              <select id={`${id}-concept`} className="input input-small" value={chosen} onChange={(e) => setConcept(e.target.value)}>
                {free.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button-small">
                Link
              </button>
            </div>
          </form>
        ) : null}
      </div>
      <div>
        <h3 className="synth-subtitle">Constructs linked directly</h3>
        {t.constructIds.length === 0 ? <p className="muted small">None linked.</p> : null}
        <ul className="plain-list synth-placed-list">
          {t.constructIds.map((cid) => {
            const c = constructById.get(cid);
            return (
              <li key={cid}>
                <span>
                  {c ? (
                    <>
                      <span className="synth-order-tag" aria-hidden="true">
                        {orderShort(c.order)}
                      </span>{' '}
                      {c.label} <span className="muted small">({studyLabel.get(c.studyId) ?? c.studyId})</span>
                    </>
                  ) : (
                    cid
                  )}
                </span>
                {wb.canEdit ? (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={`Unlink construct ${c?.label ?? cid}`}
                    onClick={() => void wb.run([{ type: 'unlink', relation: 'third-order-construct', thirdOrderId: t.id, constructId: cid }], `Unlinked ${q(c?.label ?? cid)} from ${q(t.label)}`)}
                  >
                    Unlink
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
        {wb.canEdit ? (
          <div className="synth-place-menu">
            <label htmlFor={`${id}-search`} className="field-label small">
              Find a construct to link
            </label>
            <input id={`${id}-search`} type="search" className="input input-small" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby={`${id}-search-hint`} />
            <p id={`${id}-search-hint`} className="field-hint">
              {needle.length < 2 ? 'Type two letters or more of its label or text.' : matches.length === 0 ? 'No construct matches.' : `${matches.length === 12 ? 'First 12' : plural(matches.length, 'match', 'matches')}:`}
            </p>
            {matches.length > 0 ? (
              <ul className="plain-list synth-placed-list">
                {matches.map((c) => (
                  <li key={c.id}>
                    <span>
                      <span className="synth-order-tag" aria-hidden="true">
                        {orderShort(c.order)}
                      </span>{' '}
                      {c.label} <span className="muted small">({studyLabel.get(c.studyId) ?? c.studyId})</span>
                    </span>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Link ${c.label}`}
                      onClick={() => void wb.run([{ type: 'link', relation: 'third-order-construct', thirdOrderId: t.id, constructId: c.id }], `Linked ${q(c.label)} to ${q(t.label)}`)}
                    >
                      Link
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
