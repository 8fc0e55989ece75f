import { useRef, useState, type ReactNode } from 'react';
import { api, ApiError, uploadImport, type Project } from '../../api/client.js';
import { Link, navigate, useQuery } from '../../lib/router.js';
import { projectPath } from '../../lib/paths.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Field } from '../../components/field.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatPartialDate } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { DropZone } from './drop-zone.js';
import { ImportOptions, toColumnMapping, type ImportOptionsValue } from './import-options.js';
import { ImportResult, type ImportAttempt } from './import-result.js';
import { ImportedFiles } from './imported-files.js';
import { SearchSummary } from './search-summary.js';
import { UploadProgress } from './upload-progress.js';

type Upload = { files: File[]; sent: number; total: number };

export function ImportPage({ project }: { project: Project }): ReactNode {
  const searches = useAsync((signal) => api.listSearches(project.id, signal), [project.id]);
  const requested = useQuery().get('search');
  const list = searches.data ?? [];
  const search = list.find((s) => s.id === requested) ?? list[0];
  const [upload, setUpload] = useState<Upload | undefined>(undefined);
  const [attempts, setAttempts] = useState<ImportAttempt[]>([]);
  const [options, setOptions] = useState<ImportOptionsValue>({ format: '', columns: {} });
  const nextId = useRef(1);
  const canEdit = project.role === 'owner';

  const start = (files: File[]): void => {
    if (!search || upload) return;
    const id = nextId.current++;
    const searchId = search.id;
    const fileNames = files.map((f) => f.name);
    setUpload({ files, sent: 0, total: files.reduce((n, f) => n + f.size, 0) });
    uploadImport(project.id, searchId, files, {
      format: options.format || undefined,
      columns: toColumnMapping(options.columns),
      onProgress: (sent, total) => setUpload((u) => (u ? { ...u, sent, total } : u)),
    })
      .then(
        (result) => setAttempts((a) => [{ id, searchId, fileNames, result }, ...a]),
        (reason: unknown) => setAttempts((a) => [{ id, searchId, fileNames, error: reason instanceof ApiError ? reason : new ApiError('CLIENT', String(reason), 0) }, ...a]),
      )
      .finally(() => {
        setUpload(undefined);
        searches.reload();
      });
  };

  const header = <PageHeader title="Import" description="Add the files each search exported. Every field of the source is kept with the record." />;

  if (searches.error) {
    return (
      <>
        {header}
        <ErrorMessage error={searches.error} title="The searches could not be loaded" onRetry={searches.reload} />
      </>
    );
  }
  if (!searches.data) {
    return (
      <>
        {header}
        <Loading label="Loading searches…" />
      </>
    );
  }
  if (!search) {
    return (
      <>
        {header}
        <EmptyState title="Log a search first">
          <p>Records are always imported into a search, so the report can say where each one came from.</p>
          <Link to={projectPath(project.id, 'searches')} className="button button-primary">
            Open the search log
          </Link>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <div className="card">
        <Field label="Search" hint="The search whose export you are importing.">
          {({ id, describedBy }) => (
            <select
              id={id}
              className="input input-wide"
              value={search.id}
              disabled={upload !== undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                navigate(projectPath(project.id, 'import', { search: e.target.value }), { replace: true });
              }}
            >
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {[s.source, s.platform, formatPartialDate(s.dateRun)].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SearchSummary search={search} />
      </div>

      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="card-title">
          Add files to {search.source}
        </h2>
        {canEdit ? (
          <>
            <DropZone disabled={upload !== undefined} onFiles={start} describedBy="drop-zone-hint" />
            <ImportOptions value={options} onChange={setOptions} disabled={upload !== undefined} />
          </>
        ) : (
          <p className="muted">Only the project’s owners can import files.</p>
        )}
        {upload ? <UploadProgress files={upload.files} sent={upload.sent} total={upload.total} /> : null}
        <div className="results" aria-live="polite">
          {attempts
            .filter((a) => a.searchId === search.id)
            .map((a) => (
            <ImportResult key={a.id} attempt={a} source={search.source} />
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="files-heading">
        <h2 id="files-heading" className="card-title">
          Files in this search
        </h2>
        <ImportedFiles files={search.files} />
      </section>
    </>
  );
}
