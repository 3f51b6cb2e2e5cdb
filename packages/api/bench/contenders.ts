import { join } from 'node:path';
import { API_PACKAGE } from './paths';
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
