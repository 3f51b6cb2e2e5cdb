import type {
  DataSource,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { kept } from '../kept';
import { knownRows } from './known-rows';
import { batchedRead } from './read-batch';

type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * A SELECT of one entity's rows whose SQL TypeORM builds once, not for every batch: building it
 * (resolving property names, escaping, aliasing every column) cost more of a small request's CPU
 * than running it. `build` shapes the query with named parameters (`:ids`), `run` fills them in.
 * Rows become entities column by column, as TypeORM hydrates them; our entities have no
 * relations, embedded columns or transformers, which this does not handle.
 */
export class PreparedSelect<E extends ObjectLiteral> {
  private readonly sql: string;
  /** The named parameters in the order of the statement's `$1`, `$2`, …: set before `sql`. */
  private readonly parameters: string[];
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  /** Those of `columns` whose values hydrating changes (see `hydrate`). */
  private readonly converted: ColumnMetadata[];
  /**
   * Keys and a parent's rows (`childrenLoader`'s conditions plan well without their values) run
   * on their generic plan; a read of the audit log as known at a moment is planned with its values.
   */
  private readonly genericPlan: boolean;

  /**
   * With `knownAt` (the record type the audit log names its rows by), the rows come not from the
   * table but from the audit log as it stood at the named parameter `knownAt`
   * (`audit_known_rows`, migration KnownAt): what the register said then.
   */
  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    alias: string,
    parameterNames: string[],
    build: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>,
    knownAt?: { recordType: string },
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = storedColumns(this.metadata);
    this.converted = convertedColumns(this.columns);
    // Each parameter stands in as an object of its own, so its place in the statement shows.
    const standIns = new Map(parameterNames.map((name) => [{ parameter: name }, name]));
    const query = selectColumns(
      build(dataSource.getRepository(entity).createQueryBuilder(alias)),
      this.columns,
    ).setParameters(Object.fromEntries([...standIns].map(([standIn, name]) => [name, standIn])));
    const [sql, parameters] = query.getQueryAndParameters();
    this.parameters = parameters.map((standIn) => {
      const name = standIns.get(standIn as { parameter: string });
      if (!name) throw new Error(`A parameter of "${sql}" was not named in ${parameterNames}`);
      return name;
    });
    this.sql = knownAt ? this.asKnownAt(sql, alias, knownAt.recordType) : sql;
    this.genericPlan = !knownAt;
  }

  /** `sql` reading the rows as the audit log had them at the parameter `knownAt`, appended. */
  private asKnownAt(sql: string, alias: string, recordType: string): string {
    const table = `FROM "${this.metadata.tableName}" "${alias}"`;
    if (!sql.includes(table)) throw new Error(`No "${table}" in "${sql}" to read as known`);
    this.parameters.push('knownAt');
    const known = knownRows(recordType, this.metadata.tableName, `$${this.parameters.length}`);
    return sql.replace(table, `FROM (${known}) "${alias}"`);
  }

  async run(values: Record<string, unknown>): Promise<E[]> {
    const rows = await batchedRead(
      this.dataSource,
      this.sql,
      this.parameters.map((name) => values[name]),
      { genericPlan: this.genericPlan },
    );
    return hydrate(this.dataSource, this.metadata, this.converted, rows);
  }
}

const storedColumns = (metadata: EntityMetadata) =>
  metadata.columns.filter((column) => !column.isVirtual);

/** The query selecting its entity's columns as their property names (`"a"."short_name" AS "shortName"`). */
function selectColumns<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  columns: ColumnMetadata[],
): SelectQueryBuilder<E> {
  return query.select(
    columns
      .map((column) => `"${query.alias}"."${column.databaseName}" AS "${column.propertyName}"`)
      .join(', '),
  );
}

/**
 * Column types whose values node-postgres reads as TypeORM would hydrate them (a date as its
 * text: see data-source.ts), also as arrays: hydrating them is copying.
 */
const READ_AS_HYDRATED = new Set([
  'uuid',
  'text',
  'boolean',
  'int4',
  'integer',
  'bigint',
  'double precision',
  'jsonb',
  'date',
  'timestamptz',
]);

/** The columns whose values TypeORM would change while hydrating them. */
const convertedColumns = (columns: ColumnMetadata[]) =>
  columns.filter((column) => column.transformer || !READ_AS_HYDRATED.has(column.type as string));

/**
 * Rows (whose keys are the entity's property names) become entities as TypeORM hydrates them:
 * copied at once, and the columns TypeORM would convert converted. Column by column through
 * TypeORM's conversion took 4 % of a strategy page's CPU.
 */
function hydrate<E>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  converted: ColumnMetadata[],
  rows: Record<string, unknown>[],
): E[] {
  const { driver } = dataSource;
  return rows.map((row) => {
    const entity = Object.assign(metadata.create(), row) as Record<string, unknown>;
    for (const column of converted) {
      entity[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
    }
    return entity as E;
  });
}

/**
 * A query's entities, like `getMany()`, read with the other reads of this turn (see
 * `batchedRead`): for reads outside transactions (a query built on a transaction's manager would
 * read beside it), selecting no joined entities.
 */
export async function batchedMany<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
): Promise<E[]> {
  return (await batchedManyWith(query, {})).map((row) => row.entity);
}

/**
 * A query's entities, each with the values of `extra` (alias → SQL expression) of its row, like
 * `getRawAndEntities()` read with the other reads of this turn (see `batchedRead`): one pair per
 * row, so an entity found twice (through two joined rows) comes twice.
 */
export async function batchedManyWith<E extends ObjectLiteral, X extends Record<string, unknown>>(
  query: SelectQueryBuilder<E>,
  extra: Record<keyof X & string, string>,
): Promise<{ entity: E; extra: X }[]> {
  const { metadata } = query.expressionMap.mainAlias!;
  const columns = storedColumns(metadata);
  const selected = selectColumns(query.clone(), columns);
  for (const [alias, sql] of Object.entries(extra)) selected.addSelect(sql, alias);
  const rows = await batchedRead(query.connection, ...selected.getQueryAndParameters());
  // `hydrate` copies whole rows: the entity's part of each, when there is more.
  const entityRows = Object.keys(extra).length
    ? rows.map((row) => Object.fromEntries(columns.map(({ propertyName: p }) => [p, row[p]])))
    : rows;
  const entities = hydrate<E>(query.connection, metadata, convertedColumns(columns), entityRows);
  return entities.map((entity, index) => ({
    entity,
    extra: Object.fromEntries(Object.keys(extra).map((alias) => [alias, rows[index][alias]])) as X,
  }));
}

/** A query's rows, like `getRawMany()`, read with the other reads of this turn (see `batchedRead`). */
export function batchedRawMany<T extends object>(
  query: SelectQueryBuilder<ObjectLiteral>,
): Promise<T[]> {
  return batchedRead<T>(query.connection, ...query.getQueryAndParameters());
}

/**
 * One `PreparedSelect` per data source, entity and shape (`shape` names what `make` builds),
 * made on first use: loaders are made for every request, their statements once per process.
 */
export function preparedSelect<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  shape: string,
  make: () => PreparedSelect<E>,
): PreparedSelect<E> {
  const byEntity = kept(preparedSelects, dataSource, () => new Map());
  const byShape = kept(byEntity, entity, () => new Map());
  return kept(byShape, shape, make) as PreparedSelect<E>;
}

const preparedSelects = new WeakMap<
  DataSource,
  Map<EntityTarget<ObjectLiteral>, Map<string, PreparedSelect<ObjectLiteral>>>
>();
