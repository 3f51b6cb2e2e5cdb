import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { API_NODE_FLAGS } from '../node-flags';
import { logLine, prefixLines } from './log';

/** The API's entry point, from src/cluster or dist/cluster alike. */
export const API_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

/** The first wait before a restart, doubled after each crash up to `MAX_BACKOFF_MS`. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 15_000;
/** A process that ran this long before it died starts again with the first wait. */
const STABLE_AFTER_MS = 30_000;

/**
 * One API process the cluster runs (`node dist/main.js` on a port of its own) and keeps running:
 * when it dies other than by `stop`, it is started again after a wait that doubles with each
 * crash in a row. Its output goes to stdout, each line after its name.
 */
export class Replica {
  private child: ChildProcess | null = null;
  private stopping = false;
  private backoffMs = FIRST_BACKOFF_MS;
  private restartTimer: NodeJS.Timeout | null = null;
  /** How many times it was started; tests wait for a restart with it. */
  starts = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The running process's id, or null between a crash and the restart. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(): void {
    const startedAt = Date.now();
    this.starts += 1;
    const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own: a Ctrl-C at the terminal reaches the cluster only, which
      // stops its processes in order.
      detached: true,
    });
    this.child = child;
    logLine('cluster', `${this.name}: process ${child.pid} on port ${this.port}`);
    const stopOnExit = () => child.kill('SIGTERM');
    process.on('exit', stopOnExit);
    prefixLines(this.name, child.stdout);
    prefixLines(this.name, child.stderr);
    child.once('exit', (code, signal) => {
      process.off('exit', stopOnExit);
      this.child = null;
      if (this.stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) this.backoffMs = FIRST_BACKOFF_MS;
      logLine(
        'cluster',
        `${this.name} exited (${signal ?? code}); starting it again in ${this.backoffMs} ms`,
      );
      this.restartTimer = setTimeout(() => {
        this.restartTimer = null;
        this.start();
      }, this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    });
  }

  /**
   * SIGTERM, and waits for the process to have drained and ended (the API's own shutdown: its
   * requests in flight finished, WebSockets closed); SIGKILL after `killAfterMs`.
   */
  async stop(killAfterMs: number): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
