import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_PACKAGE } from './paths';

/** A server the benchmark started; `stop` ends it (SIGTERM, then SIGKILL after 5 s). */
export interface Server {
  name: string;
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Starts `command` with its output in `logFile`, and waits until `ready` (a URL) answers (any status below 500).
 * A process that exits first fails with its log's last lines.
 */
export async function startServer(options: {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  logFile: string;
  url: string;
  ready: string;
}): Promise<Server> {
  const log = openSync(options.logFile, 'w');
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answered = await fetch(options.ready).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) break;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 250, 'running'))]);
    if (code !== 'running' || Date.now() > deadline) {
      child.kill('SIGKILL');
      const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${options.name} did not start (see ${options.logFile}):\n${tail}`);
    }
  }
  return {
    name: options.name,
    url: options.url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident memory of a process now (VmRSS), in MB; 0 once it has gone. */
export function residentMegabytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's resident memory every 50 ms while `work` runs; returns the peak too. */
export async function withPeakMemory<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakMegabytes: number }> {
  let peak = residentMegabytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 50);
  try {
    const result = await work();
    return { result, peakMegabytes: Math.max(peak, residentMegabytes(pid)) };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The API's `embedded-postgres.mjs` (ESM): PostgreSQL for the bench, and free loopback ports. */
export function embeddedPostgres(): Promise<{
  freePort: () => Promise<number>;
  startEmbeddedPostgres: (options: object) => Promise<{ url: string; stop: () => Promise<void> }>;
}> {
  return import(pathToFileURL(join(API_PACKAGE, 'embedded-postgres.mjs')).href);
}
