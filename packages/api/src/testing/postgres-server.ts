import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import {
  appendFile,
  chmod,
  chown,
  cp,
  mkdir,
  mkdtemp,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../core/free-port';
import { packageRoot } from './package-root';

const SERVER_SCRIPT = join(packageRoot(__dirname), 'test', 'postgres-server.mjs');

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
 * A streaming replica (a hot standby) of the cluster in `primaryDir`, served by `primary`, on a
 * PostgreSQL of its own in a new folder: a base backup taken as `pg_basebackup` would (the
 * embedded package has none), between `pg_backup_start` and `pg_backup_stop`, with a replication
 * slot that keeps the WAL it needs. `pg_wal_replay_pause()` on it makes it lag at will.
 */
export async function startReplica(primary: PostgresServer, primaryDir: string) {
  const { dataDir, port } = await placeForPostgres('replica');
  const replicaDir = join(dataDir, 'postgres');
  const owner = await stat(primaryDir);
  const { hostname, port: primaryPort, username, password } = new URL(primary.url);
  const admin = new Client({ connectionString: primary.url });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_create_physical_replication_slot('replica', true)`);
    await admin.query(`SELECT pg_backup_start('replica', true)`);
    await cp(primaryDir, replicaDir, { recursive: true, preserveTimestamps: true });
    const { rows } = await admin.query<{ labelfile: string }>(
      'SELECT labelfile FROM pg_backup_stop()',
    );
    await writeFile(join(replicaDir, 'backup_label'), rows[0].labelfile);
  } finally {
    await admin.end();
  }
  // What belongs to the running primary, not to a copy: its process, and its WAL (streamed).
  await rm(join(replicaDir, 'postmaster.pid'), { force: true });
  await rm(join(replicaDir, 'pg_wal'), { recursive: true });
  await mkdir(join(replicaDir, 'pg_wal', 'archive_status'), { recursive: true });
  await writeFile(join(replicaDir, 'standby.signal'), '');
  await appendFile(
    join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=${hostname} port=${primaryPort} user=${username} password=${password}'\n` +
      `primary_slot_name = 'replica'\n`,
  );
  await chownTree(replicaDir, owner.uid, owner.gid);
  await chmod(replicaDir, 0o700);
  return startPostgresServer(replicaDir, port);
}

/** Gives a copied folder to the primary's owner (the server runs as a user of its own as root). */
async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid);
  if (!(await stat(path)).isDirectory()) return;
  for (const entry of readdirSync(path)) await chownTree(join(path, entry), uid, gid);
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
