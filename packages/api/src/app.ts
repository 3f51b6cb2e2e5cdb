import type { DataSource } from 'typeorm';
import { startServer, type RunningServer } from './core/server';
import { Readiness } from './core/health';
import { databaseProbe } from './core/db/readiness-probe';
import { poolOf } from './core/db/pool-client';
import type { Logger } from './core/logger';
import { createLiveEvents, type LiveEvents } from './core/pubsub/live-events';
import { buildApiSchema } from './schema';
import { createContext } from './core/context';
import { Client } from 'pg';
import { appRoleUrl, appRoleUrlOf } from './core/db/app-role';
import { DEFAULT_RATE_LIMITS, RateLimits, type RateLimitSettings } from './core/http/rate-limit';
import { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './core/db/timeouts';
import type { DocumentLimits } from './core/graphql/limits';
import type { LargeOperationLimits } from './core/http/large-operations';
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
  /** See `ApiServerOptions.maxConcurrentOperations` and `largeOperations`. */
  maxConcurrentOperations?: number;
  largeOperations?: LargeOperationLimits;
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
  /**
   * Whether this process does the work on start that changes the database (default true): see
   * `openDatabase`. False where a migration step does it before the API processes start.
   */
  migrate?: boolean;
}

/** What `openDatabase` opens: the API's connections and services, before any server. */
export interface OpenDatabase {
  /** The login the API's requests use. */
  appUrl: string;
  dataSource: DataSource;
  /** The connections of anonymous requests, which read only what is public. */
  publicDataSource: DataSource;
  services: Services;
  /** The services anonymous requests use, on `publicDataSource`. */
  anonymous: ReturnType<typeof createServices>;
  newLoaders: () => Loaders;
  close: () => Promise<void>;
}

/** Where a failed statement is told: a debug line with the statement (the caller gets its error). */
const queryErrorsTo = (logger: Logger) => (message: string, query: string) =>
  logger.debug({ query }, `query failed: ${message}`);

/**
 * Opens the API's connections as the role `samverkan_app`, which cannot rewrite the audit log.
 * With `migrate` (the default) it first does the work on start that changes the database:
 * pending migrations as the owner (see `migrateAsOwner`), erasures of the ledger re-applied,
 * Sweden's areas brought up to date. With `migrate: false` a migration step has done that (see
 * the API README's "Several processes"): it only checks that no migration is pending.
 */
export async function openDatabase(
  options: Pick<AppOptions, 'databaseUrl' | 'appDatabaseUrl' | 'logger' | 'timeouts'> &
    Pick<AppOptions, 'erasureLedger' | 'contactEmail' | 'migrate'>,
): Promise<OpenDatabase> {
  const { logger } = options;
  const migrate = options.migrate ?? true;
  const onQueryError = queryErrorsTo(logger);
  const appUrl = await migrateAsOwner(options.databaseUrl, logger, migrate, options.appDatabaseUrl);
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
  if (migrate) {
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
  }
  return {
    appUrl,
    dataSource,
    publicDataSource,
    services,
    anonymous,
    newLoaders,
    close: async () => {
      await publicDataSource.destroy();
      await dataSource.destroy();
    },
  };
}

/** Any number: the advisory lock under which one process at a time applies migrations. */
const MIGRATION_LOCK = 0x5a4d4947;

/**
 * As the database's owner: applies pending migrations (`migrate`), one process at a time (an
 * advisory lock on a connection of its own: processes started at once wait for the first, then
 * find nothing to apply), and lets the app's role log in; or (without `migrate`) refuses to go on
 * while a migration is pending. The URL of the login the API's requests use.
 */
async function migrateAsOwner(
  databaseUrl: string,
  logger: Logger,
  migrate: boolean,
  appDatabaseUrl: string | undefined,
): Promise<string> {
  const owner = createApiDataSource({
    url: databaseUrl,
    onQueryError: queryErrorsTo(logger),
    poolSize: 1,
  });
  await owner.initialize();
  const lock = new Client({ connectionString: databaseUrl });
  try {
    if (!migrate) {
      if (await owner.showMigrations()) {
        throw new Error(
          'The database has migrations to apply and MIGRATE_ON_START is false: run the migration step first (node dist/main.js migrate).',
        );
      }
      return appDatabaseUrl ?? appRoleUrlOf(databaseUrl).href;
    }
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await owner.runMigrations({ transaction: 'each' });
    for (const migration of applied) logger.info(`migration applied: ${migration.name}`);
    return appDatabaseUrl ?? (await appRoleUrl(owner, databaseUrl));
  } finally {
    // Ending the lock's connection releases the lock.
    await lock.end().catch(() => undefined);
    await owner.destroy();
  }
}

/**
 * Opens the database (see `openDatabase`), then serves the API: GraphQL over HTTP and WebSocket,
 * health, metrics, the web client; and runs the background work (webhooks, retention).
 */
export async function startApp(options: AppOptions): Promise<App> {
  const { logger } = options;
  const { appUrl, dataSource, publicDataSource, services, anonymous, newLoaders, close } =
    await openDatabase(options);
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const migrations = dataSource.migrations.map(
    (migration) => migration.name ?? migration.constructor.name,
  );
  const replica = options.replicaUrl
    ? await replicaServices(replicaUrlFor(options.replicaUrl, appUrl), dataSource, services, {
        onQueryError: queryErrorsTo(logger),
        timeouts,
        migrations,
        logger,
      })
    : null;
  const probe = databaseProbe(appUrl, migrations);
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
        replicaUp: () => replica?.up() ?? null,
      },
      logger,
      exposeStatementCount: options.exposeStatementCount,
      maxConcurrentOperations: options.maxConcurrentOperations,
      largeOperations: options.largeOperations,
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
      await close();
    },
  };
}
