import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .optional(),
  /** The login the API's requests use (a role granted samverkan_app); see core/db/app-role.ts. */
  APP_DATABASE_URL: z
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
