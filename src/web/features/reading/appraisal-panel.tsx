import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { formatDateTime } from '../../lib/format.js';
import type { AppraisalAnswer, Checklist, ChecklistItem, Step, Study, StudyAppraisal } from './api.js';
import { answeredCount, type AppraisalStatus } from './summaries.js';

type Run = (steps: readonly Step[], label: string, done?: string) => Promise<boolean>;

/** The current user, who signs their own appraisal and a consensus they record. */
export type Reviewer = Readonly<{ name: string; displayName: string }>;

type ReviewerAnswer = Readonly<{ reviewer: string; value?: string; text?: string; comment?: string }>;
export type ItemComparison = Readonly<{ item: ChecklistItem; answers: readonly ReviewerAnswer[]; agreed: boolean }>;

/**
 * Reviewers' appraisals of one study side by side, item by item: a choice item is agreed when every reviewer
 * chose the same option; free-text items are merged by hand, never "agreed". The rules of core's
 * `compareAppraisals`, which the browser cannot import (core's checklist module builds its schemas on load).
 */
export function compareReviewers(checklist: Checklist, appraisals: readonly StudyAppraisal[]): { items: ItemComparison[]; agreed: number; compared: number } {
  let agreed = 0;
  let compared = 0;
  const items = checklist.items.map((item) => {
    const answers = appraisals.map((a) => {
      const found = a.answers.find((x) => x.itemId === item.id);
      return { reviewer: a.by, ...(found?.value !== undefined ? { value: found.value } : {}), ...(found?.text !== undefined ? { text: found.text } : {}), ...(found?.comment !== undefined ? { comment: found.comment } : {}) };
    });
    const values = answers.map((a) => a.value);
    const allAnswered = item.kind === 'choice' && values.every((v) => v !== undefined);
    const same = allAnswered && values.every((v) => v === values[0]);
    if (allAnswered && appraisals.length > 1) {
      compared++;
      if (same) agreed++;
    }
    return { item, answers, agreed: same };
  });
  return { items, agreed, compared };
}

/** Core's `draftConsensus`: agreed items filled in (their comments joined), the others left for the team. */
function draftConsensus(comparison: readonly ItemComparison[]): AppraisalAnswer[] {
  return comparison
    .filter((c) => c.agreed)
    .map((c) => {
      const comments = [...new Set(c.answers.map((a) => a.comment).filter((x): x is string => x !== undefined))];
      return { itemId: c.item.id, value: c.answers[0]?.value, ...(comments.length > 0 ? { comment: comments.join(' / ') } : {}) };
    });
}

const optionLabel = (item: ChecklistItem, value: string | undefined): string => (value === undefined ? 'Not answered' : (item.options.find((o) => o.value === value)?.label ?? value));

export const appraisalKey = (studyId: string, checklistId: string, role: 'reviewer' | 'consensus', by: string): string =>
  role === 'consensus' ? `${studyId}|${checklistId}|consensus` : `${studyId}|${checklistId}|reviewer|${by}`;

type Props = Readonly<{
  study: Study;
  checklist: Checklist;
  status: AppraisalStatus | undefined;
  me: Reviewer | undefined;
  names: ReadonlyMap<string, string>;
  canWrite: boolean;
  busy: boolean;
  run: Run;
}>;

/** The study's critical appraisal: the user's own, and the team's consensus once two reviewers have appraised it. */
export function AppraisalPanel({ study, checklist, status, me, names, canWrite, busy, run }: Props): ReactNode {
  const reviewers = status?.reviewers ?? [];
  const mine = me ? reviewers.find((a) => a.by === me.name) : undefined;
  const canCompare = reviewers.length >= 2;
  const [view, setView] = useState<'mine' | 'consensus'>(() => (status?.consensus || (canCompare && mine) ? 'consensus' : 'mine'));
  const id = useId();
  const nameOf = (by: string): string => names.get(by) ?? by;
  const comparison = useMemo(() => (canCompare ? compareReviewers(checklist, reviewers) : undefined), [canCompare, checklist, reviewers]);

  return (
    <div className="appraisal-panel">
      <div className="reading-panel-heading">
        <h2 className="reading-panel-title">{checklist.name}</h2>
        {checklist.note ? <p className="muted small">{checklist.note}</p> : null}
        <p className="muted small">
          Source: {checklist.source.citation}
          {checklist.source.url ? (
            <>
              {' '}
              <a href={checklist.source.url} target="_blank" rel="noreferrer">
                Original checklist
              </a>
            </>
          ) : null}
        </p>
      </div>
      <ul className="appraisal-who plain-list" aria-label="Appraisals of this study">
        {reviewers.length === 0 ? <li className="muted small">No one has appraised this study yet.</li> : null}
        {reviewers.map((a) => (
          <li key={a.by} className="small">
            <strong>{nameOf(a.by)}</strong>: {answeredCount(checklist, a)} of {checklist.items.length} items, {formatDateTime(a.at)}
          </li>
        ))}
        {status?.consensus ? (
          <li className="small reading-done">
            <strong>Consensus</strong> recorded by {nameOf(status.consensus.by)}, {formatDateTime(status.consensus.at)}
          </li>
        ) : null}
      </ul>
      <fieldset className="segmented appraisal-switch">
        <legend className="visually-hidden">Show</legend>
        <label className="segmented-option">
          <input type="radio" name={`${id}-view`} checked={view === 'mine'} onChange={() => setView('mine')} />
          <span>My appraisal</span>
        </label>
        <label className="segmented-option">
          <input type="radio" name={`${id}-view`} checked={view === 'consensus'} onChange={() => setView('consensus')} />
          <span>Consensus</span>
        </label>
      </fieldset>
      {view === 'mine' ? (
        me ? (
          <AppraisalForm
            key={JSON.stringify(mine ?? null)}
            study={study}
            checklist={checklist}
            role="reviewer"
            by={me.name}
            saved={mine}
            initial={mine?.answers ?? []}
            initialOverall={mine?.overallComment ?? ''}
            comparison={undefined}
            nameOf={nameOf}
            canWrite={canWrite}
            busy={busy}
            run={run}
            label={`Save ${me.displayName}’s appraisal of ${study.label}`}
          />
        ) : (
          <p className="muted">Sign in to record your appraisal.</p>
        )
      ) : comparison && me ? (
        <>
          <p className="consensus-summary" role="note">
            The reviewers agree on {comparison.agreed} of {comparison.compared} items they all answered.
            {comparison.agreed < comparison.compared ? ' Disagreements are marked; settle each one and record the team’s answer.' : ''}
          </p>
          <AppraisalForm
            key={JSON.stringify(status?.consensus ?? null)}
            study={study}
            checklist={checklist}
            role="consensus"
            by={me.name}
            saved={status?.consensus}
            initial={status?.consensus?.answers ?? draftConsensus(comparison.items)}
            initialOverall={status?.consensus?.overallComment ?? ''}
            comparison={comparison.items}
            nameOf={nameOf}
            canWrite={canWrite}
            busy={busy}
            run={run}
            label={`Save the consensus appraisal of ${study.label}`}
          />
        </>
      ) : (
        <div className="reading-panel-empty">
          <p className="reading-panel-empty-title">Consensus needs two appraisals</p>
          <p>When two or more reviewers have appraised this study independently, their answers appear here side by side, with the disagreements marked, and the team’s agreed appraisal is recorded here.</p>
        </div>
      )}
    </div>
  );
}

type AnswerDraft = { value: string; text: string; comment: string };

type FormProps = Readonly<{
  study: Study;
  checklist: Checklist;
  role: 'reviewer' | 'consensus';
  by: string;
  saved: StudyAppraisal | undefined;
  initial: readonly AppraisalAnswer[];
  initialOverall: string;
  comparison: readonly ItemComparison[] | undefined;
  nameOf: (by: string) => string;
  canWrite: boolean;
  busy: boolean;
  run: Run;
  label: string;
}>;

function AppraisalForm({ study, checklist, role, by, saved, initial, initialOverall, comparison, nameOf, canWrite, busy, run, label }: FormProps): ReactNode {
  const [answers, setAnswers] = useState<Record<string, AnswerDraft>>(() => {
    const out: Record<string, AnswerDraft> = {};
    for (const item of checklist.items) {
      const a = initial.find((x) => x.itemId === item.id);
      out[item.id] = { value: a?.value ?? '', text: a?.text ?? '', comment: a?.comment ?? '' };
    }
    return out;
  });
  const [overall, setOverall] = useState(initialOverall);
  const [dirty, setDirty] = useState(false);
  const id = useId();

  const update = (itemId: string, patch: Partial<AnswerDraft>): void => {
    setAnswers((a) => ({ ...a, [itemId]: { ...(a[itemId] ?? { value: '', text: '', comment: '' }), ...patch } }));
    setDirty(true);
  };

  const answered = checklist.items.filter((item) => {
    const a = answers[item.id];
    return item.kind === 'choice' ? Boolean(a?.value) : Boolean(a?.text.trim());
  }).length;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const list: AppraisalAnswer[] = [];
    for (const item of checklist.items) {
      const a = answers[item.id];
      if (!a) continue;
      const comment = item.allowComment && a.comment.trim() ? a.comment.trim() : undefined;
      if (item.kind === 'choice') {
        if (!a.value && !comment) continue;
        list.push({ itemId: item.id, ...(a.value ? { value: a.value } : {}), ...(comment ? { comment } : {}) });
      } else if (a.text.trim()) {
        list.push({ itemId: item.id, text: a.text.trim(), ...(comment ? { comment } : {}) });
      }
    }
    const value = { studyId: study.id, checklistId: checklist.id, role, by, at: new Date().toISOString(), answers: list, ...(overall.trim() ? { overallComment: overall.trim() } : {}) };
    const step: Step = { type: 'put', doc: 'appraisal', key: appraisalKey(study.id, checklist.id, role, by), value, ...(saved !== undefined ? { previous: saved } : {}) };
    const ok = await run([step], label, role === 'consensus' ? 'Consensus appraisal saved.' : 'Your appraisal is saved.');
    if (ok) setDirty(false);
  };

  const sections = checklist.sections.length > 0 ? checklist.sections : [{ id: '', title: '' }];
  return (
    <form className="appraisal-form" onSubmit={(e) => void submit(e)} aria-label={role === 'consensus' ? 'Consensus appraisal' : 'My appraisal'} noValidate>
      <p className="muted small">
        {answered} of {checklist.items.length} items answered
      </p>
      <fieldset className="reading-fieldset" disabled={!canWrite}>
        <legend className="visually-hidden">{role === 'consensus' ? 'Consensus answers' : 'Your answers'}</legend>
        {sections.map((section) => {
          const items = checklist.items.filter((i) => (section.id ? i.section === section.id : true));
          if (items.length === 0) return null;
          return (
            <div key={section.id || 'all'} className="appraisal-section">
              {section.title ? <h3 className="appraisal-section-title">{section.title}</h3> : null}
              {items.map((item) => (
                <ItemInput key={item.id} formId={id} item={item} answer={answers[item.id] ?? { value: '', text: '', comment: '' }} comparison={comparison?.find((c) => c.item.id === item.id)} nameOf={nameOf} onChange={(patch) => update(item.id, patch)} />
              ))}
            </div>
          );
        })}
        <div className="field">
          <label htmlFor={`${id}-overall`} className="field-label">
            Overall comment <span className="field-optional">(optional)</span>
          </label>
          <textarea
            id={`${id}-overall`}
            className="input input-small"
            rows={3}
            value={overall}
            onChange={(e) => {
              setOverall(e.target.value);
              setDirty(true);
            }}
          />
        </div>
      </fieldset>
      {canWrite ? (
        <div className="form-actions reading-panel-actions">
          <button type="submit" className="button button-primary button-small" disabled={busy || (!dirty && saved !== undefined)}>
            {role === 'consensus' ? 'Save consensus' : 'Save my appraisal'}
          </button>
          {!dirty && saved !== undefined ? <span className="muted small">Saved {formatDateTime(saved.at)}</span> : dirty ? <span className="muted small">Unsaved changes</span> : null}
        </div>
      ) : null}
    </form>
  );
}

function ItemInput({ formId, item, answer, comparison, nameOf, onChange }: { formId: string; item: ChecklistItem; answer: AnswerDraft; comparison: ItemComparison | undefined; nameOf: (by: string) => string; onChange: (patch: Partial<AnswerDraft>) => void }): ReactNode {
  const [commenting, setCommenting] = useState(answer.comment.trim() !== '');
  const base = `${formId}-${item.id}`;
  const disagreement = comparison && !comparison.agreed && item.kind === 'choice' && comparison.answers.some((a) => a.value !== undefined);
  const reviewers = comparison ? (
    <ul className={`reviewer-answers${disagreement ? ' is-disagreement' : ''}`} aria-label={`Reviewers’ answers to item ${item.number}`}>
      {comparison.answers.map((a) => (
        <li key={a.reviewer}>
          <span className="reviewer-name">{nameOf(a.reviewer)}</span>
          <span className="reviewer-value">{item.kind === 'choice' ? optionLabel(item, a.value) : (a.text ?? 'Not answered')}</span>
          {a.comment ? <span className="reviewer-comment">{a.comment}</span> : null}
        </li>
      ))}
      {disagreement ? <li className="disagreement-flag">Reviewers disagree</li> : null}
    </ul>
  ) : null;

  const comment =
    item.allowComment ? (
      commenting ? (
        <div className="field appraisal-comment">
          <label htmlFor={`${base}-comment`} className="field-label reading-label-small">
            Comment on item {item.number}
          </label>
          <textarea id={`${base}-comment`} className="input input-small" rows={2} value={answer.comment} onChange={(e) => onChange({ comment: e.target.value })} autoFocus={answer.comment === ''} />
        </div>
      ) : (
        <button type="button" className="reading-link-button" onClick={() => setCommenting(true)}>
          Add a comment
        </button>
      )
    ) : null;

  if (item.kind === 'text') {
    return (
      <div className={`appraisal-item${disagreement ? ' is-disagreement' : ''}`}>
        <label htmlFor={`${base}-text`} className="appraisal-question">
          <span className="appraisal-number">{item.number}.</span> {item.question}
        </label>
        {item.hint ? <p className="field-hint">{item.hint}</p> : null}
        {reviewers}
        <textarea id={`${base}-text`} className="input input-small" rows={3} value={answer.text} onChange={(e) => onChange({ text: e.target.value })} />
        {comment}
      </div>
    );
  }
  return (
    <fieldset className={`appraisal-item${disagreement ? ' is-disagreement' : ''}`}>
      <legend className="appraisal-question">
        <span className="appraisal-number">{item.number}.</span> {item.question}
      </legend>
      {item.hint ? <p className="field-hint">{item.hint}</p> : null}
      {reviewers}
      <div className="appraisal-options">
        {item.options.map((o) => (
          <label key={o.value} className="reading-radio">
            <input type="radio" name={base} value={o.value} checked={answer.value === o.value} onChange={() => onChange({ value: o.value })} /> {o.label}
          </label>
        ))}
        {answer.value ? (
          <button type="button" className="reading-link-button" onClick={() => onChange({ value: '' })}>
            Clear
          </button>
        ) : null}
      </div>
      {comment}
    </fieldset>
  );
}
