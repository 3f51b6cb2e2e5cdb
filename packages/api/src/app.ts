import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from './core/server';
import { Readiness } from './core/health';
import { databaseProbe } from './core/db/readiness-probe';
import { poolOf } from './core/db/pool-client';
import type { Logger } from './core/logger';
import { createLiveEvents, type LiveEvents } from './core/pubsub/live-events';
import { buildApiSchema } from './schema';
import { createContext } from './core/context';
import { appRoleUrl } from './core/db/app-role';
import { DEFAULT_RATE_LIMITS, RateLimits, type RateLimitSettings } from './core/http/rate-limit';
import { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './core/db/timeouts';
import type { DocumentLimits } from './core/graphql/limits';
import { createApiDataSource } from './data-source';
import { loadReferenceAreas } from './modules/area';
import { createServices, type Loaders, type Services } from './services';
import { replicaServices } from './replica-services';
import { replicaUrlFor } from './core/db/replica';
import { scheduleRetention } from './modules/person';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  WebhookDispatcher,
  type WebhookSettings,
} from './modules/webhook';

export interface App {
  dataSource: DataSource;
  services: Services;
  /** New, empty DataLoaders, as a request gets them. */
  newLoaders: () => Loaders;
  server: RunningServer;
  /** Live updates: committed changes, to subscribers in this process (and others, with Redis). */
  live: LiveEvents;
  /**
   * What `/health/ready` answers: not ready until `readiness.ready()`, which the starter calls
   * once the first seed load is done (main.ts; test APIs after their own seed).
   */
  readiness: Readiness;
  /**
   * Shuts down in order: not ready any more, no new connections, the HTTP requests in flight
   * finished (within `graceMs`, see `RunningServer.close`), WebSockets closed with 1001, the
   * background work (webhooks, retention) ended, then the database's pools closed.
   */
  stop: (graceMs?: number) => Promise<void>;
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
  /**
   * A streaming replica of `databaseUrl`'s database (its host, port and database; the API logs in
   * as on the primary): queries over HTTP may be served from it (see `ReplicaRouting`).
   */
  replicaUrl?: string;
  /** Deliver live updates through Redis, to the subscribers of every API process. */
  redisUrl?: string;
  /** Where the built web client is; see `ApiServerOptions.webClientDir`. */
  webClientDir?: string;
  /**
   * The erasure ledger's file (see `PersonErasureService`): each erasure is appended to it, and
   * those it lists are re-applied at start. None: erasures are kept in the database only.
   */
  erasureLedger?: string;
  /** The address that reaches those who run the service, shown on the web client's about page. */
  contactEmail?: string;
  /**
   * The retention job (see `RetentionService`): run at start and then every `intervalMinutes`
   * (0: never); a work contact is kept `workContactDays` after its person's last position ended.
   * None: never run.
   */
  retention?: { workContactDays: number; intervalMinutes: number };
  /** How webhooks' deliveries are sent and retried; default `DEFAULT_WEBHOOK_SETTINGS`. */
  webhooks?: WebhookSettings;
  /** Production: see `ApiServerOptions.production`. */
  production?: boolean;
  /** What one GraphQL document may ask; default `DEFAULT_LIMITS`. */
  limits?: DocumentLimits;
  /** The database's limits for the API's requests; default `DEFAULT_TIMEOUTS`. */
  timeouts?: DatabaseTimeouts;
  /** Each caller's points a minute; default `DEFAULT_RATE_LIMITS`. In Redis with `redisUrl`. */
  rateLimits?: RateLimitSettings;
  /** See `ApiServerOptions`: `webSocketOrigins`, `maxSubscriptionsPerSocket`, `maxConcurrentPerCaller`. */
  webSocketOrigins?: string[];
  maxSubscriptionsPerSocket?: number;
  maxConcurrentPerCaller?: number;
  /** Who may read `/metrics` besides callers on this machine: those with this bearer token. */
  metricsToken?: string;
  /** See `ApiServerOptions.deadlineMs` and `trustProxyHops`. */
  deadlineMs?: number;
  trustProxyHops?: number;
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
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const dataSource = createApiDataSource({ url: appUrl, onQueryError, timeouts });
  await dataSource.initialize();
  const { services, newLoaders } = createServices(dataSource, {
    erasureLedger: options.erasureLedger ?? null,
    contactEmail: options.contactEmail ?? null,
  });
  // Anonymous requests read through a role that sees only what is public (core/db/publication).
  const publicDataSource = createApiDataSource({
    url: appUrl,
    onQueryError,
    timeouts,
    publicOnly: true,
  });
  await publicDataSource.initialize();
  const anonymous = createServices(publicDataSource, services.settings, services);
  const replica = options.replicaUrl
    ? await replicaServices(replicaUrlFor(options.replicaUrl, appUrl), dataSource, services, {
        onQueryError,
        timeouts,
      })
    : null;
  // A backup restored from before an erasure holds the person again: erase them again first.
  const reapplied = await services.personErasure.reapplyLedger((message) => logger.warn(message));
  if (reapplied.length > 0) {
    logger.warn(`erasure ledger: ${reapplied.length} erasures re-applied after a restore`);
  }
  const reference = await loadReferenceAreas(dataSource, services.area);
  if (reference.created || reference.updated) {
    logger.info(
      `Sweden's areas: ${reference.created} added, ${reference.updated} brought up to date`,
    );
  }
  const probe = databaseProbe(
    appUrl,
    dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name),
  );
  const readiness = new Readiness(probe.check);
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
      contextFor: async (viewer, requestId, requestLogger, session, address, asksForQuery) =>
        createContext({
          ...(replica && (await replica.serves(viewer, asksForQuery))
            ? replica.servicesFor(viewer)
            : viewer
              ? { services, newLoaders }
              : anonymous),
          viewer,
          requestId,
          logger: requestLogger,
          session,
          address,
        }),
      readiness,
      metrics: {
        token: options.metricsToken,
        pools: () => ({
          app: poolOf(dataSource),
          public: poolOf(publicDataSource),
          ...replica?.pools(),
        }),
        subscriptions: () => live.subscribers(),
      },
      logger,
      exposeStatementCount: options.exposeStatementCount,
      maxConcurrentOperations: options.maxConcurrentOperations,
      maxConcurrentPerCaller: options.maxConcurrentPerCaller,
      deadlineMs: options.deadlineMs,
      trustProxyHops: options.trustProxyHops,
      webClientDir: options.webClientDir,
      production: options.production,
      limits: options.limits,
      timeouts,
      webSocketOrigins: options.webSocketOrigins,
      rateLimits: new RateLimits(options.rateLimits ?? DEFAULT_RATE_LIMITS, live.redis),
      maxSubscriptionsPerSocket: options.maxSubscriptionsPerSocket,
    },
    { port: options.port, host: options.host },
  );
  const retention = options.retention?.intervalMinutes
    ? scheduleRetention(services.retention, options.retention, logger)
    : null;
  // Webhooks' deliveries, queued with each change: sent from every process, at once after a
  // change committed here, else when the poll finds them (made elsewhere, or due for a retry).
  const webhooks = new WebhookDispatcher(services.webhookDelivery, {
    settings: options.webhooks ?? DEFAULT_WEBHOOK_SETTINGS,
    logger,
    labels: () => newLoaders().recordLabels,
  });
  webhooks.start();
  services.changes.onCommitted(() => webhooks.wake());
  return {
    dataSource,
    services,
    newLoaders,
    server,
    live,
    readiness,
    stop: async (graceMs) => {
      readiness.stopping();
      await server.close(graceMs);
      await webhooks.stop();
      await retention?.stop();
      await live.close();
      await probe.close();
      await replica?.destroy();
      await publicDataSource.destroy();
      await dataSource.destroy();
    },
  };
}
