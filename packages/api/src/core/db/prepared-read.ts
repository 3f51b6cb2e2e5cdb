import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { countStatement } from '../request-scope';

/** Each statement's name, by its text: a name is the same on every connection. */
const names = new Map<string, string>();

const nameOf = (sql: string) => {
  let name = names.get(sql);
  if (!name) {
    name = `prepared_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
};

/**
 * A read statement run as a named prepared statement. PostgreSQL plans an unnamed statement on
 * every call; a named one is planned once per connection, generically (the API's connections set
 * `plan_cache_mode` so: see `createDataSource`), so the statement must plan well without its
 * values (`search.plan.test.ts` checks search's generic plan). For statements whose planning costs as much as their
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
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [
    PoolClient,
    (error?: Error) => void,
  ];
  try {
    const result = await client.query<T>({ name: nameOf(sql), text: sql, values: parameters });
    release();
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    release();
    throw error;
  }
}
