/**
 * The team's reflexive journal (eMERGe 13, 15 and 18: decisions, alternative interpretations, reflexivity) and
 * the history of every change to the reading and synthesis, with undo and redo.
 */
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { EntityRef } from '../../../core/synthesis/entity-ref.js';
import { memoTags, type Memo, type MemoTag } from '../../../core/synthesis/memo.js';
import type { SectionProps } from '../../shell/sections.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link } from '../../lib/router.js';
import { useAsync } from '../../lib/use-async.js';
import { newId, studyPath, synthesisApi, type HistoryItem } from './api.js';
import { SynthesisPageFrame } from './chrome.js';
import { CommentsThread } from './comments.js';
import { memoTagLabels, q, refKindLabels, truncate } from './labels.js';
import { useLoaded, useWorkbench, type Loaded } from './workbench.js';

export function JournalPage({ project }: SectionProps): ReactNode {
  return (
    <SynthesisPageFrame
      project={project}
      title="Journal"
      description="Record the team’s reflexivity, interpretive decisions and the alternative interpretations you considered, as you go: the report draws on them. The history lists every change, with undo and redo."
      loadingLabel="Loading the journal…"
    >
      <JournalWorkspace />
    </SynthesisPageFrame>
  );
}

function JournalWorkspace(): ReactNode {
  const loaded = useLoaded();
  if (!loaded) return null;
  return (
    <div className="synth-journal">
      <Memos loaded={loaded} />
      <History />
    </div>
  );
}

function Memos({ loaded }: { loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [tag, setTag] = useState<MemoTag | 'all'>('all');
  const memos = useMemo(() => [...loaded.synthesis.memos].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)), [loaded.synthesis.memos]);
  const shown = tag === 'all' ? memos : memos.filter((m) => m.tag === tag);
  return (
    <section className="synth-journal-memos" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Journal entries
      </h2>
      {wb.canEdit ? <MemoForm /> : null}
      <div className="synth-section-head">
        <p className="muted small">
          {plural(shown.length, 'entry', 'entries')}
          {tag !== 'all' ? ` tagged ${memoTagLabels[tag].toLowerCase()}` : ''}
        </p>
        <div className="synth-mini-field synth-inline-field">
          <label htmlFor={`${id}-tag`}>Show</label>
          <select id={`${id}-tag`} className="input input-small" value={tag} onChange={(e) => setTag(e.target.value as MemoTag | 'all')}>
            <option value="all">All entries</option>
            {memoTags.map((t) => (
              <option key={t} value={t}>
                {memoTagLabels[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {memos.length === 0 ? (
        <EmptyState title="The journal is empty">
          <p>Write down how your own background and assumptions shape the reading, why a concept was split or merged, which reading of a study you set aside and why.</p>
        </EmptyState>
      ) : null}
      <ol className="synth-memo-list">
        {shown.map((m) => (
          <MemoItem key={m.id} memo={m} loaded={loaded} />
        ))}
      </ol>
    </section>
  );
}

function MemoForm({ memo, onDone }: { memo?: Memo; onDone?: () => void }): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const [text, setText] = useState(memo?.text ?? '');
  const [tag, setTag] = useState<MemoTag>(memo?.tag ?? 'reflexive');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!text.trim() || !wb.me) return;
    const ok = memo
      ? await wb.run([{ type: 'update', kind: 'memo', value: { ...memo, text: text.trim(), tag } }], `Edited a journal entry: ${q(text, 40)}`)
      : await wb.run(
          [{ type: 'create', kind: 'memo', value: { id: newId('memo'), author: wb.me.name, at: new Date().toISOString(), text: text.trim(), tag } }],
          `Wrote in the journal (${memoTagLabels[tag].toLowerCase()}): ${q(text, 40)}`,
        );
    if (ok) {
      setText('');
      onDone?.();
    }
  };
  return (
    <form className={memo ? 'synth-form' : 'card synth-form synth-memo-form'} onSubmit={(e) => void submit(e)} aria-label={memo ? 'Edit the journal entry' : 'New journal entry'}>
      {memo ? null : <h3 className="synth-subtitle">New entry</h3>}
      <div className="synth-mini-field">
        <label htmlFor={`${id}-tag`}>Kind of entry</label>
        <select id={`${id}-tag`} className="input input-small synth-tag-select" value={tag} onChange={(e) => setTag(e.target.value as MemoTag)}>
          {memoTags.map((t) => (
            <option key={t} value={t}>
              {memoTagLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-text`} className="field-label small">
        Entry
      </label>
      <textarea id={`${id}-text`} className="input" rows={memo ? 5 : 4} value={text} onChange={(e) => setText(e.target.value)} required />
      <div className="synth-inline-actions">
        <button type="submit" className="button button-small button-primary" disabled={!text.trim() || (memo !== undefined && text.trim() === memo.text && tag === memo.tag)}>
          {memo ? 'Save entry' : 'Add to the journal'}
        </button>
        {onDone ? (
          <button type="button" className="button button-small" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function MemoItem({ memo, loaded }: { memo: Memo; loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const mine = wb.me !== null && memo.author === wb.me.name;
  return (
    <li className="card synth-memo">
      <p className="synth-memo-meta">
        <span className={`badge synth-tag-${memo.tag}`}>{memoTagLabels[memo.tag]}</span> <strong>{wb.nameOf(memo.author)}</strong> <span className="muted">{formatDateTime(memo.at)}</span>
      </p>
      {memo.about ? (
        <p className="small">
          About: <AboutLink about={memo.about} loaded={loaded} />
        </p>
      ) : null}
      {editing ? <MemoForm memo={memo} onDone={() => setEditing(false)} /> : <p className="prose-text synth-memo-text">{memo.text}</p>}
      {wb.canEdit && mine && !editing ? (
        confirming ? (
          <div className="inline-warning synth-confirm" role="alert">
            <p>Delete this journal entry? You can undo this.</p>
            <div className="synth-inline-actions">
              <button type="button" className="button button-small button-exclude" onClick={() => void wb.run([{ type: 'delete-cascade', kind: 'memo', id: memo.id }], `Deleted a journal entry: ${q(memo.text, 40)}`)}>
                Delete
              </button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <div className="synth-inline-actions">
            <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </div>
        )
      ) : null}
      <CommentsThread target={{ kind: 'memo', id: memo.id }} label="a journal entry" />
    </li>
  );
}

/** What a memo is about, named and linked to where that thing is shown. */
function AboutLink({ about, loaded }: { about: EntityRef; loaded: Loaded }): ReactNode {
  const wb = useWorkbench();
  const s = loaded.synthesis;
  const pid = wb.projectId;
  const kind = refKindLabels[about.kind];
  switch (about.kind) {
    case 'study': {
      const x = s.studies.find((e) => e.id === about.id);
      return <Link to={studyPath(pid, about.id)}>{x ? `study ${x.label}` : kind}</Link>;
    }
    case 'excerpt': {
      const x = s.excerpts.find((e) => e.id === about.id);
      return x ? <Link to={studyPath(pid, x.studyId, x.id)}>the passage {q(truncate(x.text, 60))}</Link> : <span>{kind}</span>;
    }
    case 'construct': {
      const x = s.constructs.find((e) => e.id === about.id);
      return <Link to={projectPath(pid, 'grid')}>{x ? `construct ${q(x.label)}` : kind}</Link>;
    }
    case 'concept': {
      const x = s.concepts.find((e) => e.id === about.id);
      return <Link to={projectPath(pid, 'translations', { concept: about.id })}>{x ? `concept ${q(x.label)}` : kind}</Link>;
    }
    case 'translation': {
      const x = s.translations.find((e) => e.id === about.id);
      const k = x ? s.concepts.find((c) => c.id === x.conceptId) : undefined;
      return <Link to={projectPath(pid, 'translations', k ? { concept: k.id } : undefined)}>{k ? `the translation of ${q(k.label)}` : kind}</Link>;
    }
    case 'translationLink': {
      const t = s.translations.find((e) => e.links.some((l) => l.id === about.id));
      return <Link to={projectPath(pid, 'translations', t ? { concept: t.conceptId } : undefined)}>a translation link</Link>;
    }
    case 'thirdOrder': {
      const x = s.thirdOrders.find((e) => e.id === about.id);
      return <Link to={projectPath(pid, 'synthesis', { construct: about.id })}>{x ? q(x.label) : kind}</Link>;
    }
    case 'lineOfArgument':
      return <Link to={projectPath(pid, 'synthesis')}>the line of argument</Link>;
    case 'gridCell':
      return <Link to={projectPath(pid, 'grid')}>a grid cell</Link>;
    default:
      return <span>{kind}</span>;
  }
}

const PAGE = 40;

function History(): ReactNode {
  const wb = useWorkbench();
  const id = useId();
  const seq = wb.view?.seq ?? 0;
  const [limit, setLimit] = useState(PAGE);
  const history = useAsync((signal) => synthesisApi.history(wb.projectId, limit + 1, signal), [wb.projectId, seq, limit]);
  const [items, setItems] = useState<readonly HistoryItem[] | undefined>(undefined);
  useEffect(() => {
    if (history.data) setItems(history.data);
  }, [history.data]);
  const shown = items?.slice(0, limit) ?? [];
  const labelOf = (target: number | undefined): string => {
    const t = items?.find((h) => h.seq === target);
    return t ? t.label : 'an earlier change';
  };
  return (
    <section className="card synth-history" aria-labelledby={`${id}-title`} tabIndex={0}>
      <div className="synth-section-head">
        <h2 id={`${id}-title`} className="card-title">
          History
        </h2>
      </div>
      <p className="muted small">Each person undoes their own changes, most recent first.</p>
      {history.error ? <ErrorMessage error={history.error} title="The history could not be loaded" onRetry={history.reload} /> : null}
      {!items && !history.error ? <Loading label="Loading the history…" /> : null}
      {items && items.length === 0 ? <p className="muted">Nothing has been changed yet.</p> : null}
      <ol className="synth-history-list">
        {shown.map((h) => (
          <li key={h.seq} className={`synth-history-item${h.undone ? ' synth-history-undone' : ''}`}>
            <p className="synth-history-label">
              {h.kind === 'action' ? h.label : h.kind === 'undo' ? `Undid: ${labelOf(h.target)}` : `Redid: ${labelOf(h.target)}`}
              {h.undone ? <span className="badge synth-history-badge">Undone</span> : null}
            </p>
            <p className="muted small">
              {wb.nameOf(h.actor)} · {formatDateTime(h.at)}
            </p>
          </li>
        ))}
      </ol>
      {items && items.length > limit ? (
        <button type="button" className="button button-small" onClick={() => setLimit((l) => l + PAGE)}>
          Show older changes
        </button>
      ) : null}
    </section>
  );
}
