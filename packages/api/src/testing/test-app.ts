import { startApp, type App, type AppOptions } from '../app';
import { createLogger } from '../core/logger';

/**
 * An API process (an app in the test's process) on a test database, on a free port: for tests of
 * what several processes share, or what outlives one. `name` marks its log lines.
 */
export async function startTestApp(
  databaseUrl: string,
  name: string,
  options: Partial<Omit<AppOptions, 'databaseUrl' | 'logger'>> = {},
): Promise<App> {
  const app = await startApp({
    databaseUrl,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent').child({ app: name }),
    port: 0,
    host: '127.0.0.1',
    exposeStatementCount: false,
    ...options,
  });
  app.readiness.ready();
  return app;
}

/** Asks `app` over HTTP with `token`; its `data`, or an error naming GraphQL's errors. */
export async function askApp(
  app: App,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const response = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
