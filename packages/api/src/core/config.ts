import { z } from 'zod';
import { DEFAULT_TIMEOUTS } from './db/timeouts';
import { DEFAULT_LIMITS } from './graphql/limits';
import { DEFAULT_RATE_LIMITS } from './http/rate-limit';
import { DEFAULT_LARGE_OPERATIONS } from './http/large-operations';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number of at least `min`, `fallback` when not set. */
const whole = (min: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .default(fallback);

const schema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .optional(),
  /** The login the API's requests use (a role granted samverkan_app); see core/db/app-role.ts. */
  APP_DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .optional(),
  /**
   * A streaming replica of DATABASE_URL's database: read-only requests may be served from it
   * (core/db/replica.ts); the API logs in to it as it does to the primary.
   */
  DATABASE_REPLICA_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .optional(),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// (or rediss://) URL' })
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be one of development, production, test',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  /** Off by default in production: the header tells callers how the API queries its database. */
  SQL_STATEMENT_HEADER: z.stringbool({ error: 'must be true or false' }).optional(),
  /** GraphQL operations over HTTP executed at once; see `GraphQLEndpointOptions`. */
  MAX_CONCURRENT_OPERATIONS: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .default(10),
  /** Where people open the web client (e.g. https://samverkan.example.se), for the links printed. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** The address that reaches those who run the service, on the web client's about page. */
  CONTACT_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
  DATA_DIR: z.string().min(1).optional(),
  /**
   * The erasure ledger (JSON Lines, outside the database; see the person module); default
   * `erasure-ledger.jsonl` in the data directory (DATA_DIR, else `.data/` at the repository's root).
   */
  ERASURE_LEDGER: z.string().min(1).optional(),
  /** Days after a person's last position ended that their work contact is kept (default 730). */
  WORK_CONTACT_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be at least 0' })
    .default(730),
  /** Minutes between runs of the retention job (default a day); 0 never runs it. */
  RETENTION_INTERVAL_MINUTES: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be at least 0' })
    .default(1440),
  WEB_CLIENT_DIR: z.string().min(1).optional(),
  /**
   * Whether an empty register is given the seed data set on start (default true): false for a
   * register that is to hold only what its users import.
   */
  LOAD_SEED: z.stringbool({ error: 'must be true or false' }).default(true),
  /**
   * Whether the API migrates its database (and loads the seed data set, prints the first admin's
   * token and link) on start (default true): false where a migration step (`main.js migrate`)
   * does it once before several API processes start, which then only check it is done.
   */
  MIGRATE_ON_START: z.stringbool({ error: 'must be true or false' }).default(true),
  // What one GraphQL document may ask (see core/graphql/limits.ts).
  GRAPHQL_MAX_DEPTH: whole(1, DEFAULT_LIMITS.depth),
  GRAPHQL_MAX_ALIASES: whole(0, DEFAULT_LIMITS.aliases),
  GRAPHQL_MAX_DIRECTIVES: whole(0, DEFAULT_LIMITS.directives),
  GRAPHQL_MAX_REPEATED_FIELDS: whole(1, DEFAULT_LIMITS.repeatedFields),
  GRAPHQL_MAX_TOKENS: whole(100, DEFAULT_LIMITS.tokens),
  GRAPHQL_MAX_ERRORS: whole(1, DEFAULT_LIMITS.errors),
  GRAPHQL_MAX_LIST_ITEMS: whole(1, DEFAULT_LIMITS.listItems),
  GRAPHQL_MAX_TEXT_LENGTH: whole(100, DEFAULT_LIMITS.textLength),
  GRAPHQL_MAX_COST: whole(100, DEFAULT_LIMITS.cost),
  // Points a minute (see core/http/rate-limit.ts).
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: whole(1, DEFAULT_RATE_LIMITS.anonymousPerMinute),
  RATE_LIMIT_SIGNED_IN_PER_MINUTE: whole(1, DEFAULT_RATE_LIMITS.signedInPerMinute),
  /** Proxies in front of the API that append the client's address to X-Forwarded-For. */
  TRUST_PROXY_HOPS: whole(0, 0),
  /** Milliseconds from a request's turn to its answer. */
  REQUEST_DEADLINE_MS: whole(100, 30_000),
  /** The bearer token that reads `/metrics` from elsewhere than this machine (none: only here). */
  METRICS_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  /** Milliseconds a shutdown (SIGTERM, SIGINT) waits for the HTTP requests in flight. */
  SHUTDOWN_GRACE_MS: whole(0, 10_000),
  /** Requests of one caller waiting or running at once over HTTP. */
  MAX_CONCURRENT_PER_CALLER: whole(1, 8),
  /** The estimated cost from which an operation over HTTP is large (see core/http/large-operations.ts). */
  LARGE_OPERATION_COST: whole(1, DEFAULT_LARGE_OPERATIONS.fromCost),
  /** Large operations over HTTP executed at once (default: the machine's cores, at least 2). */
  MAX_CONCURRENT_LARGE_OPERATIONS: whole(1, DEFAULT_LARGE_OPERATIONS.atOnce),
  /** Other origins whose pages may open WebSockets, comma-separated (`https://host:port`). */
  WEBSOCKET_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim().replace(/\/+$/, '')))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be http:// or https:// origins' })))
    .optional(),
  /** Subscriptions one WebSocket may hold at once. */
  WEBSOCKET_MAX_SUBSCRIPTIONS: whole(1, 20),
  // The database's limits for the API's requests, in milliseconds (see core/db/timeouts.ts).
  DB_STATEMENT_TIMEOUT_MS: whole(100, DEFAULT_TIMEOUTS.statementMs),
  DB_LOCK_TIMEOUT_MS: whole(10, DEFAULT_TIMEOUTS.lockMs),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: whole(100, DEFAULT_TIMEOUTS.idleInTransactionMs),
  DB_CONNECT_TIMEOUT_MS: whole(100, DEFAULT_TIMEOUTS.connectMs),
  // Webhooks' dispatcher, in milliseconds (see modules/webhook/dispatcher.ts, which has these
  // defaults too, for apps started without a configuration).
  /** How often each API process looks for deliveries due (it also looks after each change). */
  WEBHOOK_POLL_MS: whole(10, 1_000),
  /** How long a receiver has to answer an attempt. */
  WEBHOOK_TIMEOUT_MS: whole(100, 10_000),
  /** The wait before the first retry; it doubles with each failed attempt of a delivery. */
  WEBHOOK_RETRY_BASE_MS: whole(10, 10_000),
  /** The longest wait between two attempts of a delivery. */
  WEBHOOK_RETRY_MAX_MS: whole(10, 3_600_000),
  /** Failed attempts in a row after which a webhook is paused. */
  WEBHOOK_MAX_ATTEMPTS: whole(1, 10),
  /** Days a delivered webhook delivery is kept to show (0: kept for ever). */
  WEBHOOK_DELIVERY_RETENTION_DAYS: whole(0, 30),
  EMBEDDED_POSTGRES_PORT: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .min(1)
    .max(65535)
    .default(54329),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; every bad value is named with what it must be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map(
      (issue) =>
        `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    ),
  );
}

/** For a program's start: the configuration, or every bad value named on stderr and exit 2. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
