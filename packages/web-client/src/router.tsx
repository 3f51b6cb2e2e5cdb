import { useMemo, type AnchorHTMLAttributes } from 'react';
import {
  createBrowserRouter,
  Link as RouterLink,
  useLocation as useRouterLocation,
  type RouteObject,
} from 'react-router';

/**
 * The client's router: React Router over the History API; the URL (path and query string) is the
 * whole state. `App` makes the one router of the app with its routes; these helpers are what the
 * pages use of it.
 */
let router: ReturnType<typeof createBrowserRouter> | null = null;

export function createRouter(routes: RouteObject[]) {
  router = createBrowserRouter(routes);
  return router;
}

/**
 * Goes to a path of this client: a new history entry at the top of its page, or with `replace`
 * the same entry where the page was scrolled (a filter or the day changed).
 */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (!router) throw new Error('navigate needs the router App makes');
  const { pathname, search } = router.state.location;
  if (to === pathname + search) return;
  void router.navigate(to, { replace: options.replace, preventScrollReset: options.replace });
}

export interface Location {
  path: string;
  params: URLSearchParams;
}

export function useLocation(): Location {
  const { pathname, search } = useRouterLocation();
  return useMemo(
    () => ({ path: pathname, params: new URLSearchParams(search) }),
    [pathname, search],
  );
}

/**
 * Keeps the query parameters that travel with every link: the language, the day and the moment
 * the register is shown as of.
 */
export function withShared(to: string, params: URLSearchParams): string {
  const url = new URL(to, 'http://x');
  for (const name of ['lang', 'asOf', 'knownAt']) {
    const value = params.get(name);
    if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  return url.pathname + url.search + url.hash;
}

/** Sets (or with null removes) query parameters of the current URL. */
export function setParams(changes: Record<string, string | null>, replace = true) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  navigate(url.pathname + url.search, { replace });
}

/** A link within the client, keeping the language and the day. */
export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { params } = useLocation();
  return <RouterLink {...props} to={withShared(to, params)} />;
}
