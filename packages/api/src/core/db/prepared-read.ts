import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { kept } from '../kept';
import { countStatement } from '../request-scope';
import { withPoolClient } from './pool-client';

/** Each statement's name, by its text: a name is the same on every connection. */
const names = new Map<string, string>();

const nameOf = (sql: string) =>
  kept(names, sql, () => `prepared_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);

/**
 * A read statement run as a named prepared statement. PostgreSQL plans an unnamed statement on
 * every call; a named one is kept per connection, and after five calls PostgreSQL may keep a
 * generic plan for it, so the statement must plan well without its values too
 * (`search.plan.test.ts` checks search's generic plan). For statements whose planning costs as much as their
 * execution (search over one table: 4 ms of planning, a few of execution), not for the many
 * small reads a page's loaders batch into one round trip (`batchedRead`). Callers keep the set
 * of texts small: every distinct text is prepared on every connection of the pool.
 */
export async function preparedRead<T extends object>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  countStatement();
  try {
    const result = await withPoolClient(dataSource, (client) =>
      client.query<T>({ name: nameOf(sql), text: sql, values: parameters }),
    );
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw error;
  }
}
