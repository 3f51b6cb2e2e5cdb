import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../core/free-port';

const SERVER_SCRIPT = join(__dirname, '..', '..', 'test', 'postgres-server.mjs');

/**
 * A new temporary folder and a free port for an embedded PostgreSQL (its data goes in the
 * folder's `postgres`), which runs as a user of its own when the tests run as root: it may
 * reach the folder.
 */
export async function placeForPostgres(name: string): Promise<{ dataDir: string; port: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), `samverkan-${name}-`));
  await chmod(dataDir, 0o755);
  return { dataDir, port: await freePort() };
}

export interface PostgresServer {
  /** The database `samverkan` on it, as its owner. */
  url: string;
  /** SIGSTOP to every process of the server: it keeps its connections and answers nothing. */
  freeze(): void;
  /** SIGCONT: it answers again. */
  thaw(): void;
  /** SIGKILL to every process of the server, as a crash would; waits until it is gone. */
  kill(): Promise<void>;
  /** A fast shutdown, as an operator's; waits until it is done. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL of the test's own, in `databaseDir` on `port` (the cluster is made on
 * first use, with a database `samverkan`): started again on the same folder and port, it has
 * the same data (after recovery, when it was killed).
 */
export async function startPostgresServer(
  databaseDir: string,
  port: number,
): Promise<PostgresServer> {
  const child = spawn(process.execPath, [SERVER_SCRIPT, databaseDir, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const pid = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const ready = /ready (\d+)/.exec(stdout);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL did not start (${code}): ${stderr}`)),
    );
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const server = `postgres://samverkan:samverkan@127.0.0.1:${port}`;
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'samverkan'`);
  if (!rowCount) await admin.query('CREATE DATABASE samverkan');
  await admin.end();
  const gone = async () => {
    // The server's processes leave one by one: it is gone when it takes no connection.
    for (let tries = 0; tries < 500; tries += 1) {
      const probe = new Client({ connectionString: `${server}/postgres` });
      probe.on('error', () => undefined);
      const refused = await probe.connect().then(
        () => probe.end().then(() => false),
        () => true,
      );
      if (refused) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('PostgreSQL is still there');
  };
  return {
    url: `${server}/samverkan`,
    // The postmaster first, so that it starts no process meanwhile.
    freeze: () => signalServer(pid, 'SIGSTOP'),
    thaw: () => signalServer(pid, 'SIGCONT'),
    async kill() {
      signalServer(pid, 'SIGKILL');
      await exited;
      await gone();
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Sends `signal` to the postmaster `pid` and each of its processes: every backend is a process
 * group of its own (PostgreSQL makes them so), so the postmaster's group is the postmaster alone.
 */
function signalServer(pid: number, signal: NodeJS.Signals): void {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of stat is the parent's pid (after the command, which is in parentheses).
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
  for (const target of [pid, ...children]) {
    try {
      process.kill(target, signal);
    } catch {
      // ended meanwhile; a server gone (killed, stopped) is not frozen either
    }
  }
}
