import type { Router } from 'express';

/** What keeps the API from being ready, or null when it is. */
export type ReadinessProbe = () => Promise<string | null>;

/**
 * Whether the API should be sent requests: not while it starts (until `ready()`: migrations
 * applied and the first seed load done), nor once it stops (`stopping()`), nor while its
 * database does not answer (the probe, asked on every check).
 */
export class Readiness {
  private phase: 'starting' | 'ready' | 'stopping' = 'starting';

  constructor(private readonly probe: ReadinessProbe) {}

  ready(): void {
    if (this.phase === 'starting') this.phase = 'ready';
  }

  stopping(): void {
    this.phase = 'stopping';
  }

  /** Null when ready, else why not. */
  async check(): Promise<string | null> {
    if (this.phase === 'starting') return 'the API is starting (migrations, seed data)';
    if (this.phase === 'stopping') return 'the API is shutting down';
    return this.probe();
  }
}

/**
 * `/health/live`: the process answers. `/health/ready`: 200 when `readiness` finds nothing
 * amiss, else 503 with the reason; the answers name no address (a probe's reader need not learn
 * one).
 */
export function mountHealth(router: Router, readiness: Readiness): void {
  router.get('/health/live', (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    const reason = await readiness.check();
    if (reason) response.status(503).json({ status: 'unavailable', reason });
    else response.json({ status: 'ok' });
  });
}
