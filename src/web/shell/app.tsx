import { useEffect, type ReactNode } from 'react';
import { ProjectsPage } from '../features/projects/projects-page.js';
import { AccountMenu } from './account-menu.js';
import { ProjectLayout } from './project-layout.js';
import { Link, matchPath, useLocation } from '../lib/router.js';

export function App(): ReactNode {
  const { pathname } = useLocation();
  const project = matchPath('/projects/:pid/:section', pathname) ?? matchPath('/projects/:pid', pathname);
  const isHome = pathname === '/' || pathname === '/projects';

  // Move focus to the new page, as a full page load would, so screen readers announce it.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          metaethno
        </Link>
        <span className="topbar-tagline">Meta-ethnography workbench</span>
        <AccountMenu />
      </header>
      {project ? (
        <ProjectLayout projectId={project['pid']!} section={project['section']} />
      ) : isHome ? (
        <ProjectsPage />
      ) : (
        <main id="main" className="main main-narrow" tabIndex={-1}>
          <div className="notice">
            <p className="notice-title">There is no page at this address.</p>
            <Link to="/">Go to your projects</Link>
          </div>
        </main>
      )}
    </div>
  );
}
