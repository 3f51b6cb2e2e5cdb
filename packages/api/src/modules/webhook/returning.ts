import type { DataSource, EntityManager } from 'typeorm';

/**
 * The rows an UPDATE or DELETE … RETURNING gives: TypeORM answers those statements with the rows
 * and the count (an INSERT's with the rows alone).
 */
export async function changedRows<T>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const [rows] = await db.query<[T[], number]>(sql, parameters);
  return rows;
}
