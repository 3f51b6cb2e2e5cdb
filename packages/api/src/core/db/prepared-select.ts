import type {
  DataSource,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { kept } from '../kept';
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
  /** The named parameters in the order of the statement's `$1`, `$2`, … */
  private readonly parameters: string[];
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<E>,
    alias: string,
    parameterNames: string[],
    build: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns.filter((column) => !column.isVirtual);
    // Each parameter stands in as an object of its own, so its place in the statement shows.
    const standIns = new Map(parameterNames.map((name) => [{ parameter: name }, name]));
    const query = build(dataSource.getRepository(entity).createQueryBuilder(alias))
      .select(
        this.columns
          .map((column) => `"${alias}"."${column.databaseName}" AS "${column.propertyName}"`)
          .join(', '),
      )
      .setParameters(Object.fromEntries([...standIns].map(([standIn, name]) => [name, standIn])));
    const [sql, parameters] = query.getQueryAndParameters();
    this.sql = sql;
    this.parameters = parameters.map((standIn) => {
      const name = standIns.get(standIn as { parameter: string });
      if (!name) throw new Error(`A parameter of "${sql}" was not named in ${parameterNames}`);
      return name;
    });
  }

  async run(values: Record<string, unknown>): Promise<E[]> {
    const rows = await batchedRead(
      this.dataSource,
      this.sql,
      this.parameters.map((name) => values[name]),
    );
    const { driver } = this.dataSource;
    return rows.map((row) => {
      const entity = this.metadata.create() as Record<string, unknown>;
      for (const column of this.columns) {
        entity[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
      }
      return entity as E;
    });
  }
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
