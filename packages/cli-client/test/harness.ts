import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '@samverkan/api/testing/api-process';

/** The built CLI: the test script compiles it before jest runs. */
export const BIN = join(__dirname, '..', 'dist', 'bin.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/bin.js …args` with `env` over the test's environment, without its token. */
export function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('SAMVERKAN_TOKEN' in env)) delete childEnv.SAMVERKAN_TOKEN;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: childEnv }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The table's data rows: the lines between the header and the blank line before the summary. */
export function rows(stdout: string): string[] {
  const lines = stdout.split('\n');
  return lines.slice(1, lines.indexOf(''));
}

/** The last line a command printed: a list's summary. */
export const summary = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

export interface Cli {
  /** The real API on a fresh database, started before the file's tests. */
  api: RunningApi;
  /** The CLI's configuration folder in these tests (XDG_CONFIG_HOME): never the user's own. */
  configHome: string;
  /** Runs the CLI against the test API unless `env` says otherwise. */
  samverkan: (args: string[], env?: Record<string, string>) => Promise<Run>;
  /** The API's answer to a document sent with the admin token it printed on start. */
  asAdmin: (query: string, variables?: Record<string, unknown>) => Promise<any>;
}

/**
 * Starts the real API (which migrates and seeds its database, unless `seed: false`) before the
 * file's tests and stops it after them. The returned object is filled in once the API runs.
 */
export function useCli(databasePrefix: string, options: { seed?: boolean } = {}): Cli {
  const cli = {
    samverkan: (args: string[], env: Record<string, string> = {}) =>
      run(args, { XDG_CONFIG_HOME: cli.configHome, SAMVERKAN_URL: cli.api.url, ...env }),
    asAdmin: async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(cli.api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${cli.api.adminToken}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: any }).data;
    },
  } as Cli;

  beforeAll(async () => {
    cli.configHome = await mkdtemp(join(tmpdir(), 'samverkan-cli-config-'));
    cli.api = await startApi(databasePrefix, options);
  }, 90_000);

  afterAll(async () => {
    await cli.api?.stop();
    await rm(cli.configHome, { recursive: true, force: true });
  });

  return cli;
}
