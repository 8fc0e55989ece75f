import { useRef, useState, type ReactNode } from 'react';
import { api, type ApiError, type DecisionValue, type Project, type ScreeningStage } from '../../api/client.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { HighlightedText } from '../../components/highlighted-text.js';
import { KbdHint } from '../../components/kbd-hint.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { useShortcuts } from '../../lib/use-shortcuts.js';
import { MembersPanel } from './members-panel.js';
import { RetrievalPanel } from './retrieval-panel.js';
import { SettingsPanel } from './settings-panel.js';
import { stages } from './stages.js';

export function ScreeningPage({ project }: { project: Project }): ReactNode {
  const [stage, setStage] = useState<ScreeningStage>('title-abstract');
  const queue = useAsync((signal) => api.screeningQueue(project.id, stage, signal), [project.id, stage]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const reasonRef = useRef<HTMLSelectElement>(null);
  const data = queue.data;
  const item = data?.items[0];
  const isOwner = project.role === 'owner';
  const canScreen = project.role !== 'viewer';
  const reasonRequired = stage === 'full-text';

  const act = async (work: () => Promise<void>, done: string): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      setAnnouncement(done);
      setReason('');
      setReasonError(undefined);
      queue.reload();
    } catch (error) {
      setFailure(error as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const decide = (decision: DecisionValue): void => {
    if (!item || !data || !canScreen) return;
    if (decision === 'exclude' && reasonRequired && !reason) {
      setReasonError('Choose the reason for excluding at full text.');
      reasonRef.current?.focus();
      return;
    }
    void act(
      () =>
        api.decide(project.id, {
          recordId: item.recordId,
          stage,
          decision,
          ...(decision === 'exclude' && reason ? { reasonCode: reason } : {}),
          snapshotId: data.snapshotId,
          rank: item.rank,
        }),
      `${decision === 'include' ? 'Included' : decision === 'exclude' ? 'Excluded' : 'Marked maybe'}: ${item.title ?? 'untitled record'}.`,
    );
  };
  const undo = (): void => {
    if (canScreen) void act(() => api.undoScreening(project.id, stage), 'Your last decision was undone; the record is back in your queue.');
  };
  useShortcuts({ i: () => decide('include'), e: () => decide('exclude'), m: () => decide('maybe'), u: undo }, canScreen);

  const progress = data?.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.decidedByMe / progress.total) * 100) : 0;

  return (
    <>
      <PageHeader title="Screening" description="Decide each record against the eligibility criteria. Records come in order of likely relevance, learned from your own decisions." />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <fieldset className="segmented stage-switch">
        <legend className="field-label">Stage</legend>
        {stages.map((s) => (
          <label key={s.value} className="segmented-option">
            <input type="radio" name="stage" value={s.value} checked={stage === s.value} onChange={() => setStage(s.value)} />
            <span>{s.label}</span>
          </label>
        ))}
      </fieldset>
      {stage === 'full-text' ? <RetrievalPanel projectId={project.id} canEdit={canScreen} onChanged={queue.reload} /> : null}
      {failure ? <ErrorMessage error={failure} title="That decision was not saved" /> : null}
      {queue.error ? <ErrorMessage error={queue.error} title="Your screening queue could not be loaded" onRetry={queue.reload} /> : null}
      {queue.loading && !data ? <Loading label="Loading your queue…" /> : null}
      {data && progress ? (
        <section className="card screening-progress" aria-label="Progress">
          <div className="progress-bar" role="progressbar" aria-label="Records you have screened" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.decidedByMe} aria-valuetext={`${progress.decidedByMe} of ${progress.total}`}>
            <span style={{ width: `${percent}%` }} />
          </div>
          <dl className="stats">
            <div>
              <dt>Screened by you</dt>
              <dd data-testid="screened-by-me">
                {formatNumber(progress.decidedByMe)} of {formatNumber(progress.total)}
              </dd>
            </div>
            <div>
              <dt>Records left</dt>
              <dd data-testid="records-left">{formatNumber(progress.leftForMe)}</dd>
            </div>
            <div>
              <dt>Estimated relevant left</dt>
              <dd title={`${data.estimate.method} (from ${formatNumber(data.estimate.decisions)} of your decisions)`}>
                {formatNumber(Math.round(data.estimate.estimate))}{' '}
                <span className="muted small">
                  ({formatNumber(Math.round(data.estimate.low))}–{formatNumber(Math.round(data.estimate.high))})
                </span>
              </dd>
            </div>
            <div>
              <dt>Reviewers per record</dt>
              <dd>
                {data.reviewersPerRecord}
                {data.blinded ? ', blinded' : ''}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
      {data && !item ? (
        <EmptyState title="Nothing left for you to screen at this stage">
          <p>{emptyQueueText(progress, data.reviewersPerRecord, stage)}</p>
          {canScreen && progress && progress.decidedByMe > 0 ? (
            <button type="button" className="button" onClick={undo} disabled={busy}>
              Undo my last decision
            </button>
          ) : null}
        </EmptyState>
      ) : null}
      {data && item ? (
        <div className="screening-layout">
          <article className="card screening-record" aria-labelledby="screening-title" data-testid="screening-record">
            <h2 id="screening-title" className="screening-title">
              {item.title ? <HighlightedText text={item.title} spans={item.highlights.title} /> : 'Untitled record'}
            </h2>
            <p className="screening-meta">{[item.authors, item.year === null ? '' : String(item.year), item.journal ?? ''].filter(Boolean).join(' · ')}</p>
            {item.abstract ? (
              <p className="screening-abstract">
                <HighlightedText text={item.abstract} spans={item.highlights.abstract} />
              </p>
            ) : (
              <p className="muted">This record has no abstract.</p>
            )}
            {canScreen ? (
              <div className="screening-actions">
                <div className="field reason-field">
                  <label htmlFor="exclusion-reason" className="field-label">
                    Reason for exclusion{reasonRequired ? '' : <span className="field-optional"> (optional)</span>}
                  </label>
                  <select
                    id="exclusion-reason"
                    ref={reasonRef}
                    className="input"
                    value={reason}
                    onChange={(event) => {
                      setReason(event.target.value);
                      setReasonError(undefined);
                    }}
                    aria-invalid={Boolean(reasonError)}
                    aria-describedby={reasonError ? 'exclusion-reason-error' : undefined}
                  >
                    <option value="">{data.reasons.length === 0 ? 'No reasons defined' : 'Choose a reason'}</option>
                    {data.reasons.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                  {reasonError ? (
                    <p id="exclusion-reason-error" className="field-error">
                      {reasonError}
                    </p>
                  ) : null}
                </div>
                <div className="decision-bar" role="group" aria-label="Decide this record">
                  <button type="button" className="button button-include" onClick={() => decide('include')} disabled={busy} aria-keyshortcuts="i">
                    Include
                  </button>
                  <button type="button" className="button button-exclude" onClick={() => decide('exclude')} disabled={busy} aria-keyshortcuts="e">
                    Exclude
                  </button>
                  <button type="button" className="button" onClick={() => decide('maybe')} disabled={busy} aria-keyshortcuts="m">
                    Maybe
                  </button>
                  <button type="button" className="button button-quiet" onClick={undo} disabled={busy || !progress || progress.decidedByMe === 0} aria-keyshortcuts="u">
                    Undo
                  </button>
                </div>
                <KbdHint
                  keys={[
                    ['i', 'include'],
                    ['e', 'exclude'],
                    ['m', 'maybe'],
                    ['u', 'undo'],
                  ]}
                />
              </div>
            ) : null}
          </article>
          <aside className="card screening-criteria" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading" className="card-title">
              Eligibility criteria
            </h2>
            {data.criteria ? <p className="prose-text">{data.criteria}</p> : <p className="muted">The owner has not written eligibility criteria yet.</p>}
          </aside>
        </div>
      ) : null}
      {isOwner ? (
        <>
          <SettingsPanel projectId={project.id} onSaved={queue.reload} />
          <MembersPanel projectId={project.id} />
        </>
      ) : null}
    </>
  );
}

/**
 * Why the queue is empty, in the reviewer's terms: nothing at the stage yet, everything decided by
 * them, or every record already has its reviewers (the project owner of a two-reviewer project who
 * is not one of the two sees this, not "no records").
 */
function emptyQueueText(progress: { total: number; decidedByMe: number } | undefined, reviewersPerRecord: number, stage: string): string {
  if (!progress || progress.total === 0) {
    return stage === 'full-text' ? 'No record has reached full text yet: records come here once they are included at title and abstract.' : 'There are no records to screen at this stage yet.';
  }
  if (progress.decidedByMe > 0) return 'You have decided every record in your queue.';
  const one = progress.total === 1;
  const whose = one ? 'its' : 'their';
  const decisions = reviewersPerRecord === 1 ? `${whose} reviewer’s decision` : `${whose} ${reviewersPerRecord} reviewers’ decisions`;
  const records = one ? 'The one record at this stage already has' : `All ${formatNumber(progress.total)} records at this stage already have`;
  return `${records} ${decisions}, so none is waiting for you. An owner can raise the number of reviewers per record in the settings below.`;
}
