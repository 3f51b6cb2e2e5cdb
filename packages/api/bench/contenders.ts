import { join } from 'node:path';
import { API_PACKAGE } from './paths';
import { ensurePostGraphile } from './postgraphile/install';
import { freePort, startServer, type Server } from './processes';

/** Our API as deployed: the built `dist/main.js` in production mode, on the bench database. */
export async function startApi(databaseUrl: string, logDir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: 'our API',
    command: process.execPath,
    args: [join(API_PACKAGE, 'dist', 'main.js')],
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SQL_STATEMENT_HEADER: 'true',
    },
    logFile: join(logDir, 'api.log'),
    url: `${url}/graphql`,
    ready: `${url}/health/ready`,
  });
}

/** The bare SQL ceiling (ceiling/server.ts), compiled beside this file. */
export async function startCeiling(databaseUrl: string, logDir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: 'ceiling',
    command: process.execPath,
    args: [join(__dirname, 'ceiling', 'server.js')],
    env: { DATABASE_URL: databaseUrl, PORT: String(port) },
    logFile: join(logDir, 'ceiling.log'),
    url,
    ready: `${url}/`,
  });
}

/**
 * PostGraphile 5 on Node 22, both installed on demand into .data/bench/postgraphile. Null (with
 * the reason logged) when they cannot be installed or started: the run goes on without them.
 */
export async function startPostGraphile(
  databaseUrl: string,
  logDir: string,
  log: (line: string) => void,
): Promise<Server | null> {
  try {
    const { node, serverScript } = await ensurePostGraphile(join(logDir, 'postgraphile'), log);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    return await startServer({
      name: 'PostGraphile',
      command: node,
      args: [serverScript],
      env: { DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' },
      logFile: join(logDir, 'postgraphile.log'),
      url,
      ready: url,
    });
  } catch (error) {
    log(`PostGraphile left out: ${(error as Error).message}`);
    return null;
  }
}
