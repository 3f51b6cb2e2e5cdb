import 'reflect-metadata';
import { loadConfigOrExit } from './core/config';
import { createLogger } from './core/logger';
import { openDatabase, startApp, type App, type OpenDatabase } from './app';
import { doFirstStart } from './first-start';
import { webhookSettingsOf } from './modules/webhook';
import { stopOnSignals } from './shutdown';
import {
  embeddedDatabaseDirOf,
  erasureLedgerOf,
  startEmbeddedDatabase,
  type EmbeddedPostgres,
} from './embedded-database';

const USAGE = `Usage: node dist/main.js [migrate]
  (nothing)  serve the API; with MIGRATE_ON_START=false it leaves the migrations to a migration step
  migrate    the migration step: apply pending migrations, load the seed data set into an empty
             register, print a first admin token and link, then exit (one process, before the API's)`;

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== undefined && command !== 'migrate') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const logger = createLogger(
    config.LOG_LEVEL,
    config.NODE_ENV === 'development' && process.stdout.isTTY,
  );
  // Registered first: a signal while starting stops what has started, in order, too.
  let embedded: EmbeddedPostgres | null = null;
  let app: App | null = null;
  let migration: OpenDatabase | null = null;
  stopOnSignals(
    logger,
    async () => {
      await app?.stop(config.SHUTDOWN_GRACE_MS);
      await migration?.close();
      await embedded?.stop();
    },
    config.SHUTDOWN_GRACE_MS,
  );
  embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedDatabase(
        embeddedDatabaseDirOf(config),
        config.EMBEDDED_POSTGRES_PORT,
        logger,
      );
  const database = {
    databaseUrl: config.DATABASE_URL ?? (embedded as EmbeddedPostgres).url,
    appDatabaseUrl: config.APP_DATABASE_URL,
    replicaUrl: config.DATABASE_REPLICA_URL,
    logger,
    contactEmail: config.CONTACT_EMAIL,
    erasureLedger: erasureLedgerOf(config),
    timeouts: {
      statementMs: config.DB_STATEMENT_TIMEOUT_MS,
      lockMs: config.DB_LOCK_TIMEOUT_MS,
      idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectMs: config.DB_CONNECT_TIMEOUT_MS,
    },
  };
  if (command === 'migrate') {
    migration = await openDatabase({ ...database, migrate: true });
    await doFirstStart(migration.services, {
      seed: config.LOAD_SEED,
      logger,
      webClient: config.PUBLIC_URL ?? null,
    });
    await migration.close();
    migration = null;
    await embedded?.stop();
    process.stdout.write('Samverkan database migrated: the API processes may start\n');
    return;
  }
  app = await startApp({
    ...database,
    migrate: config.MIGRATE_ON_START,
    port: config.PORT,
    host: config.HOST,
    exposeStatementCount: config.SQL_STATEMENT_HEADER ?? config.NODE_ENV !== 'production',
    maxConcurrentOperations: config.MAX_CONCURRENT_OPERATIONS,
    largeOperations: {
      fromCost: config.LARGE_OPERATION_COST,
      atOnce: config.MAX_CONCURRENT_LARGE_OPERATIONS,
    },
    maxConcurrentPerCaller: config.MAX_CONCURRENT_PER_CALLER,
    deadlineMs: config.REQUEST_DEADLINE_MS,
    metricsToken: config.METRICS_TOKEN,
    trustProxyHops: config.TRUST_PROXY_HOPS,
    redisUrl: config.REDIS_URL,
    webClientDir: config.WEB_CLIENT_DIR,
    retention: {
      workContactDays: config.WORK_CONTACT_RETENTION_DAYS,
      intervalMinutes: config.RETENTION_INTERVAL_MINUTES,
    },
    webhooks: webhookSettingsOf(config),
    production: config.NODE_ENV === 'production',
    webSocketOrigins: config.WEBSOCKET_ORIGINS,
    maxSubscriptionsPerSocket: config.WEBSOCKET_MAX_SUBSCRIPTIONS,
    limits: {
      depth: config.GRAPHQL_MAX_DEPTH,
      aliases: config.GRAPHQL_MAX_ALIASES,
      directives: config.GRAPHQL_MAX_DIRECTIVES,
      repeatedFields: config.GRAPHQL_MAX_REPEATED_FIELDS,
      tokens: config.GRAPHQL_MAX_TOKENS,
      errors: config.GRAPHQL_MAX_ERRORS,
      listItems: config.GRAPHQL_MAX_LIST_ITEMS,
      textLength: config.GRAPHQL_MAX_TEXT_LENGTH,
      cost: config.GRAPHQL_MAX_COST,
    },
    rateLimits: {
      anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      signedInPerMinute: config.RATE_LIMIT_SIGNED_IN_PER_MINUTE,
    },
  });

  if (config.MIGRATE_ON_START) {
    await doFirstStart(app.services, {
      seed: config.LOAD_SEED,
      logger,
      webClient: config.PUBLIC_URL ?? app.server.url.replace(/\/graphql$/, ''),
    });
  }
  app.readiness.ready();
  process.stdout.write(`Samverkan API ready: GraphQL at ${app.server.url} (HTTP and WebSocket)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Samverkan API failed to start: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
