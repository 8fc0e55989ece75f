import { useEffect, type ReactNode } from 'react';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { useAsync } from '../lib/use-async.js';
import { ProjectNav } from './project-nav.js';
import { Link, navigate } from '../lib/router.js';
import { defaultSection, projectSections, sectionPath } from './sections.js';

type Props = { projectId: string; section: string | undefined };

export function ProjectLayout({ projectId, section }: Props): ReactNode {
  const project = useAsync((signal) => api.getProject(projectId, signal), [projectId]);
  const current = projectSections.find((s) => s.path === section);

  // /projects/:pid alone opens the first page of the project.
  useEffect(() => {
    if (section === undefined) navigate(sectionPath(projectId, defaultSection.path), { replace: true });
  }, [projectId, section]);

  useEffect(() => {
    if (project.data) document.title = `${current ? `${current.label} · ` : ''}${project.data.name} · metaethno`;
  }, [project.data, current]);

  if (project.error) {
    return (
      <main id="main" className="main main-narrow">
        <ErrorMessage error={project.error} title="This project could not be opened" onRetry={project.reload} />
        <p>
          <Link to="/">Back to all projects</Link>
        </p>
      </main>
    );
  }
  if (!project.data) {
    return (
      <main id="main" className="main main-narrow">
        <Loading label="Opening the project…" />
      </main>
    );
  }
  return (
    <div className="project-layout">
      <div className="project-sidebar">
        <ProjectNav project={project.data} current={current?.path ?? ''} />
      </div>
      <main id="main" className="main" tabIndex={-1}>
        {project.data.isExample ? (
          <p className="example-banner" role="note">
            <strong>Illustrative example.</strong> This review was written for metaethno to show a meta-ethnography from search to
            report, on the topic of international medical graduates who return home. Its records, decisions, full texts and findings
            are invented for illustration: it is not the data of any published review and must not be cited.
          </p>
        ) : null}
        {current ? (
          <current.render key={`${project.data.id}/${current.path}`} project={project.data} />
        ) : section !== undefined ? (
          <div className="notice">
            <p className="notice-title">This project has no page called “{section}”.</p>
            <Link to={sectionPath(project.data.id, defaultSection.path)}>Open the {defaultSection.label.toLowerCase()}</Link>
          </div>
        ) : null}
      </main>
    </div>
  );
}
