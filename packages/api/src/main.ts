import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './core/config';
import { createLogger } from './core/logger';
import { startApp, type App } from './app';
import { loadSeed } from './modules/seed';
import { webhookSettingsOf } from './modules/webhook';
import { stopOnSignals } from './shutdown';
import {
  dataDirectory,
  erasureLedgerOf,
  startEmbeddedDatabase,
  type EmbeddedPostgres,
} from './embedded-database';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(
    config.LOG_LEVEL,
    config.NODE_ENV === 'development' && process.stdout.isTTY,
  );
  // Registered first: a signal while starting stops what has started, in order, too.
  let embedded: EmbeddedPostgres | null = null;
  let app: App | null = null;
  stopOnSignals(
    logger,
    async () => {
      await app?.stop(config.SHUTDOWN_GRACE_MS);
      await embedded?.stop();
    },
    config.SHUTDOWN_GRACE_MS,
  );
  if (!config.DATABASE_URL) {
    logger.info(
      `no DATABASE_URL: starting embedded PostgreSQL in ${dataDirectory(config)}/postgres`,
    );
    embedded = await startEmbeddedDatabase(config, (line) => logger.debug({ postgres: line }));
  }
  app = await startApp({
    databaseUrl: config.DATABASE_URL ?? (embedded as EmbeddedPostgres).url,
    appDatabaseUrl: config.APP_DATABASE_URL,
    replicaUrl: config.DATABASE_REPLICA_URL,
    logger,
    port: config.PORT,
    host: config.HOST,
    exposeStatementCount: config.SQL_STATEMENT_HEADER ?? config.NODE_ENV !== 'production',
    maxConcurrentOperations: config.MAX_CONCURRENT_OPERATIONS,
    maxConcurrentPerCaller: config.MAX_CONCURRENT_PER_CALLER,
    deadlineMs: config.REQUEST_DEADLINE_MS,
    metricsToken: config.METRICS_TOKEN,
    trustProxyHops: config.TRUST_PROXY_HOPS,
    redisUrl: config.REDIS_URL,
    webClientDir: config.WEB_CLIENT_DIR,
    contactEmail: config.CONTACT_EMAIL,
    erasureLedger: erasureLedgerOf(config),
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
    timeouts: {
      statementMs: config.DB_STATEMENT_TIMEOUT_MS,
      lockMs: config.DB_LOCK_TIMEOUT_MS,
      idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectMs: config.DB_CONNECT_TIMEOUT_MS,
    },
  });

  if (config.LOAD_SEED && (await app.services.actor.isEmpty())) {
    logger.info('empty database: loading the seed data set');
    await loadSeed(app.services, (message) => logger.info(message));
  }
  if (!(await app.services.token.hasAdminToken())) {
    const { secret } = await app.services.token.issue('first admin', 'ADMIN');
    process.stdout.write(
      `\nAn admin API token was created. It is shown only this once; keep it safe:\n\n  ${secret}\n\n` +
        `Use it as the header  Authorization: Bearer ${secret.slice(0, 8)}…\n` +
        `Create more with: pnpm --filter @samverkan/api token:create --name NAME --role EDITOR --area 23\n\n`,
    );
  }
  const invitation = await app.services.user.firstAdminInvitation();
  if (invitation) {
    const webClient = config.PUBLIC_URL ?? app.server.url.replace(/\/graphql$/, '');
    process.stdout.write(
      `\nNo admin can sign in yet. Open this one-time link to become the first admin ` +
        `(valid 7 days; a new one is made on every start until it is used):\n\n` +
        `  ${webClient}/invitation#${invitation.secret}\n\n`,
    );
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
