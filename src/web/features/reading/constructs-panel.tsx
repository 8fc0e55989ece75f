import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { newId, type Construct, type ConstructOrder, type Excerpt, type Step, type Study } from './api.js';
import { cleanQuote, labelFromQuote, truncate } from './summaries.js';

/** An excerpt of the study with where it is found now in its file. */
export type ExcerptInfo = Readonly<{
  excerpt: Excerpt;
  /** The page it is on now (the stored page when it could not be found). */
  page: number | undefined;
  orphan: boolean;
  fileName: string | undefined;
}>;

/** A construct being added: from a selection in the PDF, from an excerpt already made, or from a typed quote. */
export type ConstructDraft = Readonly<
  | { source: 'selection'; order: ConstructOrder; fileId: string; page: number; quote: string; occurrence: number; nonce: number }
  | { source: 'excerpt'; order: ConstructOrder; excerptId: string; quote: string; page: number | undefined; nonce: number }
  | { source: 'typed'; nonce: number }
>;

/** An excerpt selected elsewhere (a highlight, a link); `focus` moves the keyboard focus to its construct. */
export type Selected = Readonly<{ excerptId: string; nonce: number; focus?: boolean }>;

type Run = (steps: readonly Step[], label: string, done?: string) => Promise<boolean>;

export const orderName = (order: ConstructOrder): string => (order === 1 ? 'first-order' : 'second-order');

const PAGE_SIZE = 40;

type Props = Readonly<{
  study: Study;
  constructs: readonly Construct[];
  excerpts: ReadonlyMap<string, ExcerptInfo>;
  /** The file shown, for quotes typed in: its id and number of pages, when its text is ready. */
  typedTarget: Readonly<{ fileId: string; pages: number }> | undefined;
  selected: Selected | undefined;
  draft: ConstructDraft | undefined;
  onDraft: (draft: ConstructDraft | undefined) => void;
  canWrite: boolean;
  busy: boolean;
  run: Run;
  onShowExcerpt: (excerptId: string) => void;
}>;

/** The study's constructs (first and second order) and its excerpts not yet coded, with the forms to change them. */
export function ConstructsPanel({ study, constructs, excerpts, typedTarget, selected, draft, onDraft, canWrite, busy, run, onShowExcerpt }: Props): ReactNode {
  const [filter, setFilter] = useState('');
  const [show, setShow] = useState<'all' | 'first' | 'second' | 'uncoded'>('all');
  const filterId = useId();
  const showId = useId();
  const needle = filter.trim().toLowerCase();
  const matches = (c: Construct): boolean => !needle || c.label.toLowerCase().includes(needle) || c.text.toLowerCase().includes(needle) || (c.memo ?? '').toLowerCase().includes(needle);

  const first = useMemo(() => constructs.filter((c) => c.order === 1), [constructs]);
  const second = useMemo(() => constructs.filter((c) => c.order === 2), [constructs]);
  const uncoded = useMemo(() => {
    const used = new Set(constructs.flatMap((c) => c.excerptIds));
    return [...excerpts.values()].filter((e) => !used.has(e.excerpt.id));
  }, [constructs, excerpts]);
  const usage = useMemo(() => {
    const count = new Map<string, number>();
    for (const c of constructs) for (const id of c.excerptIds) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  }, [constructs]);

  // A highlight clicked in the PDF: bring its construct (or its uncoded excerpt) into view.
  useEffect(() => {
    if (!selected) return undefined;
    const target = constructs.find((c) => c.excerptIds.some((x) => x === selected.excerptId));
    const id = target ? `construct-${target.id}` : `excerpt-${selected.excerptId}`;
    if (needle && target && !matches(target)) setFilter('');
    setShow('all');
    const timer = setTimeout(() => {
      const el = document.getElementById(id);
      el?.scrollIntoView({ block: 'nearest' });
      if (selected.focus) el?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
    // Only a new selection moves the view.
  }, [selected]);

  const isSelected = (ids: readonly string[]): boolean => selected !== undefined && ids.includes(selected.excerptId);

  return (
    <div className="constructs-panel">
      {draft ? <NewConstructForm key={draft.nonce} study={study} draft={draft} typedTarget={typedTarget} busy={busy} run={run} onClose={() => onDraft(undefined)} /> : null}
      <div className="reading-panel-toolbar">
        <div className="reading-panel-filter">
          <label htmlFor={filterId} className="reading-filter-label">
            Filter
          </label>
          <input id={filterId} className="input input-small" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        {canWrite && !draft ? (
          <button type="button" className="button button-small" onClick={() => onDraft({ source: 'typed', nonce: Date.now() })} disabled={!typedTarget} title={typedTarget ? undefined : 'Needs a PDF whose text has been extracted'}>
            Add from a typed quote
          </button>
        ) : null}
      </div>
      {constructs.length > 0 && (first.length > 0 ? 1 : 0) + (second.length > 0 ? 1 : 0) + (uncoded.length > 0 ? 1 : 0) > 1 ? (
        <fieldset className="segmented construct-show">
          <legend className="visually-hidden">Show</legend>
          {(
            [
              ['all', 'All', constructs.length + uncoded.length],
              ['first', `First-order (${first.length})`, first.length],
              ['second', `Second-order (${second.length})`, second.length],
              ['uncoded', `Not coded (${uncoded.length})`, uncoded.length],
            ] as const
          )
            .filter(([, , count]) => count > 0)
            .map(([value, text]) => (
              <label key={value} className="segmented-option">
                <input type="radio" name={showId} value={value} checked={show === value} onChange={() => setShow(value)} />
                <span>{text}</span>
              </label>
            ))}
        </fieldset>
      ) : null}
      {constructs.length === 0 && uncoded.length === 0 && !draft ? (
        <div className="reading-panel-empty">
          <p className="reading-panel-empty-title">Nothing coded yet</p>
          <p>Select a passage in the PDF, then choose “First-order construct” for participants’ own words or “Second-order construct” for the authors’ interpretation. “Excerpt” marks a passage to code later.</p>
        </div>
      ) : null}
      {show === 'all' || show === 'first' ? (
        <ConstructGroup
          title="First-order constructs"
          hint="Participants’ own words"
          items={first.filter(matches)}
          total={first.length}
          excerpts={excerpts}
          usage={usage}
          study={study}
          isSelected={isSelected}
          selected={selected}
          canWrite={canWrite}
          busy={busy}
          run={run}
          onShowExcerpt={onShowExcerpt}
        />
      ) : null}
      {show === 'all' || show === 'second' ? (
        <ConstructGroup
          title="Second-order constructs"
          hint="The authors’ interpretations: themes, concepts, metaphors"
          items={second.filter(matches)}
          total={second.length}
          excerpts={excerpts}
          usage={usage}
          study={study}
          isSelected={isSelected}
          selected={selected}
          canWrite={canWrite}
          busy={busy}
          run={run}
          onShowExcerpt={onShowExcerpt}
        />
      ) : null}
      {uncoded.length > 0 && (show === 'all' || show === 'uncoded') ? (
        <section className="construct-group" aria-labelledby="uncoded-heading">
          <h2 id="uncoded-heading" className="construct-group-title">
            Excerpts not yet coded <span className="construct-count">{uncoded.length}</span>
          </h2>
          <ul className="plain-list construct-list">
            {uncoded
              .filter((e) => !needle || e.excerpt.text.toLowerCase().includes(needle))
              .slice(0, 200)
              .map((info) => (
                <UncodedExcerpt key={info.excerpt.id} info={info} study={study} selected={isSelected([info.excerpt.id])} canWrite={canWrite} busy={busy} run={run} onDraft={onDraft} onShowExcerpt={onShowExcerpt} />
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

type GroupProps = Readonly<{
  title: string;
  hint: string;
  items: readonly Construct[];
  total: number;
  excerpts: ReadonlyMap<string, ExcerptInfo>;
  usage: ReadonlyMap<string, number>;
  study: Study;
  isSelected: (excerptIds: readonly string[]) => boolean;
  selected: Selected | undefined;
  canWrite: boolean;
  busy: boolean;
  run: Run;
  onShowExcerpt: (excerptId: string) => void;
}>;

function ConstructGroup({ title, hint, items, total, excerpts, usage, study, isSelected, selected, canWrite, busy, run, onShowExcerpt }: GroupProps): ReactNode {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const headingId = useId();
  // A construct selected from the PDF is always among those shown.
  useEffect(() => {
    if (!selected) return;
    const index = items.findIndex((c) => c.excerptIds.some((x) => x === selected.excerptId));
    if (index >= limit) setLimit(Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE);
  }, [selected]);
  if (total === 0) return null;
  return (
    <section className="construct-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="construct-group-title">
        {title} <span className="construct-count">{items.length === total ? total : `${items.length} of ${total}`}</span>
      </h2>
      <p className="construct-group-hint">{hint}</p>
      {items.length === 0 ? <p className="muted small">None matches the filter.</p> : null}
      <ul className="plain-list construct-list">
        {items.slice(0, limit).map((c) => (
          <ConstructItem key={c.id} construct={c} excerpts={excerpts} usage={usage} study={study} selected={isSelected(c.excerptIds)} canWrite={canWrite} busy={busy} run={run} onShowExcerpt={onShowExcerpt} />
        ))}
      </ul>
      {items.length > limit ? (
        <button type="button" className="button button-small button-quiet" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, items.length - limit)} more of {items.length - limit} not shown
        </button>
      ) : null}
    </section>
  );
}

function PageLinks({ excerptIds, excerpts, onShowExcerpt }: { excerptIds: readonly string[]; excerpts: ReadonlyMap<string, ExcerptInfo>; onShowExcerpt: (id: string) => void }): ReactNode {
  if (excerptIds.length === 0) return <span className="muted">Not linked to a passage</span>;
  return (
    <>
      {excerptIds.map((id) => {
        const info = excerpts.get(id);
        const where = info?.page !== undefined ? `p. ${info.page}` : 'passage';
        return (
          <button key={id} type="button" className={`reading-page-link${info?.orphan ? ' reading-page-link-orphan' : ''}`} onClick={() => onShowExcerpt(id)} title={info ? truncate(info.excerpt.text, 200) : undefined}>
            {where}
            {info?.orphan ? ' (not found in the PDF)' : ''}
          </button>
        );
      })}
    </>
  );
}

type ItemProps = Readonly<{
  construct: Construct;
  excerpts: ReadonlyMap<string, ExcerptInfo>;
  usage: ReadonlyMap<string, number>;
  study: Study;
  selected: boolean;
  canWrite: boolean;
  busy: boolean;
  run: Run;
  onShowExcerpt: (excerptId: string) => void;
}>;

function ConstructItem({ construct: c, excerpts, usage, study, selected, canWrite, busy, run, onShowExcerpt }: ItemProps): ReactNode {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [expanded, setExpanded] = useState(false);
  const headingId = `construct-${c.id}-label`;
  const long = c.text.length > 320;
  // Excerpts only this construct uses can go with it; those shared with another construct stay.
  const ownExcerpts = c.excerptIds.filter((id) => (usage.get(id) ?? 0) <= 1 && excerpts.has(id));
  const [withExcerpts, setWithExcerpts] = useState(true);

  const remove = async (): Promise<void> => {
    const steps: Step[] = [{ type: 'delete-cascade', kind: 'construct', id: c.id }];
    if (withExcerpts) for (const id of ownExcerpts) steps.push({ type: 'delete-cascade', kind: 'excerpt', id });
    await run(steps, `Delete ${orderName(c.order)} construct “${truncate(c.label, 60)}” (${study.label})`, `Deleted “${truncate(c.label, 60)}”. Undo brings it back.`);
  };

  return (
    <li>
      <article id={`construct-${c.id}`} className={`construct-card construct-card-${c.order === 1 ? 'first' : 'second'}${selected ? ' is-selected' : ''}`} aria-labelledby={headingId} aria-current={selected ? 'true' : undefined} tabIndex={-1}>
        {mode === 'edit' ? (
          <EditConstructForm construct={c} study={study} busy={busy} run={run} onDone={() => setMode('view')} />
        ) : (
          <>
            <h3 id={headingId} className="construct-label">
              {c.label}
            </h3>
            <p className={`construct-text${long && !expanded ? ' is-clamped' : ''}`}>{c.text}</p>
            {long ? (
              <button type="button" className="reading-link-button" aria-expanded={expanded} onClick={() => setExpanded((x) => !x)}>
                {expanded ? 'Show less' : 'Show all'}
              </button>
            ) : null}
            {c.memo ? (
              <p className="construct-memo">
                <span className="construct-memo-label">Memo</span> {c.memo}
              </p>
            ) : null}
            <div className="construct-foot">
              <span className="construct-pages">
                <PageLinks excerptIds={c.excerptIds} excerpts={excerpts} onShowExcerpt={onShowExcerpt} />
              </span>
              {canWrite && mode === 'view' ? (
                <span className="construct-actions">
                  <button type="button" className="button button-small button-quiet" onClick={() => setMode('edit')} aria-label={`Edit “${truncate(c.label, 40)}”`}>
                    Edit
                  </button>
                  <button type="button" className="button button-small button-quiet reading-button-danger-quiet" onClick={() => setMode('delete')} aria-label={`Delete “${truncate(c.label, 40)}”`}>
                    Delete
                  </button>
                </span>
              ) : null}
            </div>
            {mode === 'delete' ? (
              <div className="reading-confirm" role="group" aria-label="Confirm deletion">
                <p>
                  Delete this {orderName(c.order)} construct? It is also taken out of any grid cell, translation or third-order construct that uses it. Undo brings it back.
                </p>
                {ownExcerpts.length > 0 ? (
                  <label className="checkbox reading-checkbox-tight">
                    <input type="checkbox" checked={withExcerpts} onChange={(e) => setWithExcerpts(e.target.checked)} /> Also delete its {ownExcerpts.length === 1 ? 'excerpt' : 'excerpts'} (the highlight in the PDF)
                  </label>
                ) : null}
                <div className="form-actions">
                  <button type="button" className="button button-small reading-button-danger" disabled={busy} onClick={() => void remove()} autoFocus>
                    Delete
                  </button>
                  <button type="button" className="button button-small" onClick={() => setMode('view')}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : null}
          </>
        )}
      </article>
    </li>
  );
}

function EditConstructForm({ construct: c, study, busy, run, onDone }: { construct: Construct; study: Study; busy: boolean; run: Run; onDone: () => void }): ReactNode {
  const [label, setLabel] = useState(c.label);
  const [text, setText] = useState(c.text);
  const [memo, setMemo] = useState(c.memo ?? '');
  const [tried, setTried] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    if (!label.trim() || !text.trim()) {
      document.getElementById(!label.trim() ? `${id}-label` : `${id}-text`)?.focus();
      return;
    }
    const value = { id: c.id, order: c.order, studyId: c.studyId, label: label.trim(), text, excerptIds: c.excerptIds, ...(memo.trim() ? { memo: memo.trim() } : {}) };
    const ok = await run([{ type: 'update', kind: 'construct', value }], `Edit ${orderName(c.order)} construct “${truncate(label, 60)}” (${study.label})`, `Saved “${truncate(label, 60)}”.`);
    if (ok) onDone();
  };
  return (
    <form className="construct-form" onSubmit={(e) => void submit(e)} aria-label={`Edit “${truncate(c.label, 40)}”`} noValidate>
      <div className="field">
        <label htmlFor={`${id}-label`} className="field-label">
          Label
        </label>
        <input id={`${id}-label`} className="input input-small" value={label} onChange={(e) => setLabel(e.target.value)} aria-invalid={tried && !label.trim()} aria-describedby={tried && !label.trim() ? `${id}-label-error` : undefined} autoFocus />
        {tried && !label.trim() ? (
          <p id={`${id}-label-error`} className="field-error">
            Give the construct a label.
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field-label">
          Text
        </label>
        <textarea id={`${id}-text`} className="input input-small" rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={tried && !text.trim()} aria-describedby={tried && !text.trim() ? `${id}-text-error` : undefined} />
        {tried && !text.trim() ? (
          <p id={`${id}-text-error`} className="field-error">
            The text cannot be empty.
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-memo`} className="field-label">
          Memo <span className="field-optional">(optional)</span>
        </label>
        <textarea id={`${id}-memo`} className="input input-small" rows={2} value={memo} onChange={(e) => setMemo(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type Kind = 'excerpt' | '1' | '2';

function NewConstructForm({ study, draft, typedTarget, busy, run, onClose }: { study: Study; draft: ConstructDraft; typedTarget: Props['typedTarget']; busy: boolean; run: Run; onClose: () => void }): ReactNode {
  const typed = draft.source === 'typed';
  const fromQuote = draft.source === 'typed' ? '' : draft.quote;
  const [kind, setKind] = useState<Kind>(draft.source === 'typed' ? '1' : draft.order === 1 ? '1' : '2');
  const [quote, setQuote] = useState('');
  const [page, setPage] = useState('');
  const [label, setLabel] = useState(draft.source !== 'typed' && draft.order === 1 ? labelFromQuote(fromQuote) : '');
  const [text, setText] = useState(cleanQuote(fromQuote));
  const [memo, setMemo] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const order: ConstructOrder | undefined = kind === '1' ? 1 : kind === '2' ? 2 : undefined;
  const theQuote = typed ? quote : fromQuote;
  const errors = {
    quote: typed && !quote.trim() ? 'Type or paste the passage as it appears in the PDF.' : undefined,
    label: order !== undefined && !label.trim() ? (order === 1 ? 'Give the construct a short label.' : 'Name the theme, concept or metaphor.') : undefined,
  };
  const title = typed ? 'Add a passage by its quote' : `New ${orderName(order ?? 1)} construct`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    if (errors.quote || errors.label) {
      // The first field to correct takes the focus, so the user can type the fix at once.
      document.getElementById(errors.quote ? `${id}-quote` : `${id}-label`)?.focus();
      return;
    }
    const steps: Step[] = [];
    let excerptId: string;
    let where: string;
    if (draft.source === 'excerpt') {
      excerptId = draft.excerptId;
      where = draft.page !== undefined ? `, p. ${draft.page}` : '';
    } else {
      excerptId = newId('x');
      if (draft.source === 'selection') {
        steps.push({ type: 'excerpt', id: excerptId, studyId: study.id, fileId: draft.fileId, page: draft.page, quote: draft.quote, occurrence: draft.occurrence });
        where = `, p. ${draft.page}`;
      } else {
        if (!typedTarget) return;
        const p = Number(page);
        steps.push({ type: 'excerpt', id: excerptId, studyId: study.id, fileId: typedTarget.fileId, ...(page ? { page: p } : {}), quote: quote.trim() });
        where = page ? `, p. ${p}` : '';
      }
    }
    if (order === undefined) {
      const ok = await run(steps, `Add excerpt “${truncate(theQuote, 50)}” (${study.label}${where})`, 'Excerpt added.');
      if (ok) onClose();
      return;
    }
    const finalText = text.trim() ? text : cleanQuote(theQuote);
    steps.push({ type: 'create', kind: 'construct', value: { id: newId('c'), order, studyId: study.id, label: label.trim(), text: finalText, excerptIds: [excerptId], ...(memo.trim() ? { memo: memo.trim() } : {}) } });
    const ok = await run(steps, `Add ${orderName(order)} construct “${truncate(label, 60)}” (${study.label}${where})`, `Added the ${orderName(order)} construct “${truncate(label, 60)}”.`);
    if (ok) onClose();
  };

  return (
    <form className="card construct-new" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="construct-new-title">
        {title}
      </h2>
      {typed ? (
        <>
          <fieldset className="segmented construct-kind">
            <legend className="field-label">Add as</legend>
            {(
              [
                ['1', 'First-order construct'],
                ['2', 'Second-order construct'],
                ['excerpt', 'Excerpt only'],
              ] as const
            ).map(([value, text]) => (
              <label key={value} className="segmented-option">
                <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
                <span>{text}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-quote`} className="field-label">
              Quote
            </label>
            <textarea
              id={`${id}-quote`}
              className="input input-small"
              rows={3}
              value={quote}
              onChange={(e) => setQuote(e.target.value)}
              aria-invalid={tried && Boolean(errors.quote)}
              aria-describedby={`${id}-quote-hint${tried && errors.quote ? ` ${id}-quote-error` : ''}`}
              autoFocus
            />
            <p id={`${id}-quote-hint`} className="field-hint">
              Exactly as in the PDF; line breaks and spacing do not matter.
            </p>
            {tried && errors.quote ? (
              <p id={`${id}-quote-error`} className="field-error">
                {errors.quote}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-page`} className="field-label">
              Page
            </label>
            <select id={`${id}-page`} className="input input-small" value={page} onChange={(e) => setPage(e.target.value)}>
              <option value="">The first page where it occurs</option>
              {Array.from({ length: typedTarget?.pages ?? 0 }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  Page {i + 1}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <blockquote className="construct-quote">
          <p>{cleanQuote(fromQuote)}</p>
          {draft.page !== undefined ? <footer className="muted small">Page {draft.page}</footer> : null}
        </blockquote>
      )}
      {order !== undefined ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-label`} className="field-label">
              Label
            </label>
            <input
              id={`${id}-label`}
              className="input input-small"
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              aria-invalid={tried && Boolean(errors.label)}
              aria-describedby={`${id}-label-hint${tried && errors.label ? ` ${id}-label-error` : ''}`}
              autoFocus={!typed}
            />
            <p id={`${id}-label-hint`} className="field-hint">
              {order === 1 ? 'A short name for the quotation, as the grid will show it.' : 'The theme, concept or metaphor as the authors name it.'}
            </p>
            {tried && errors.label ? (
              <p id={`${id}-label-error`} className="field-error">
                {errors.label}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`} className="field-label">
              Text
            </label>
            <textarea id={`${id}-text`} className="input input-small" rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-text-hint`} />
            <p id={`${id}-text-hint`} className="field-hint">
              {typed ? 'Left empty, the quote is used.' : 'The quote, which you may shorten or complete.'}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-memo`} className="field-label">
              Memo <span className="field-optional">(optional)</span>
            </label>
            <textarea id={`${id}-memo`} className="input input-small" rows={2} value={memo} onChange={(e) => setMemo(e.target.value)} />
          </div>
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {order === undefined ? 'Add excerpt' : `Add ${orderName(order)} construct`}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function UncodedExcerpt({ info, study, selected, canWrite, busy, run, onDraft, onShowExcerpt }: { info: ExcerptInfo; study: Study; selected: boolean; canWrite: boolean; busy: boolean; run: Run; onDraft: (d: ConstructDraft) => void; onShowExcerpt: (id: string) => void }): ReactNode {
  const [confirming, setConfirming] = useState(false);
  const e = info.excerpt;
  const code = (order: ConstructOrder): void => onDraft({ source: 'excerpt', order, excerptId: e.id, quote: e.text, page: info.page, nonce: Date.now() });
  return (
    <li>
      <article id={`excerpt-${e.id}`} className={`construct-card construct-card-excerpt${selected ? ' is-selected' : ''}`} tabIndex={-1} aria-current={selected ? 'true' : undefined} aria-label={`Excerpt: ${truncate(e.text, 60)}`}>
        <p className="construct-text is-clamped">{e.text}</p>
        <div className="construct-foot">
          <span className="construct-pages">
            <PageLinks excerptIds={[e.id]} excerpts={new Map([[e.id, info]])} onShowExcerpt={onShowExcerpt} />
          </span>
          {canWrite && !confirming ? (
            <span className="construct-actions">
              <button type="button" className="button button-small button-quiet" onClick={() => code(1)}>
                First-order
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => code(2)}>
                Second-order
              </button>
              <button type="button" className="button button-small button-quiet reading-button-danger-quiet" onClick={() => setConfirming(true)} aria-label={`Delete the excerpt “${truncate(e.text, 40)}”`}>
                Delete
              </button>
            </span>
          ) : null}
        </div>
        {confirming ? (
          <div className="reading-confirm" role="group" aria-label="Confirm deletion">
            <p>Delete this excerpt and its highlight? Undo brings it back.</p>
            <div className="form-actions">
              <button
                type="button"
                className="button button-small reading-button-danger"
                disabled={busy}
                autoFocus
                onClick={() => void run([{ type: 'delete-cascade', kind: 'excerpt', id: e.id }], `Delete excerpt “${truncate(e.text, 50)}” (${study.label})`, 'Excerpt deleted. Undo brings it back.')}
              >
                Delete
              </button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </article>
    </li>
  );
}

