import { createDataSource, type DataSourceOptions } from './core/db/data-source';
import { ENTITIES, MIGRATIONS } from './modules';

/** The API's connection to PostgreSQL, with every module's entities and migrations. */
export function createApiDataSource(options: Omit<DataSourceOptions, 'entities' | 'migrations'>) {
  return createDataSource({ ...options, entities: ENTITIES, migrations: MIGRATIONS });
}
