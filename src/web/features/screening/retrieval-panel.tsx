import { useState, type ReactNode } from 'react';
import { api, type ApiError, type RetrievalItem } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { useAsync } from '../../lib/use-async.js';

/**
 * Retrieval of full texts, between the two stages (PRISMA "reports sought for retrieval" and "reports not
 * retrieved"): a record reaches full-text screening only once its full text is recorded as retrieved.
 */
export function RetrievalPanel({ projectId, canEdit, onChanged }: { projectId: string; canEdit: boolean; onChanged: () => void }): ReactNode {
  const list = useAsync((signal) => api.retrievals(projectId, signal), [projectId]);
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  const record = async (item: RetrievalItem, outcome: 'retrieved' | 'not-retrieved'): Promise<void> => {
    setBusy(item.recordId);
    setFailure(undefined);
    try {
      await api.recordRetrieval(projectId, item.recordId, outcome);
      setAnnouncement(`${outcome === 'retrieved' ? 'Retrieved' : 'Not retrieved'}: ${item.title ?? 'untitled record'}.`);
      list.reload();
      onChanged();
    } catch (error) {
      setFailure(error as ApiError);
    } finally {
      setBusy(undefined);
    }
  };

  const data = list.data;
  return (
    <section className="card retrieval-panel" aria-labelledby="retrieval-heading">
      <h2 id="retrieval-heading" className="card-title">
        Full texts to retrieve{data ? ` (${data.pending.length})` : ''}
      </h2>
      <p className="muted small">Records included at title and abstract go to full-text screening once their full text is retrieved. Those that cannot be found are counted as “reports not retrieved”.</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {failure ? <ErrorMessage error={failure} title="The retrieval was not recorded" /> : null}
      {list.error ? <ErrorMessage error={list.error} title="The retrieval list could not be loaded" onRetry={list.reload} /> : null}
      {!data && !list.error ? <Loading label="Loading the reports to retrieve…" /> : null}
      {data && data.pending.length === 0 ? <p className="muted">No full text is waiting to be retrieved.</p> : null}
      {data && data.pending.length > 0 ? (
        <ul className="retrieval-list">
          {data.pending.map((item) => (
            <li key={item.recordId} className="retrieval-item">
              <div className="retrieval-text">
                <p className="retrieval-title">{item.title ?? 'Untitled record'}</p>
                <p className="muted small">{[item.authors, item.year === null ? '' : String(item.year), item.journal ?? '', item.doi ? `doi:${item.doi}` : ''].filter(Boolean).join(' · ')}</p>
              </div>
              {canEdit ? (
                <div className="retrieval-actions" role="group" aria-label={`Full text of ${item.title ?? 'this record'}`}>
                  <button type="button" className="button button-small" disabled={busy !== undefined} onClick={() => void record(item, 'retrieved')}>
                    Retrieved
                  </button>
                  <button type="button" className="button button-small button-quiet" disabled={busy !== undefined} onClick={() => void record(item, 'not-retrieved')}>
                    Not retrieved
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data && data.recorded.length > 0 ? (
        <p className="muted small">
          {data.recorded.filter((r) => r.status === 'retrieved').length} retrieved, {data.recorded.filter((r) => r.status === 'not-retrieved').length} not retrieved so far.
        </p>
      ) : null}
    </section>
  );
}
