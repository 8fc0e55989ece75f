import type { ReactNode } from 'react';
import type { Project } from '../api/client.js';
import { Link } from '../lib/router.js';
import { projectSections, sectionPath } from './sections.js';

type Props = { project: Project; current: string };

export function ProjectNav({ project, current }: Props): ReactNode {
  const groups = [...new Set(projectSections.map((s) => s.group))];
  return (
    <nav className="project-nav" aria-label="Project">
      <div className="project-nav-header">
        <p className="project-nav-kicker">Project</p>
        <p className="project-nav-name" title={project.title}>
          {project.name}
        </p>
      </div>
      {groups.map((group) => (
        <div key={group} className="nav-group">
          <p className="nav-group-label" id={`nav-${group}`}>
            {group}
          </p>
          <ul aria-labelledby={`nav-${group}`}>
            {projectSections
              .filter((s) => s.group === group)
              .map((s) => (
                <li key={s.path}>
                  <Link to={sectionPath(project.id, s.path)} className="nav-link" aria-current={s.path === current ? 'page' : undefined}>
                    {s.label}
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
