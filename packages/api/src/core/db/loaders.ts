import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { kept } from '../kept';
import { PreparedSelect, preparedSelect } from './prepared-select';

/** The prepared select of `entity`'s records (alias `record`) meeting `condition`. */
function recordsWhere<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  condition: string,
): PreparedSelect<E> {
  return preparedSelect(
    dataSource,
    entity,
    condition,
    () =>
      new PreparedSelect(dataSource, entity, 'record', parameterNames(condition), (q) =>
        q.where(condition),
      ),
  );
}

/** Loads records of one entity by id, one statement per batch. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  const statement = recordsWhere(dataSource, entity, 'record.id = ANY(:ids)');
  return new DataLoader(async (ids) => {
    const rows = await statement.run({ ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The record of `entity` with this slug, or else the one that had it before (`former_slug`), or
 * null: a statement prepared once per entity (see `PreparedSelect`), read with the other reads of
 * this turn. Outside transactions.
 */
export async function recordBySlug<E extends ObjectLiteral & { slug: string }>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  slug: string,
): Promise<E | null> {
  const table = dataSource.getMetadata(entity).tableName;
  const records = await recordsWhere(
    dataSource,
    entity,
    `record.slug = :slug OR record.id = (SELECT former.record_id FROM former_slug former
       WHERE former.record_table = '${table}' AND former.slug = :slug)`,
  ).run({ slug });
  return records.find((record) => record.slug === slug) ?? records[0] ?? null;
}

/**
 * Loads the rows of `entity` that belong to each parent (`parentColumn` = the key), in one
 * statement per batch, optionally narrowed by a condition such as `validOn(alias)`.
 */
export function childrenLoader<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  options: {
    alias: string;
    parentColumn: string;
    parentProperty: keyof E & string;
    where?: [string, Record<string, unknown>];
    /** Sort keys; nulls come first unless a key says 'NULLS LAST'. */
    orderBy: [string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?][];
    /** The rows as the register said them at `at` (an ISO instant), read from the audit log. */
    knownAt?: { recordType: string; at: string } | null;
  },
): DataLoader<string, E[]> {
  const { alias, parentColumn, where, orderBy, knownAt } = options;
  const shape = JSON.stringify([alias, parentColumn, where?.[0], orderBy, knownAt?.recordType]);
  const statement = preparedSelect(
    dataSource,
    entity,
    shape,
    () =>
      new PreparedSelect(
        dataSource,
        entity,
        alias,
        ['parentIds', ...parameterNames(where?.[0] ?? '')],
        (query) => {
          // `IS NOT NULL` said outright: a generic plan (see `batchedRead`) cannot tell it from
          // `= ANY($1)` with an array it does not know, and the parent indexes are partial.
          query.where(
            `${alias}.${parentColumn} = ANY(:parentIds) AND ${alias}.${parentColumn} IS NOT NULL`,
          );
          if (where) query.andWhere(where[0]);
          orderBy.forEach(([column, direction, nulls]) =>
            query.addOrderBy(column, direction, nulls ?? 'NULLS FIRST'),
          );
          return query;
        },
        knownAt ?? undefined,
      ),
  );
  return groupedLoader(async (parentIds) => {
    const rows = await statement.run({ ...where?.[1], parentIds, knownAt: knownAt?.at });
    return rows.map((row) => ({ key: row[options.parentProperty] as string, value: row }));
  });
}

/**
 * The named parameters (`:asOf`) of a condition, from its text rather than from one call's values:
 * the statement is built once for every later call, whichever values they leave out.
 */
function parameterNames(condition: string): string[] {
  return [
    ...new Set([...condition.matchAll(/(?<![:\w]):([A-Za-z_]\w*)/g)].map((match) => match[1])),
  ];
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

/**
 * One DataLoader per distinct set of arguments (e.g. `{ asOf, role }`), created on first use:
 * fields that take arguments still batch across all parents asking with the same arguments.
 */
export function loaderFamily<A extends object, K, V>(
  make: (args: A) => DataLoader<K, V>,
): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args) => kept(loaders, JSON.stringify(args), () => make(args));
}

/** Loaded records that exist, in order (a DataLoader's `loadMany` gives errors and nulls too). */
export function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}

/** How to make each of a request's DataLoaders, by name. */
export type LoaderFactories = Record<string, () => unknown>;

/** The loaders the factories make, by the same names. */
export type LoadersOf<F> = { readonly [K in keyof F]: F[K] extends () => infer L ? L : never };

/**
 * Makes one request's loaders: an object whose properties create their DataLoader when first
 * read, so a request pays only for the loaders it uses. The getters live on one prototype, made
 * once; a request's object holds just the loaders it made.
 */
export function requestLoaders<F extends LoaderFactories>(factories: F): () => LoadersOf<F> {
  const prototype = {};
  for (const [name, make] of Object.entries(factories)) {
    Object.defineProperty(prototype, name, {
      get(this: object) {
        const loader = make();
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return () => Object.create(prototype) as LoadersOf<F>;
}
