import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { prefixLines } from './log';

/** A redis-server this process started, and how to stop it. */
export interface RunningRedis {
  url: string;
  /** SIGTERM (Redis then closes its clients and exits); waits until it has. */
  stop: () => Promise<void>;
}

/** Where `redis-server` is: on the PATH (Debian's package puts it in /usr/bin), else null. */
export function findRedisServer(): string | null {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'];
  for (const folder of folders.filter(Boolean)) {
    const candidate = join(folder, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Starts `redis-server` on loopback at `port`, keeping nothing on disk: what the API keeps in
 * Redis (live updates in flight, rate-limit counts of the current minute) need not outlive it.
 * Its output goes to stdout with `name` before each line when `log` is set.
 */
export async function startRedisServer(
  port: number,
  { log = false, name = 'redis' }: { log?: boolean; name?: string } = {},
): Promise<RunningRedis> {
  const binary = findRedisServer();
  if (!binary) {
    throw new Error(
      'redis-server is not installed: on Debian or Ubuntu, apt-get install -y redis-server (or give REDIS_URL)',
    );
  }
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    // A process group of its own: a Ctrl-C at the terminal reaches only whoever started it, who
    // stops it last but one.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (/Ready to accept connections/.test(output)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`redis-server exited (${signal ?? code}):\n${output}`)),
    );
  });
  if (log) {
    prefixLines(name, child.stdout);
    prefixLines(name, child.stderr);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  const stopOnExit = () => child.kill('SIGTERM');
  process.on('exit', stopOnExit);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
