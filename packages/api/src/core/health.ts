import type { Router } from 'express';
import type { DataSource } from 'typeorm';

/** How long readiness waits for the database before it answers that it is not ready. */
const READY_WITHIN_MS = 2_000;

/**
 * `/health/live`: the process answers. `/health/ready`: the database answers and is migrated,
 * within its own time; the answers name no address (a probe's reader need not learn one).
 */
export function mountHealth(router: Router, dataSource: DataSource): void {
  router.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_request, response) => {
    try {
      const pending = await withinTime(
        (async () => {
          await dataSource.query('SELECT 1');
          return dataSource.showMigrations();
        })(),
      );
      if (pending) {
        response.status(503).json({ status: 'unavailable', reason: 'migrations are pending' });
        return;
      }
      response.json({ status: 'ok' });
    } catch (error) {
      const late = (error as Error).message === 'late';
      response.status(503).json({
        status: 'unavailable',
        reason: late
          ? `the database did not answer within ${READY_WITHIN_MS / 1000} s`
          : 'the database is unreachable',
      });
    }
  });
}

/** `work`, or a rejection when it takes longer than readiness waits. */
function withinTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('late')), READY_WITHIN_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
