import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/** Loads records of one entity by id, one statement per batch. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads lists keyed by a parent id, one statement per batch; `fetch` returns (key, value) pairs. */
export function groupedLoader<V>(
  fetch: (keys: string[]) => Promise<{ key: string; value: V }[]>,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
    for (const { key, value } of await fetch([...keys])) groups.get(key)?.push(value);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
