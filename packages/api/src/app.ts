import type { DataSource } from 'typeorm';
import { createDataSource } from './core/db/data-source';
import { startServer, type RunningServer } from './core/server';
import type { Logger } from './core/logger';
import { buildApiSchema } from './schema';
import { createServices, type Services } from './services';

export interface App {
  dataSource: DataSource;
  services: Services;
  server: RunningServer;
  stop: () => Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  logger: Logger;
  port: number;
  host: string;
  exposeStatementCount: boolean;
}

/** Connects to the database, applies pending migrations and serves the API. */
export async function startApp(options: AppOptions): Promise<App> {
  const { logger } = options;
  const dataSource = createDataSource({
    url: options.databaseUrl,
    onQueryError: (message, query) => logger.debug({ query }, `query failed: ${message}`),
  });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) logger.info(`migration applied: ${migration.name}`);
  const services = createServices(dataSource);
  const server = await startServer(
    {
      schema: buildApiSchema(),
      services,
      logger,
      exposeStatementCount: options.exposeStatementCount,
    },
    { port: options.port, host: options.host },
  );
  return {
    dataSource,
    services,
    server,
    stop: async () => {
      await server.close();
      await dataSource.destroy();
    },
  };
}
