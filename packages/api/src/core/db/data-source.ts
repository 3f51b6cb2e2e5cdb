import 'reflect-metadata';
import { types } from 'pg';
import {
  DataSource,
  type DataSourceOptions as TypeOrmOptions,
  type Logger as TypeOrmLogger,
} from 'typeorm';
import { countStatement } from '../request-scope';
import { endPreparedReads } from './prepared-read';
import { markPublicOnly, PUBLIC_ROLE, PUBLISHED_SCHEMA } from './publication';
import { answerWithinMs, timeoutOptions, type DatabaseTimeouts } from './timeouts';
import { clientAnsweringWithin } from './answer-deadline';

// A SQL `date` is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL
// sends, rather than letting pg turn it into a Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** Feeds every statement to the per-request counter; logs slow-path details only on error. */
class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onError: (message: string, query: string) => void) {}
  logQuery(): void {
    countStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError(String(error instanceof Error ? error.message : error), query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  /** Every entity and migration of the API (the composition root gathers them from the modules). */
  entities: NonNullable<TypeOrmOptions['entities']>;
  migrations: NonNullable<TypeOrmOptions['migrations']>;
  onQueryError?: (message: string, query: string) => void;
  poolSize?: number;
  /**
   * Connect as the API's role but act as `samverkan_public`, which reads only what is public
   * (core/db/publication.ts): the connections of anonymous requests.
   */
  publicOnly?: boolean;
  /** Limits on the database's time for the API's requests; none for the owner's migrations. */
  timeouts?: DatabaseTimeouts;
}

/** TypeORM's data source, closing the pool of prepared reads (`preparedRead`) with its own. */
class ApiDataSource extends DataSource {
  override async destroy(): Promise<void> {
    await endPreparedReads(this);
    await super.destroy();
  }
}

/** The one way the API connects to PostgreSQL: migrations only, never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const { url, entities, migrations, onQueryError, poolSize = 10, publicOnly = false } = options;
  const startup = [
    ...(publicOnly ? [`-c role=${PUBLIC_ROLE} -c search_path=${PUBLISHED_SCHEMA},public`] : []),
    ...(options.timeouts ? [timeoutOptions(options.timeouts)] : []),
  ].join(' ');
  const dataSource = new ApiDataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: true,
    logger: new CountingLogger(onQueryError ?? (() => undefined)),
    extra: {
      max: poolSize,
      application_name: publicOnly ? 'samverkan-api-public' : 'samverkan-api',
      ...(startup ? { options: startup } : {}),
      ...(options.timeouts
        ? {
            connectionTimeoutMillis: options.timeouts.connectMs,
            Client: clientAnsweringWithin(answerWithinMs(options.timeouts)),
          }
        : {}),
    },
  });
  if (publicOnly) markPublicOnly(dataSource);
  return dataSource;
}
