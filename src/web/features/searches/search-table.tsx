import { Fragment, useState, type ReactNode } from 'react';
import type { SearchLogEntry } from '../../api/client.js';
import { Link } from '../../lib/router.js';
import { projectPath } from '../../lib/paths.js';
import { formatLabel, formatNumber, formatPartialDate, mismatchText, plural } from '../../lib/format.js';
import { kindLabel } from './search-options.js';

type Props = { projectId: string; searches: readonly SearchLogEntry[] };

const COLUMNS = 8;

export function SearchTable({ projectId, searches }: Props): ReactNode {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="table-scroll">
      <table className="table search-table">
        <caption className="visually-hidden">Searches of this review</caption>
        <thead>
          <tr>
            <th scope="col" className="col-toggle">
              <span className="visually-hidden">Details</span>
            </th>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Platform</th>
            <th scope="col">Date run</th>
            <th scope="col" className="num">
              Hits reported
            </th>
            <th scope="col" className="num">
              Records imported
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {searches.map((s) => {
            const expanded = open.has(s.id);
            const detailId = `search-detail-${s.id}`;
            return (
              <Fragment key={s.id}>
                <tr className={s.mismatch ? 'has-warning' : undefined} data-search-id={s.id}>
                  <td className="col-toggle">
                    <button type="button" className="icon-button" aria-expanded={expanded} aria-controls={detailId} onClick={() => toggle(s.id)} title={expanded ? 'Hide details' : 'Show details'}>
                      <span className={`chevron${expanded ? ' chevron-open' : ''}`} aria-hidden="true" />
                      <span className="visually-hidden">
                        {expanded ? 'Hide' : 'Show'} details of {s.source}
                      </span>
                    </button>
                  </td>
                  <th scope="row" className="search-source">
                    {s.source}
                  </th>
                  <td>
                    <span className={`badge badge-${s.kind}`}>{kindLabel(s.kind)}</span>
                  </td>
                  <td>{s.platform ?? <span className="muted">—</span>}</td>
                  <td className="nowrap">{formatPartialDate(s.dateRun) || <span className="muted">—</span>}</td>
                  <td className="num">{s.hitsReported === null ? <span className="muted">—</span> : formatNumber(s.hitsReported)}</td>
                  <td className="num">
                    {s.mismatch ? (
                      <span className="count-warning" title={mismatchText(s.source, s.mismatch)}>
                        <span className="warning-icon" aria-hidden="true">
                          !
                        </span>
                        {formatNumber(s.recordsImported)}
                      </span>
                    ) : (
                      formatNumber(s.recordsImported)
                    )}
                  </td>
                  <td className="row-actions">
                    <Link to={projectPath(projectId, 'import', { search: s.id })} className="button button-small">
                      Import files
                    </Link>
                    {s.recordsImported > 0 ? (
                      <Link to={projectPath(projectId, 'records', { search: s.id })} className="button button-small button-quiet">
                        Records
                      </Link>
                    ) : null}
                  </td>
                </tr>
                {s.mismatch ? (
                  <tr className="warning-row">
                    <td />
                    <td colSpan={COLUMNS - 1}>
                      <p className="inline-warning" role="note">
                        <strong>Count differs:</strong> {mismatchText(s.source, s.mismatch)} Check that every page of results was exported.
                      </p>
                    </td>
                  </tr>
                ) : null}
                {expanded ? (
                  <tr className="detail-row" id={detailId}>
                    <td />
                    <td colSpan={COLUMNS - 1}>
                      <SearchDetail search={s} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SearchDetail({ search }: { search: SearchLogEntry }): ReactNode {
  return (
    <div className="search-detail">
      <dl className="definition-grid">
        <dt>{search.kind === 'other' ? 'Description' : 'Search strategy'}</dt>
        <dd>{search.query ? <pre className="code-block">{search.query}</pre> : <span className="muted">Not recorded</span>}</dd>
        <dt>Limits</dt>
        <dd>{search.limits ?? <span className="muted">None recorded</span>}</dd>
        <dt>Filters</dt>
        <dd>{search.filters ?? <span className="muted">None recorded</span>}</dd>
        {search.notes ? (
          <>
            <dt>Notes</dt>
            <dd className="prose-text">{search.notes}</dd>
          </>
        ) : null}
        <dt>Files</dt>
        <dd>
          {search.files.length === 0 ? (
            <span className="muted">No file imported yet</span>
          ) : (
            <ul className="plain-list">
              {search.files.map((f) => (
                <li key={f.id}>
                  <span className="file-name">{f.fileName}</span> · {formatLabel(f.format)} · {plural(f.recordCount, 'record')}
                  {f.diagnostics.length > 0 ? ` · ${plural(f.diagnostics.length, 'warning')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}
