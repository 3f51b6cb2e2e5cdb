import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ADMIN_TOKEN, FIRST_ADMIN_LINK, onServer } from './api-process';
import { waitFor } from './subscriptions';

/** The built cluster (`pnpm start:cluster`'s dist/cluster/main.js) as a real process. */
const CLUSTER_MAIN = join(__dirname, '..', '..', 'dist', 'cluster', 'main.js');
const READY = /Samverkan cluster ready: (\S+)\/ \(\d+ API processes on ports ([\d, ]+);/;
/** The line the cluster writes each time it starts an API process. */
const STARTED = /\[cluster\]\s+(api-\d+): process (\d+) on port (\d+)/g;

export interface RunningCluster {
  /** The proxy's address (no path). */
  url: string;
  /** Each API process's own address, in order (api-1 first). */
  replicas: string[];
  adminToken: string;
  firstAdminLink: string;
  process: ChildProcess;
  output: () => string;
  /** The process id of the API process `name` (api-1 …) started last. */
  pidOf: (name: string) => number;
  /** SIGTERM, then drops the database. Resolves with the cluster's exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts the cluster on a fresh database of the test server (an empty register: no seed data
 * set) with `env` beside the tests' own, and waits for its ready line.
 */
export async function startCluster(env: Record<string, string>): Promise<RunningCluster> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set (jest globalSetup sets it)');
  const database = `cluster_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${database}`;
  const child = spawn(process.execPath, [CLUSTER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.href,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOAD_SEED: 'false',
      SHUTDOWN_GRACE_MS: '2000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exited;
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    return code;
  };
  try {
    await waitFor(
      () => READY.test(output) || child.exitCode !== null,
      'the cluster to be ready',
      60_000,
    );
    const ready = READY.exec(output);
    if (!ready) throw new Error(`the cluster did not start:\n${output}`);
    // The migration step's lines, without their prefix.
    const plain = output.replace(/^\[[\w-]+\] +/gm, '');
    return {
      url: ready[1],
      replicas: ready[2].split(', ').map((port) => `http://127.0.0.1:${port}`),
      adminToken: ADMIN_TOKEN.exec(plain)![1],
      firstAdminLink: FIRST_ADMIN_LINK.exec(plain)![1],
      process: child,
      output: () => output,
      pidOf: (name) => {
        const started = [...output.matchAll(STARTED)].filter((match) => match[1] === name);
        return Number(started[started.length - 1][2]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
