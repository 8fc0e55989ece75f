import { useState, type ReactNode } from 'react';
import { api, type ApiError, type Project } from '../../api/client.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { KbdHint } from '../../components/kbd-hint.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatDateTime, formatNumber, plural } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { useShortcuts } from '../../lib/use-shortcuts.js';
import { PairComparisonView } from './pair-comparison.js';

export function DedupPage({ project }: { project: Project }): ReactNode {
  const overview = useAsync((signal) => api.dedupOverview(project.id, signal), [project.id]);
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const queue = overview.data?.queue ?? [];
  const at = Math.min(index, Math.max(0, queue.length - 1));
  const current = queue[at];
  const pair = useAsync(
    (signal) => (current ? api.comparePair(project.id, current.a, current.b, signal) : Promise.resolve(undefined)),
    [project.id, current?.a, current?.b],
  );
  const canRun = project.role === 'owner';
  const canDecide = project.role !== 'viewer';

  const act = async (work: () => Promise<void>, done: string): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      setAnnouncement(done);
      overview.reload();
    } catch (error) {
      setFailure(error as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const decide = (action: 'confirm' | 'reject'): void => {
    if (!current || !canDecide) return;
    void act(() => api.decideDuplicates(project.id, { action, a: current.a, b: current.b }), action === 'confirm' ? 'Marked as duplicates.' : 'Marked as not duplicates.');
  };
  const undo = (): void => {
    if (canDecide) void act(() => api.undoDedup(project.id), 'Your last decision was undone.');
  };
  const move = (by: number): void => setIndex(Math.min(Math.max(0, at + by), Math.max(0, queue.length - 1)));

  useShortcuts({ d: () => decide('confirm'), n: () => decide('reject'), u: undo, ArrowRight: () => move(1), ArrowDown: () => move(1), ArrowLeft: () => move(-1), ArrowUp: () => move(-1) }, canDecide);

  const data = overview.data;
  return (
    <>
      <PageHeader
        title="De-duplication"
        description="Find records that several searches returned, decide the uncertain pairs, and keep one record of each group for screening. No record is ever deleted."
        actions={
          canRun ? (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void act(async () => void (await api.runDedup(project.id)), 'De-duplication finished.')}>
              {data?.run ? 'Run again' : 'Run de-duplication'}
            </button>
          ) : null
        }
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {failure ? <ErrorMessage error={failure} title="That did not work" /> : null}
      {overview.error ? <ErrorMessage error={overview.error} title="De-duplication could not be loaded" onRetry={overview.reload} /> : null}
      {overview.loading && !data ? <Loading label="Loading de-duplication…" /> : null}
      {data ? (
        <section className="card" aria-labelledby="dedup-summary">
          <h2 id="dedup-summary" className="card-title">
            Summary
          </h2>
          {data.run ? (
            <dl className="stats" data-testid="dedup-summary">
              <div>
                <dt>Records</dt>
                <dd>{formatNumber(data.records)}</dd>
              </div>
              <div>
                <dt>Groups</dt>
                <dd>{formatNumber(data.groups.length)}</dd>
              </div>
              <div>
                <dt>Duplicates</dt>
                <dd>{formatNumber(data.records - data.unique)}</dd>
              </div>
              <div>
                <dt>Unique records</dt>
                <dd>{formatNumber(data.unique)}</dd>
              </div>
              <div>
                <dt>Pairs to decide</dt>
                <dd>{formatNumber(data.queue.length)}</dd>
              </div>
              <div>
                <dt>Last run</dt>
                <dd>
                  {formatDateTime(data.run.at)} · {data.run.seconds.toFixed(2)} s
                </dd>
              </div>
            </dl>
          ) : (
            <p>De-duplication has not been run on the {plural(data.records, 'record')} of this project yet.</p>
          )}
        </section>
      ) : null}
      {data?.run ? (
        <section className="card" aria-labelledby="dedup-queue">
          <h2 id="dedup-queue" className="card-title">
            Possible duplicates {queue.length > 0 ? `· pair ${at + 1} of ${queue.length}` : ''}
          </h2>
          {queue.length === 0 ? (
            <EmptyState title="No pairs left to decide">
              <p>Every possible duplicate has been decided. {data.decided > 0 ? `${plural(data.decided, 'decision')} so far.` : ''}</p>
              {canDecide && data.decided > 0 ? (
                <button type="button" className="button" onClick={undo} disabled={busy}>
                  Undo my last decision
                </button>
              ) : null}
            </EmptyState>
          ) : (
            <>
              <div className="decision-bar" role="group" aria-label="Decide this pair">
                <button type="button" className="button" onClick={() => move(-1)} disabled={at === 0} aria-keyshortcuts="ArrowLeft">
                  Previous
                </button>
                <button type="button" className="button" onClick={() => move(1)} disabled={at >= queue.length - 1} aria-keyshortcuts="ArrowRight">
                  Next
                </button>
                <span className="decision-bar-gap" />
                {canDecide ? (
                  <>
                    <button type="button" className="button button-primary" onClick={() => decide('confirm')} disabled={busy} aria-keyshortcuts="d">
                      Confirm duplicate
                    </button>
                    <button type="button" className="button" onClick={() => decide('reject')} disabled={busy} aria-keyshortcuts="n">
                      Not duplicates
                    </button>
                    <button type="button" className="button button-quiet" onClick={undo} disabled={busy} aria-keyshortcuts="u">
                      Undo
                    </button>
                  </>
                ) : null}
              </div>
              {canDecide ? (
                <KbdHint
                  keys={[
                    ['d', 'confirm duplicate'],
                    ['n', 'not duplicates'],
                    ['u', 'undo'],
                    ['← →', 'previous / next pair'],
                  ]}
                />
              ) : null}
              {pair.error ? <ErrorMessage error={pair.error} title="This pair could not be loaded" onRetry={pair.reload} /> : null}
              {pair.data ? <PairComparisonView pair={pair.data} /> : <Loading label="Loading the pair…" />}
            </>
          )}
        </section>
      ) : null}
      {data && data.groups.length > 0 ? (
        <section className="card card-flush" aria-labelledby="dedup-groups">
          <h2 id="dedup-groups" className="card-title card-title-padded">
            Duplicate groups
          </h2>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Canonical record</th>
                  <th scope="col">Year</th>
                  <th scope="col">Journal</th>
                  <th scope="col">DOI</th>
                  <th scope="col" className="num">
                    Records
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((g) => (
                  <tr key={g.ids.join('|')}>
                    <th scope="row">{g.canonical.title ?? <span className="muted">untitled</span>}</th>
                    <td>{g.canonical.year ?? ''}</td>
                    <td>{g.canonical.journal ?? ''}</td>
                    <td className="nowrap">{g.canonical.doi ?? ''}</td>
                    <td className="num">{g.ids.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
