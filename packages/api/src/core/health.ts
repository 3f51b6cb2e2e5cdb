import type { Router } from 'express';
import type { DataSource } from 'typeorm';

/** `/health/live`: the process answers. `/health/ready`: the database answers and is migrated. */
export function mountHealth(router: Router, dataSource: DataSource): void {
  router.get('/health/live', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) {
        response.status(503).json({ status: 'unavailable', reason: 'migrations are pending' });
        return;
      }
      response.json({ status: 'ok' });
    } catch (error) {
      response.status(503).json({
        status: 'unavailable',
        reason: `database unreachable: ${(error as Error).message}`,
      });
    }
  });
}
