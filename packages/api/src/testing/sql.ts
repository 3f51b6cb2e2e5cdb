import { Client } from 'pg';

/** Runs one statement on a connection of its own to `url`, and returns its rows. */
export async function queryAt<R extends Record<string, any>>(
  url: string,
  text: string,
  values?: unknown[],
): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` while another session holds `table` locked, so that an operation reading it waits
 * (inside its turn, holding whatever it took); `unlock` lets it go.
 */
export async function whileLocked(
  url: string,
  table: string,
  work: (unlock: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const locker = new Client({ connectionString: url });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await work(() => locker.query('COMMIT'));
  } finally {
    await locker.end();
  }
}
