/**
 * A comment thread on any synthesis entity (a concept, a grid cell, a translation link, a third-order
 * construct…), shown where the entity is. Other features reuse it: `<CommentsThread target={{ kind: 'study',
 * id }} />`. Inside a Synthesis page it shares that page's state and undo; elsewhere it loads the project's
 * synthesis itself (the project is taken from the address, or given).
 */
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Comment } from '../../../core/synthesis/comment.js';
import type { RefKind } from '../../../core/synthesis/entity-ref.js';
import { formatDateTime } from '../../lib/format.js';
import { useLocation } from '../../lib/router.js';
import { newId } from './api.js';
import { Announcer, FailureNotice } from './chrome.js';
import { q, refKindLabels } from './labels.js';
import { useOptionalWorkbench, useWorkbench, WorkbenchProvider } from './workbench.js';

export type CommentTarget = Readonly<{ kind: RefKind; id: string }>;

type Props = Readonly<{
  target: CommentTarget;
  /** What the entity is called, for the history ("Comment on concept “Duty”"). */
  label?: string;
  /** The project, when the thread is used outside a /projects/:pid/… page. */
  projectId?: string;
  /** Show the thread open rather than as a "Comments (n)" button. */
  defaultOpen?: boolean;
  /** The button's words when "Comments" alone would be ambiguous ("Comments on this translation"). */
  heading?: string;
  /** Outside the Synthesis pages: told after each saved comment change, so the host can refresh its own state. */
  onChanged?: () => void;
}>;

export function CommentsThread({ target, label, projectId, defaultOpen = false, heading = 'Comments', onChanged }: Props): ReactNode {
  const wb = useOptionalWorkbench();
  const { pathname } = useLocation();
  if (wb) return <Thread target={target} label={label} defaultOpen={defaultOpen} heading={heading} />;
  const pid = projectId ?? projectFromPath(pathname);
  if (!pid) return null;
  return (
    // The host page keeps its own undo keys; this thread only adds its comments to the shared history.
    <WorkbenchProvider projectId={pid} shortcuts={false} onSaved={onChanged}>
      <Announcer />
      <FailureNotice />
      <Thread target={target} label={label} defaultOpen={defaultOpen} heading={heading} />
    </WorkbenchProvider>
  );
}

function projectFromPath(pathname: string): string | undefined {
  const parts = pathname.split('/');
  if (parts[1] !== 'projects' || !parts[2]) return undefined;
  try {
    return decodeURIComponent(parts[2]);
  } catch {
    return undefined;
  }
}

function Thread({ target, label, defaultOpen, heading }: { target: CommentTarget; label: string | undefined; defaultOpen: boolean; heading: string }): ReactNode {
  const wb = useWorkbench();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const comments = wb.view?.synthesis.comments;
  const { kind, id: targetId } = target;
  const { roots, repliesOf, count, unresolved } = useMemo(() => threadOf(comments ?? [], { kind, id: targetId }), [comments, kind, targetId]);
  if (!wb.view) return null;
  const what = label ?? refKindLabels[target.kind];
  return (
    <div className="synth-comments" role="group" aria-label={`Comments on ${what}`}>
      <button type="button" className="button button-quiet button-small synth-comments-toggle" aria-expanded={open} aria-controls={`${id}-thread`} onClick={() => setOpen((o) => !o)}>
        <span className={`chevron${open ? ' chevron-open' : ''}`} aria-hidden="true" />
        {count === 0 ? heading : `${heading} (${count}${unresolved > 0 && unresolved < count ? `, ${unresolved} open` : ''})`}
      </button>
      {open ? (
        <div id={`${id}-thread`} className="synth-comments-body">
          {roots.length === 0 ? <p className="muted small">No comments yet.</p> : null}
          <ol className="synth-comment-list">
            {roots.map((c) => (
              <CommentItem key={c.id} comment={c} repliesOf={repliesOf} what={what} />
            ))}
          </ol>
          {wb.canEdit ? <CommentForm on={target} what={what} submitLabel="Add comment" /> : null}
        </div>
      ) : null}
    </div>
  );
}

function threadOf(all: readonly Comment[], target: CommentTarget) {
  const byParent = new Map<string, Comment[]>();
  for (const c of all) {
    if (c.on.kind !== 'comment') continue;
    const list = byParent.get(c.on.id) ?? [];
    list.push(c);
    byParent.set(c.on.id, list);
  }
  const roots = all.filter((c) => c.on.kind === target.kind && c.on.id === target.id).sort((a, b) => (a.at < b.at ? -1 : 1));
  let count = 0;
  let unresolved = 0;
  const visit = (c: Comment): void => {
    count++;
    if (!c.resolved) unresolved++;
    for (const r of byParent.get(c.id) ?? []) visit(r);
  };
  roots.forEach(visit);
  const repliesOf = (id: string): Comment[] => (byParent.get(id) ?? []).slice().sort((a, b) => (a.at < b.at ? -1 : 1));
  return { roots, repliesOf, count, unresolved };
}

function CommentItem({ comment, repliesOf, what }: { comment: Comment; repliesOf: (id: string) => Comment[]; what: string }): ReactNode {
  const wb = useWorkbench();
  const [replying, setReplying] = useState(false);
  const replies = repliesOf(comment.id);
  const mine = wb.me !== null && (comment.author === wb.me.name || comment.author === wb.me.id);
  const toggleResolved = (): void => {
    void wb.run(
      [{ type: 'update', kind: 'comment', value: { ...comment, resolved: !comment.resolved } }],
      `${comment.resolved ? 'Reopened' : 'Resolved'} a comment on ${what}`,
    );
  };
  const remove = (): void => {
    void wb.run([{ type: 'delete-cascade', kind: 'comment', id: comment.id }], `Deleted a comment on ${what}`);
  };
  return (
    <li className={`synth-comment${comment.resolved ? ' synth-comment-resolved' : ''}`}>
      <p className="synth-comment-meta">
        <strong>{wb.nameOf(comment.author)}</strong> <span className="muted">{formatDateTime(comment.at)}</span>
        {comment.resolved ? <span className="badge synth-badge-ok">Resolved</span> : null}
      </p>
      <p className="prose-text">{comment.text}</p>
      {wb.canEdit ? (
        <div className="synth-inline-actions">
          <button type="button" className="button button-quiet button-small" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
            Reply
          </button>
          <button type="button" className="button button-quiet button-small" onClick={toggleResolved}>
            {comment.resolved ? 'Reopen' : 'Resolve'}
          </button>
          {mine ? (
            <button type="button" className="button button-quiet button-small" onClick={remove}>
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
      {replying ? <CommentForm on={{ kind: 'comment', id: comment.id }} what={what} submitLabel="Reply" onDone={() => setReplying(false)} autoFocus /> : null}
      {replies.length > 0 ? (
        <ol className="synth-comment-list synth-comment-replies">
          {replies.map((r) => (
            <CommentItem key={r.id} comment={r} repliesOf={repliesOf} what={what} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function CommentForm({ on, what, submitLabel, onDone, autoFocus }: { on: CommentTarget; what: string; submitLabel: string; onDone?: () => void; autoFocus?: boolean }): ReactNode {
  const wb = useWorkbench();
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const body = text.trim();
    if (!body || !wb.me) return;
    const ok = await wb.run(
      [{ type: 'create', kind: 'comment', value: { id: newId('cm'), author: wb.me.name, at: new Date().toISOString(), text: body, on, resolved: false } }],
      on.kind === 'comment' ? `Replied to a comment on ${what}` : `Commented on ${what}: ${q(body, 40)}`,
    );
    if (ok) {
      setText('');
      onDone?.();
    }
  };
  return (
    <form className="synth-comment-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="field-label small">
        {on.kind === 'comment' ? 'Your reply' : 'New comment'}
      </label>
      <textarea id={id} className="input input-small" rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus={autoFocus} />
      <div className="synth-inline-actions">
        <button type="submit" className="button button-small" disabled={!text.trim()}>
          {submitLabel}
        </button>
        {onDone ? (
          <button type="button" className="button button-quiet button-small" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
