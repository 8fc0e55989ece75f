/**
 * A tiny History API router. The app has a handful of routes, so a package would cost more than it
 * saves; this gives `useLocation`, `navigate`, `<Link>` and pattern matching, nothing else.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

export type Location = Readonly<{ pathname: string; search: string }>;

const NAVIGATE_EVENT = 'metaethno:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// useSyncExternalStore compares snapshots with Object.is, so hand back a string, not a fresh object.
const snapshot = (): string => window.location.pathname + window.location.search;

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const q = href.indexOf('?');
  return q < 0 ? { pathname: href, search: '' } : { pathname: href.slice(0, q), search: href.slice(q) };
}

export function useQuery(): URLSearchParams {
  return new URLSearchParams(useLocation().search);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Match `/projects/:pid/records` against a path; returns the named parameters, or null. A pattern that
 * ends in a parameter also matches deeper paths, so a section can have pages of its own
 * (`/projects/:pid/:section` matches `/projects/p1/studies/s1` with section `studies`); the rest of the
 * path, decoded segment by segment and joined with `/`, is in the parameter `*`.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  const nested = want.length > 0 && want[want.length - 1]!.startsWith(':') && have.length > want.length;
  if (want.length !== have.length && !nested) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  if (nested) {
    try {
      params['*'] = have.slice(want.length).map(decodeURIComponent).join('/');
    } catch {
      return null;
    }
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/** An ordinary anchor (so middle-click and "open in new tab" work) that navigates in-app on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps): ReactNode {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
