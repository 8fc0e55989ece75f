import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, type Project } from '../../api/client.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatNumber, plural } from '../../lib/format.js';
import { projectPath } from '../../lib/paths.js';
import { Link } from '../../lib/router.js';
import { useAsync } from '../../lib/use-async.js';
import { readingApi, type StudyFile } from './api.js';
import { appraisalStatusLabel, appraisalsByStudy, countsByStudy, fullTextStatus, type FullTextStatus } from './summaries.js';
import { UndoRedo } from './undo-redo.js';
import { useUndoShortcuts, useWorkbench } from './use-workbench.js';

export const studyPath = (projectId: string, studyId: string, excerptId?: string): string =>
  `${projectPath(projectId, 'studies')}/${encodeURIComponent(studyId)}${excerptId ? `?excerpt=${encodeURIComponent(excerptId)}` : ''}`;

function FullTextCell({ status }: { status: FullTextStatus }): ReactNode {
  switch (status.kind) {
    case 'none':
      return <span className="muted">No PDF yet</span>;
    case 'pending':
      return <span className="badge reading-badge-pending">Extracting text…</span>;
    case 'failed':
      return <span className="badge reading-badge-failed">Text not extracted</span>;
    case 'extracted':
      return <span className="badge reading-badge-ready">PDF, {plural(status.pages, 'page')}</span>;
  }
}

/** The included studies: what has been read, coded and appraised, with a way into each study's workspace. */
export function StudiesPage({ project }: { project: Project }): ReactNode {
  const wb = useWorkbench(project.id);
  const files = useAsync((signal) => readingApi.files(project.id, undefined, signal), [project.id, wb.version]);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError | undefined>(undefined);
  const [created, setCreated] = useState('');
  const [filter, setFilter] = useState('');
  const canWrite = project.role !== 'viewer';
  useUndoShortcuts(wb, canWrite);
  // Coming back from a study's workspace, whose title named the study.
  useEffect(() => {
    document.title = `Studies · ${project.name} · metaethno`;
  }, [project.name]);

  const rows = useMemo(() => {
    if (!wb.data) return [];
    const counts = countsByStudy(wb.data.synthesis.constructs, wb.data.synthesis.excerpts);
    const appraisals = appraisalsByStudy(wb.data);
    const byStudy = new Map<string, StudyFile[]>();
    for (const f of files.data ?? []) if (f.studyId) byStudy.set(f.studyId, [...(byStudy.get(f.studyId) ?? []), f]);
    return wb.data.synthesis.studies.map((study) => ({
      study,
      counts: counts.get(study.id) ?? { first: 0, second: 0, excerpts: 0 },
      appraisal: appraisalStatusLabel(appraisals.get(study.id)),
      fullText: fullTextStatus(byStudy.get(study.id) ?? []),
    }));
  }, [wb.data, files.data]);

  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => r.study.label.toLowerCase().includes(needle)) : rows;

  const createStudies = async (): Promise<void> => {
    setCreating(true);
    setCreateError(undefined);
    setCreated('');
    try {
      const { created: n } = await readingApi.createStudiesFromIncluded(project.id);
      setCreated(
        n > 0
          ? `${plural(n, 'study', 'studies')} created from included reports.`
          : rows.length === 0
            ? 'No report has been included at full-text screening yet, so there is no study to create.'
            : 'Every report included at full text already has a study.',
      );
      wb.reload();
    } catch (e) {
      setCreateError(e instanceof ApiError ? e : new ApiError('CLIENT', String(e), 0));
    } finally {
      setCreating(false);
    }
  };

  const createButton = canWrite ? (
    <button type="button" className="button button-primary" disabled={creating} onClick={() => void createStudies()}>
      Create studies from included reports
    </button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Studies"
        description="The studies included at full text. Open a study to read its PDF, code first- and second-order constructs, record its characteristics and appraise it."
        actions={
          <>
            {canWrite && (rows.length > 0 || wb.data?.canUndo || wb.data?.canRedo) ? <UndoRedo controller={wb} /> : null}
            {rows.length > 0 ? createButton : null}
          </>
        }
      />
      <p className="visually-hidden" role="status">
        {created || wb.announcement}
      </p>
      {createError ? <ErrorMessage error={createError} title="The studies were not created" /> : null}
      {wb.failure ? <ErrorMessage error={wb.failure} title="That did not work" /> : null}
      {wb.error ? <ErrorMessage error={wb.error} title="The studies could not be loaded" onRetry={wb.reload} /> : null}
      {files.error ? <ErrorMessage error={files.error} title="The full-text files could not be loaded" onRetry={files.reload} /> : null}
      {wb.loading && !wb.data ? <Loading label="Loading studies…" /> : null}
      {created && rows.length > 0 ? <p className="notice reading-notice-success">{created}</p> : null}
      {wb.data && rows.length === 0 ? (
        <EmptyState title="No studies yet">
          <p>
            Studies come from screening: each report you include at full text becomes a study here. A study published in several reports is counted once, so its reports can be grouped later.
          </p>
          {created ? <p>{created}</p> : null}
          {createButton}
          <p>
            <Link to={projectPath(project.id, 'screening')}>Go to screening</Link>
          </p>
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <section className="card card-flush" aria-labelledby="studies-heading">
          <div className="card-summary">
            <h2 id="studies-heading" className="reading-summary-title">
              {plural(rows.length, 'study', 'studies')}
            </h2>
            <div className="reading-filter">
              <label htmlFor="studies-filter" className="reading-filter-label">
                Filter by label
              </label>
              <input id="studies-filter" className="input input-small" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
          </div>
          <div className="table-scroll">
            <table className="table studies-table">
              <thead>
                <tr>
                  <th scope="col">Study</th>
                  <th scope="col" className="num">
                    Year
                  </th>
                  <th scope="col" className="num">
                    Reports
                  </th>
                  <th scope="col">Full text</th>
                  <th scope="col" className="num">
                    First-order
                  </th>
                  <th scope="col" className="num">
                    Second-order
                  </th>
                  <th scope="col">Appraisal</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ study, counts, appraisal, fullText }) => (
                  <tr key={study.id}>
                    <th scope="row">
                      <Link to={studyPath(project.id, study.id)} className="study-link">
                        {study.label}
                      </Link>
                    </th>
                    <td className="num">{study.year ?? <span className="muted">Not known</span>}</td>
                    <td className="num">{formatNumber(study.reportIds.length)}</td>
                    <td>{files.data ? <FullTextCell status={fullText} /> : <span className="muted">Checking…</span>}</td>
                    <td className="num">{formatNumber(counts.first)}</td>
                    <td className="num">{formatNumber(counts.second)}</td>
                    <td>
                      <span className={appraisal === 'Not appraised' ? 'muted' : appraisal === 'Consensus agreed' ? 'reading-done' : undefined}>{appraisal}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 ? <p className="reading-table-empty muted">No study label contains “{filter.trim()}”.</p> : null}
        </section>
      ) : null}
    </>
  );
}
