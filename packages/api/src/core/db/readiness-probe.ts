import { Pool } from 'pg';
import { clientAnsweringWithin } from './answer-deadline';

/** How long readiness waits for the database before it answers that it is not ready. */
export const READY_WITHIN_MS = 2_000;

export interface DatabaseProbe {
  /** Null when the database answers within `READY_WITHIN_MS` and holds every migration; else why not. */
  check(): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * Asks the database on a connection of its own, so that a probe neither waits behind the
 * requests for one of theirs nor holds one of theirs while the database does not answer.
 */
export function databaseProbe(url: string, migrations: string[]): DatabaseProbe {
  const pool = new Pool({
    connectionString: url,
    max: 1,
    application_name: 'samverkan-api-readiness',
    connectionTimeoutMillis: READY_WITHIN_MS,
    Client: clientAnsweringWithin(READY_WITHIN_MS),
  });
  // An idle connection lost (the server restarted): the next check connects again.
  pool.on('error', () => undefined);
  return {
    async check() {
      const started = Date.now();
      try {
        const { rows } = await pool.query<{ name: string }>('SELECT name FROM migrations');
        const applied = new Set(rows.map(({ name }) => name));
        return migrations.some((name) => !applied.has(name)) ? 'migrations are pending' : null;
      } catch {
        return Date.now() - started >= READY_WITHIN_MS
          ? `the database did not answer within ${READY_WITHIN_MS / 1000} s`
          : 'the database is unreachable';
      }
    },
    close: () => pool.end(),
  };
}
