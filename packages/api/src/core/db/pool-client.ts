import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs `work` on a connection of the data source's pool, handed back afterwards: for reads that
 * need pg itself (several statements in one round trip, named prepared statements), outside any
 * transaction.
 */
export async function withPoolClient<T>(
  dataSource: DataSource,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [
    PoolClient,
    (error?: Error) => void,
  ];
  try {
    return await work(client);
  } finally {
    release();
  }
}

/** The data source's pool of connections (TypeORM's), for its figures; none once destroyed. */
export function poolOf(dataSource: DataSource): Pool | undefined {
  return (dataSource.driver as PostgresDriver).master as Pool | undefined;
}
