import { useState, type ReactNode } from 'react';
import { api, type Project } from '../../api/client.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { AddSearchForm } from './add-search-form.js';
import { SearchTable } from './search-table.js';

export function SearchLogPage({ project }: { project: Project }): ReactNode {
  const searches = useAsync((signal) => api.listSearches(project.id, signal), [project.id]);
  const [adding, setAdding] = useState(false);
  const list = searches.data ?? [];
  const canEdit = project.role === 'owner';
  const totalImported = list.reduce((n, s) => n + s.recordsImported, 0);
  const mismatches = list.filter((s) => s.mismatch).length;

  return (
    <>
      <PageHeader
        title="Search log"
        description="Every search of databases, registers and other sources, as PRISMA-S asks it to be reported."
        actions={
          // With no search yet, the empty state carries the one call to action.
          canEdit && !adding && list.length > 0 ? (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              Add search
            </button>
          ) : null
        }
      />
      {adding ? (
        <AddSearchForm
          projectId={project.id}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            searches.reload();
          }}
        />
      ) : null}
      {searches.error ? <ErrorMessage error={searches.error} title="The search log could not be loaded" onRetry={searches.reload} /> : null}
      {searches.loading && !searches.data ? <Loading label="Loading searches…" /> : null}
      {searches.data && list.length === 0 && !adding ? (
        <EmptyState title="No searches logged yet">
          <p>Log each database search with its date, strategy and the number of hits it reported, then import the file it exported.</p>
          {canEdit ? (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              Add the first search
            </button>
          ) : null}
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <section className="card card-flush" aria-label="Searches">
          <div className="card-summary">
            <p>
              <strong>{formatNumber(list.length)}</strong> {list.length === 1 ? 'search' : 'searches'} ·{' '}
              <strong>{formatNumber(totalImported)}</strong> records imported
            </p>
            {mismatches > 0 ? (
              <p className="summary-warning">
                {mismatches === 1 ? '1 search imported' : `${mismatches} searches imported`} a different number of records than the source reported
              </p>
            ) : null}
          </div>
          <SearchTable projectId={project.id} searches={list} />
        </section>
      ) : null}
    </>
  );
}
