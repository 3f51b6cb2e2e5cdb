import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { packageRoot } from './package-root';
import { API_NODE_FLAGS } from '../node-flags';

/**
 * The built API as a real child process, for the clients' end-to-end tests (CLI, web client):
 * imported as `@samverkan/api/testing/api-process`. turbo builds the API before their tests.
 */
const API_MAIN = join(packageRoot(__dirname), 'dist', 'main.js');
const READY = /Samverkan API ready: GraphQL at (\S+)/;
/** The one-time admin token the API prints (before the ready line) on a fresh database. */
export const ADMIN_TOKEN = /An admin API token was created[^\n]*\n\s*\n\s*(svk_[\w-]+)/;
/** The one-time link to become the first admin, printed on start until it is used. */
export const FIRST_ADMIN_LINK = /(https?:\/\/\S+\/invitation#svi_[\w-]+)/;
const START_TIMEOUT_MS = 60_000;

export interface RunningApi {
  /** The GraphQL address the API printed. */
  url: string;
  /** The database it was started on (by `startApi`), as the test server's owner. */
  databaseUrl?: string;
  /** The API's process, for tests of how it meets signals. */
  process: ChildProcess;
  /** What it has written to stdout and stderr so far. */
  output: () => string;
  /** The admin token the API created on start, for tests that write through the API. */
  adminToken?: string;
  /** The link to become the first admin that the API printed on start. */
  firstAdminLink?: string;
  stop: () => Promise<void>;
}

export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Resolves with the URL from the API's ready line; rejects if it exits or takes too long. */
function waitForReady(
  child: ChildProcess,
  output: { stdout: string; stderr: string },
): Promise<{ url: string; adminToken?: string; firstAdminLink?: string }> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Error(`the API did not start: ${reason}\n${output.stderr}`));
    };
    const timer = setTimeout(
      () => fail(`no ready line in ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', () => {
      const match = READY.exec(output.stdout);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          adminToken: ADMIN_TOKEN.exec(output.stdout)?.[1],
          firstAdminLink: FIRST_ADMIN_LINK.exec(output.stdout)?.[1],
        });
      }
    });
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? code})`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Creates a fresh database on the test server and starts the real API on it as a child process,
 * on a free port. The API migrates the database and loads its seed data on start (unless
 * `seed: false`: an empty register), with `env` beside the tests' own settings.
 */
export async function startApi(
  databasePrefix: string,
  {
    seed = true,
    env = {},
    whileStarting,
  }: {
    seed?: boolean;
    env?: Record<string, string>;
    whileStarting?: (output: () => string) => Promise<void>;
  } = {},
): Promise<RunningApi> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set (jest globalSetup sets it)');
  const database = `${databasePrefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${database}`;

  const api = await spawnApi(
    { DATABASE_URL: databaseUrl.href, LOAD_SEED: String(seed), ...env },
    {
      whileStarting,
      cleanUp: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    },
  );
  return { ...api, databaseUrl: databaseUrl.href };
}

/**
 * Starts the built API as a child process on a free port with `env` (beside the tests' own:
 * `DATABASE_URL`, or the embedded PostgreSQL's `DATA_DIR` and port) and waits for its ready line
 * (and for `whileStarting`, given its output so far, to end); `stop` ends it (SIGTERM), then runs
 * `cleanUp`.
 */
export async function spawnApi(
  env: Record<string, string>,
  {
    cleanUp = async () => {},
    whileStarting = async () => {},
  }: {
    cleanUp?: () => Promise<void>;
    whileStarting?: (output: () => string) => Promise<void>;
  } = {},
): Promise<RunningApi> {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // The web client's about and accessibility pages show it.
      CONTACT_EMAIL: 'samverkan@example.se',
      // A browser driven by tests reads far faster than a person: limits no test is about.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(1e6),
      RATE_LIMIT_SIGNED_IN_PER_MINUTE: String(1e6),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const stop = async () => {
    await stopChild(child);
    await cleanUp();
  };
  try {
    const [ready] = await Promise.all([
      waitForReady(child, output),
      whileStarting(() => output.stdout + output.stderr),
    ]);
    return {
      ...ready,
      process: child,
      output: () => output.stdout + output.stderr,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
