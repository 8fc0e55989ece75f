import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type Project, type RecordSort, type SortDirection } from '../../api/client.js';
import { Link, navigate, useQuery } from '../../lib/router.js';
import { projectPath } from '../../lib/paths.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { useDebounced } from '../../lib/use-debounced.js';
import { ExportLinks } from './export-links.js';
import { RecordDetail } from './record-detail.js';
import { RecordTable } from './record-table.js';
import { RecordsToolbar, sortOptions } from './records-toolbar.js';
import { useRecordPages } from './use-record-pages.js';

type SortValue = `${RecordSort}:${SortDirection}`;

const isSort = (value: string | null): value is SortValue => sortOptions.some((o) => o.value === value);

/**
 * The records of a project. The filter, sort and open record live in the address, so a link (from the
 * search log, or sent to a colleague) opens the same view, and Back closes what was opened.
 */
export function RecordsPage({ project }: { project: Project }): ReactNode {
  const query = useQuery();
  const search = query.get('search') ?? '';
  const sortParam = query.get('sort');
  const sort: SortValue = isSort(sortParam) ? sortParam : 'seq:asc';
  const recordId = query.get('record') ?? undefined;
  const [text, setText] = useState(query.get('q') ?? '');
  const q = useDebounced(text.trim(), 300);

  const searches = useAsync((signal) => api.listSearches(project.id, signal), [project.id]);
  const searchLabels = useMemo(() => new Map((searches.data ?? []).map((s) => [s.id, s.platform ? `${s.source} (${s.platform})` : s.source])), [searches.data]);

  const [sortBy, dir] = sort.split(':') as [RecordSort, SortDirection];
  const pages = useRecordPages(project.id, { q, search, sort: sortBy, dir });
  const [activeIndex, setActiveIndex] = useState(0);

  const setParams = useCallback(
    (changes: Record<string, string | undefined>, replace = true): void => {
      const params = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v) params.set(k, v);
        else params.delete(k);
      }
      const qs = params.toString();
      navigate(`${projectPath(project.id, 'records')}${qs ? `?${qs}` : ''}`, { replace });
    },
    [project.id],
  );

  useEffect(() => {
    setParams({ q: q || undefined });
  }, [q, setParams]);

  // A new filter is a new list: start again at its first row.
  useEffect(() => setActiveIndex(0), [q, search, sort]);

  const close = useCallback(() => setParams({ record: undefined }), [setParams]);
  const open = (index: number): void => {
    const row = pages.row(index);
    if (row) setParams({ record: row.id }, recordId === undefined);
  };

  const filtered = q !== '' || search !== '';
  const total = pages.total;

  return (
    <div className={`records-page${recordId ? ' records-page-split' : ''}`}>
      <PageHeader title="Records" description="Every record imported into this project, as the sources exported it." actions={<ExportLinks projectId={project.id} />} />
      <RecordsToolbar
        text={text}
        onText={setText}
        search={search}
        onSearch={(s) => setParams({ search: s || undefined, record: undefined })}
        sort={sort}
        onSort={(s) => setParams({ sort: s === 'seq:asc' ? undefined : s })}
        searches={searches.data ?? []}
      />
      <p className="result-count" role="status" data-testid="record-count">
        {total === undefined ? 'Loading records…' : filtered ? `${formatNumber(total)} ${total === 1 ? 'record matches' : 'records match'}` : `${formatNumber(total)} ${total === 1 ? 'record' : 'records'}`}
      </p>
      {pages.error ? <ErrorMessage error={pages.error} title="Records could not be loaded" onRetry={pages.retry} /> : null}
      <div className="records-split">
        <div className="records-list">
          {total === 0 ? (
            filtered ? (
              <EmptyState title="No records match">
                <p>Try fewer words, or show all searches.</p>
              </EmptyState>
            ) : (
              <EmptyState title="No records yet">
                <p>Records appear here once a search’s export file has been imported.</p>
                <Link to={projectPath(project.id, 'import')} className="button button-primary">
                  Import files
                </Link>
              </EmptyState>
            )
          ) : (
            <RecordTable pages={pages} sort={sortBy} dir={dir} searchLabels={searchLabels} activeIndex={activeIndex} selectedId={recordId} onActivate={setActiveIndex} onOpen={open} />
          )}
        </div>
        {recordId ? <RecordDetail projectId={project.id} recordId={recordId} searches={searches.data ?? []} onClose={close} /> : null}
      </div>
    </div>
  );
}
