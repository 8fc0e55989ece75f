import { lazy, Suspense, type ReactNode } from 'react';
import type { Project } from '../../api/client.js';
import { Loading } from '../../components/loading.js';
import { projectPath } from '../../lib/paths.js';
import { Link, matchPath, useLocation } from '../../lib/router.js';
import { StudiesPage } from './studies-page.js';

// The workspace (and the PDF viewer it loads) is fetched when a study is first opened.
const StudyWorkspace = lazy(() => import('./study-workspace.js').then((m) => ({ default: m.StudyWorkspace })));

/**
 * The "Studies" section: the list at /projects/:pid/studies and one study's workspace at
 * /projects/:pid/studies/:sid (which synthesis pages link to with `?excerpt=ID` to show a quote).
 */
export function StudiesSection({ project }: { project: Project }): ReactNode {
  const { pathname } = useLocation();
  const match = matchPath('/projects/:pid/studies/:sid', pathname);
  if (match && match['*'] === undefined) {
    return (
      <Suspense fallback={<Loading label="Opening the study…" />}>
        <StudyWorkspace key={match['sid']} project={project} studyId={match['sid']!} />
      </Suspense>
    );
  }
  if (match || !matchPath('/projects/:pid/studies', pathname)) {
    return (
      <div className="notice">
        <p className="notice-title">There is no page at this address.</p>
        <Link to={projectPath(project.id, 'studies')}>Go to the list of studies</Link>
      </div>
    );
  }
  return <StudiesPage project={project} />;
}
