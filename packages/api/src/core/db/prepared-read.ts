import { createHash } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { kept } from '../kept';
import { countStatement } from '../request-scope';

/** Each statement's name, by its text: a name is the same on every connection. */
const names = new Map<string, string>();

const nameOf = (sql: string) =>
  kept(names, sql, () => `prepared_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);

/** Each data source's pool of connections for prepared reads, made on first use. */
const pools = new WeakMap<DataSource, Pool>();

/**
 * A pool of its own, half the size of the data source's, whose connections always use a
 * statement's generic plan (`plan_cache_mode`): set on TypeORM's connections, that setting would
 * reach every unnamed statement too, and a generic plan of those is planned without their values
 * (a person page's memberships took 1.5 s).
 */
const poolOf = (dataSource: DataSource) =>
  kept(pools, dataSource, () => {
    const options = dataSource.options as PostgresDataSourceOptions;
    const size = Number(options.extra?.max ?? 10);
    const pool = new Pool({
      connectionString: options.url,
      max: Math.max(2, Math.ceil(size / 2)),
      application_name: `${options.extra?.application_name ?? 'samverkan-api'}-prepared`,
      options: `${options.extra?.options ?? ''} -c plan_cache_mode=force_generic_plan`.trim(),
      connectionTimeoutMillis: options.extra?.connectionTimeoutMillis,
      Client: options.extra?.Client,
    });
    // An idle connection lost (the server restarted): the pool replaces it on the next read.
    pool.on('error', (error) =>
      dataSource.logger.logQueryError(error, 'an idle connection of prepared reads'),
    );
    return pool;
  });

/** Closes the data source's pool of prepared reads, if it has one (the data source's `destroy`). */
export async function endPreparedReads(dataSource: DataSource): Promise<void> {
  const pool = pools.get(dataSource);
  pools.delete(dataSource);
  await pool?.end();
}

/**
 * A read statement run as a named prepared statement on connections that keep its generic plan:
 * PostgreSQL plans it once per connection, not on every call, so the statement must plan well
 * without its values (`search.plan.test.ts` checks search's generic plan). For statements whose
 * planning costs as much as their execution (search over one table: 1–4 ms of planning, a few of
 * execution), read on its own rather than in a page's round trip (`batchedRead`, which
 * prepares its statements too, on the data source's own connections). Callers keep the set of
 * texts small: every distinct text is prepared on every connection of the pool.
 */
export async function preparedRead<T extends object>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  countStatement();
  try {
    const result = await poolOf(dataSource).query<T>({
      name: nameOf(sql),
      text: sql,
      values: parameters,
    });
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, parameters);
    throw error;
  }
}

/**
 * A named prepared statement on the connection of the transaction `tx`: for a check that must see
 * what the transaction wrote, run on every write, whose planning would cost more than running it
 * (the area reach). Planned as that connection's plan cache decides; counted as a statement.
 */
export async function preparedInTransaction<T extends object>(
  tx: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  // A manager outside a transaction has no connection of its own: it asks the pool.
  if (!tx.queryRunner) return tx.query(sql, parameters);
  const client = (await tx.queryRunner.connect()) as PoolClient;
  countStatement();
  const result = await client.query<T>({ name: nameOf(sql), text: sql, values: parameters });
  return result.rows;
}
