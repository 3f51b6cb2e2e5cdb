import { join } from 'node:path';
import { API_NODE_FLAGS } from '../src/node-flags';
import { API_PACKAGE } from './paths';
import { ensurePostGraphile } from './postgraphile/install';
import { embeddedPostgres, startServer, type Server } from './processes';

/**
 * A contender as a process of its own on a free loopback port, on `databaseUrl`: its URL is
 * `path` on that port, and it is ready once `ready` (also a path) answers.
 */
async function startContender(options: {
  name: string;
  command: string;
  /** Node's flags before the script. */
  flags?: readonly string[];
  script: string;
  databaseUrl: string;
  logDir: string;
  env?: Record<string, string>;
  path: string;
  ready: string;
}): Promise<Server> {
  const port = await (await embeddedPostgres()).freePort();
  const origin = `http://127.0.0.1:${port}`;
  return startServer({
    name: options.name,
    command: options.command,
    args: [...(options.flags ?? []), options.script],
    env: {
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...options.env,
    },
    logFile: join(options.logDir, `${options.name.toLowerCase().replaceAll(' ', '-')}.log`),
    url: `${origin}${options.path}`,
    ready: `${origin}${options.ready}`,
  });
}

/**
 * Our API as deployed: the built `dist/main.js` in production mode, on the bench database. With
 * `countStatements` it tells each answer's SQL statements (`x-sql-statements`), which production
 * does not by default: counting runs every request in an AsyncLocalStorage, whose cost on Node 20
 * would be measured too, so the measured API does not count and a second one tells the counts.
 */
export function startApi(
  databaseUrl: string,
  logDir: string,
  options: { countStatements: boolean },
): Promise<Server> {
  return startContender({
    name: options.countStatements ? 'our API counting statements' : 'our API',
    command: process.execPath,
    flags: API_NODE_FLAGS,
    script: join(API_PACKAGE, 'dist', 'main.js'),
    databaseUrl,
    logDir,
    env: {
      NODE_ENV: 'production',
      SQL_STATEMENT_HEADER: String(options.countStatements),
      // The load comes from one address at thousands of requests a second, over 50 connections:
      // the limits are charged as for anyone (their cost is measured), but never met.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(1e9),
      RATE_LIMIT_SIGNED_IN_PER_MINUTE: String(1e9),
      MAX_CONCURRENT_PER_CALLER: String(1e6),
    },
    path: '/graphql',
    ready: '/health/ready',
  });
}

/** The bare SQL ceiling (ceiling/server.ts), compiled beside this file. */
export function startCeiling(databaseUrl: string, logDir: string): Promise<Server> {
  return startContender({
    name: 'ceiling',
    command: process.execPath,
    script: join(__dirname, 'ceiling', 'server.js'),
    databaseUrl,
    logDir,
    path: '',
    ready: '/',
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
    return await startContender({
      name: 'PostGraphile',
      command: node,
      script: serverScript,
      databaseUrl,
      logDir,
      path: '/graphql',
      ready: '/graphql',
    });
  } catch (error) {
    log(`PostGraphile left out: ${(error as Error).message}`);
    return null;
  }
}
