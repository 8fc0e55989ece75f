import { useEffect, useRef, type ReactNode } from 'react';
import { api, type SearchLogEntry, type StoredRecord } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDateTime, formatLabel, formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { authorName, canonicalFields, citationLine, typeLabel } from './record-fields.js';

type Props = {
  projectId: string;
  recordId: string;
  searches: readonly SearchLogEntry[];
  onClose: () => void;
};

export function RecordDetail({ projectId, recordId, searches, onClose }: Props): ReactNode {
  const record = useAsync((signal) => api.getRecord(projectId, recordId, signal), [projectId, recordId]);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // A new record starts at its top, not where the previous one was scrolled to.
  useEffect(() => {
    panel.current?.scrollTo(0, 0);
  }, [recordId]);

  return (
    <aside className="detail-panel" aria-labelledby="record-detail-title" ref={panel} data-testid="record-detail">
      <div className="detail-panel-bar">
        <p className="detail-panel-kicker">{record.data ? `${typeLabel(record.data.record.type)} · #${record.data.seq}` : 'Record'}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the record">
          <span className="close-icon" aria-hidden="true" />
        </button>
      </div>
      {record.error ? <ErrorMessage error={record.error} title="This record could not be loaded" onRetry={record.reload} /> : null}
      {!record.data && !record.error ? <Loading label="Loading the record…" /> : null}
      {record.data ? <RecordBody stored={record.data} searches={searches} /> : null}
    </aside>
  );
}

function RecordBody({ stored, searches }: { stored: StoredRecord; searches: readonly SearchLogEntry[] }): ReactNode {
  const r = stored.record;
  const search = searches.find((s) => s.id === stored.searchId);
  const file = search?.files.find((f) => f.id === stored.fileId);
  const citation = citationLine(r);
  return (
    <div className="detail-body">
      <h2 id="record-detail-title" className="detail-title">
        {r.title ?? 'Untitled record'}
      </h2>
      {r.authors.length > 0 ? <p className="detail-authors">{r.authors.map(authorName).join('; ')}</p> : null}
      {citation ? <p className="detail-citation">{citation}</p> : null}

      <section className="detail-section" aria-labelledby="abstract-heading">
        <h3 id="abstract-heading">Abstract</h3>
        {r.abstract ? <p className="abstract">{r.abstract}</p> : <p className="muted">The source gave no abstract.</p>}
      </section>

      {r.keywords.length > 0 ? (
        <section className="detail-section" aria-labelledby="keywords-heading">
          <h3 id="keywords-heading">Keywords</h3>
          <ul className="chips">
            {r.keywords.map((k, i) => (
              <li key={`${k}-${i}`} className="chip">
                {k}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="detail-section" aria-labelledby="fields-heading">
        <h3 id="fields-heading">Bibliographic details</h3>
        <dl className="field-list">
          {canonicalFields(r).map((f) => (
            <div key={f.label} className="field-list-row">
              <dt>{f.label}</dt>
              <dd>
                {(typeof f.value === 'string' ? [f.value] : f.value).map((v, i) => {
                  const href = f.href?.(v);
                  return (
                    <span key={`${v}-${i}`} className="field-value">
                      {href ? (
                        <a href={href} target="_blank" rel="noreferrer noopener">
                          {v}
                        </a>
                      ) : (
                        v
                      )}
                    </span>
                  );
                })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="detail-section" aria-labelledby="provenance-heading">
        <h3 id="provenance-heading">Provenance</h3>
        <dl className="field-list" data-testid="provenance">
          <div className="field-list-row">
            <dt>Search</dt>
            <dd>{search ? [search.source, search.platform].filter(Boolean).join(' · ') : stored.searchId}</dd>
          </div>
          <div className="field-list-row">
            <dt>File</dt>
            <dd>
              {file ? (
                <>
                  <span className="file-name">{file.fileName}</span> <span className="muted">({formatLabel(file.format)})</span>
                </>
              ) : (
                stored.fileId
              )}
            </dd>
          </div>
          <div className="field-list-row">
            <dt>Record</dt>
            <dd>
              {formatNumber(stored.position + 1)}
              {file ? ` of ${formatNumber(file.recordCount)}` : ''} in the file, from line {formatNumber(stored.line)}
            </dd>
          </div>
          {stored.sourceId ? (
            <div className="field-list-row">
              <dt>Id in the source</dt>
              <dd>{stored.sourceId}</dd>
            </div>
          ) : null}
          <div className="field-list-row">
            <dt>Imported</dt>
            <dd>{formatDateTime(stored.createdAt)}</dd>
          </div>
        </dl>
      </section>

      <section className="detail-section" aria-labelledby="raw-heading">
        <h3 id="raw-heading">Source fields</h3>
        <p className="muted small">Every field exactly as the export file wrote it.</p>
        <table className="raw-table" data-testid="raw-fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {stored.raw.map(([tag, value], i) => (
              <tr key={i}>
                <th scope="row">{tag}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
