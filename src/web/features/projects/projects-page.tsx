import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api/client.js';
import { projectPath } from '../../lib/paths.js';
import { Link, navigate } from '../../lib/router.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { NewProjectForm } from './new-project-form.js';

export function ProjectsPage(): ReactNode {
  const projects = useAsync((signal) => api.listProjects(signal), []);
  const [formOpen, setFormOpen] = useState(false);
  const list = projects.data ?? [];
  const showForm = formOpen || (projects.data !== undefined && list.length === 0);

  useEffect(() => {
    document.title = 'Projects · metaethno';
  }, []);

  return (
    <main id="main" className="main main-narrow" tabIndex={-1}>
      <PageHeader
        title="Projects"
        description="Each project holds one review: its searches, records and, as the review goes on, its synthesis."
        actions={
          showForm ? null : (
            <button type="button" className="button button-primary" onClick={() => setFormOpen(true)}>
              New project
            </button>
          )
        }
      />
      {showForm ? (
        <NewProjectForm
          onCancel={list.length > 0 ? () => setFormOpen(false) : undefined}
          onCreated={(project) => navigate(projectPath(project.id, 'searches'))}
        />
      ) : null}
      {projects.error ? <ErrorMessage error={projects.error} title="Your projects could not be loaded" onRetry={projects.reload} /> : null}
      {projects.loading && !projects.data ? <Loading label="Loading projects…" /> : null}
      {projects.data && list.length === 0 && !showForm ? (
        <EmptyState title="No projects yet">
          <p>Start with the review’s name; its question can be refined later.</p>
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <section className="card" aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="visually-hidden">
            Your projects
          </h2>
          <table className="table projects-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="num">
                  Records
                </th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={projectPath(p.id, 'searches')} className="project-link">
                      {p.name}
                    </Link>
                    {p.isExample ? <span className="example-badge">Illustrative example</span> : null}
                    {p.title && p.title !== p.name ? <p className="project-title">{p.title}</p> : null}
                    {p.question ? <p className="project-question">{p.question}</p> : null}
                  </td>
                  <td className="num">{formatNumber(p.records)}</td>
                  <td className="nowrap">{formatDate(p.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
