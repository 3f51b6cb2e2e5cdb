import { existsSync, readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import express from 'express';

/** The built web client (packages/web-client/dist), from src/core/http or dist/core/http alike. */
export const WEB_CLIENT_DIST = resolvePath(__dirname, '../../../../web-client/dist');

/**
 * The web client's route patterns (`/actors/:slug` …), which its build writes to `routes.json`
 * from the one list it routes by (`src/routes.ts`), each as a test of a request's path: a `:name`
 * is one non-empty segment, a trailing slash and the case do not count (as in the client). A
 * build without the file is known by its start page only.
 */
function clientRoutes(directory: string): RegExp[] {
  const file = join(directory, 'routes.json');
  const patterns = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : ['/'];
  return patterns.map((pattern) => {
    const parts = pattern
      .split(/(:\w+)/)
      .map((part) =>
        part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      );
    return new RegExp(`^${parts.join('').replace(/\/$/, '')}/?$`, 'i');
  });
}

/**
 * Serves the built web client at `/` when it exists, with a fallback to its index.html for GET
 * requests for HTML outside /graphql and /health: 200 for a path of the client's routes, 404
 * (the client then shows its "not found") for any other. The API does so, and so does the
 * cluster's proxy (src/cluster) in front of several API processes.
 */
export function mountWebClient(app: express.Express, directory: string): void {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return;
  const routes = clientRoutes(directory);
  // No redirect from a folder to its slash: /geo is the client's route, not the folder geo/.
  app.use(express.static(directory, { index: false, redirect: false, maxAge: '1h' }));
  app.use((request, response, next) => {
    if (
      request.method !== 'GET' ||
      request.path === '/graphql' ||
      request.path.startsWith('/graphql/') ||
      request.path.startsWith('/health') ||
      !request.accepts('html')
    ) {
      next();
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.status(routes.some((route) => route.test(request.path)) ? 200 : 404);
    response.sendFile(index);
  });
}
