import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from './core/server';
import type { Logger } from './core/logger';
import { createLiveEvents, type LiveEvents } from './core/pubsub/live-events';
import { buildApiSchema } from './schema';
import { createContext } from './core/context';
import { appRoleUrl } from './core/db/app-role';
import { createApiDataSource } from './data-source';
import { loadReferenceAreas } from './modules/area';
import { createServices, type Loaders, type Services } from './services';

export interface App {
  dataSource: DataSource;
  services: Services;
  /** New, empty DataLoaders, as a request gets them. */
  newLoaders: () => Loaders;
  server: RunningServer;
  /** Live updates: committed changes, to subscribers in this process (and others, with Redis). */
  live: LiveEvents;
  stop: () => Promise<void>;
}

export interface AppOptions {
  /** The database's owner: migrations run as this user. */
  databaseUrl: string;
  /**
   * The login the API's requests use, a role granted `samverkan_app`; default `samverkan_app`
   * itself, let log in by the owner (see `appRoleUrl`).
   */
  appDatabaseUrl?: string;
  logger: Logger;
  port: number;
  host: string;
  exposeStatementCount: boolean;
  /** See `ApiServerOptions.maxConcurrentOperations`. */
  maxConcurrentOperations?: number;
  /** Deliver live updates through Redis, to the subscribers of every API process. */
  redisUrl?: string;
  /** Where the built web client is; see `ApiServerOptions.webClientDir`. */
  webClientDir?: string;
}

/**
 * Applies pending migrations as the database's owner, then serves the API on connections as the
 * role `samverkan_app`, which cannot rewrite the audit log.
 */
export async function startApp(options: AppOptions): Promise<App> {
  const { logger } = options;
  const onQueryError = (message: string, query: string) =>
    logger.debug({ query }, `query failed: ${message}`);
  const owner = createApiDataSource({ url: options.databaseUrl, onQueryError, poolSize: 1 });
  await owner.initialize();
  let appUrl: string;
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    for (const migration of applied) logger.info(`migration applied: ${migration.name}`);
    appUrl = options.appDatabaseUrl ?? (await appRoleUrl(owner, options.databaseUrl));
  } finally {
    await owner.destroy();
  }
  const dataSource = createApiDataSource({ url: appUrl, onQueryError });
  await dataSource.initialize();
  const { services, newLoaders } = createServices(dataSource);
  const reference = await loadReferenceAreas(dataSource, services.area);
  if (reference.created || reference.updated) {
    logger.info(
      `Sweden's areas: ${reference.created} added, ${reference.updated} brought up to date`,
    );
  }
  const live = await createLiveEvents({ redisUrl: options.redisUrl, logger });
  logger.info(`live updates: ${live.transport}`);
  // Every audited change, once committed, goes to the subscriptions (see core/pubsub).
  services.changes.onCommitted((change) => live.publish(change));
  const server = await startServer(
    {
      schema: buildApiSchema(live.pubSub),
      authenticate: (credentials) =>
        'token' in credentials
          ? services.token.viewerFor(credentials.token)
          : services.session.viewerFor(credentials.session),
      contextFor: (viewer, requestId, requestLogger, session) =>
        createContext({ services, newLoaders, viewer, requestId, logger: requestLogger, session }),
      dataSource,
      logger,
      exposeStatementCount: options.exposeStatementCount,
      maxConcurrentOperations: options.maxConcurrentOperations,
      webClientDir: options.webClientDir,
    },
    { port: options.port, host: options.host },
  );
  return {
    dataSource,
    services,
    newLoaders,
    server,
    live,
    stop: async () => {
      await server.close();
      await live.close();
      await dataSource.destroy();
    },
  };
}
