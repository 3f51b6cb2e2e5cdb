import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createLogger } from '../core/logger';
import { startApp, type App } from '../app';
import { loadSeed } from '../modules/seed';
import { rewriteAuditLog } from '../core/audit/rewrite';
import { createApiDataSource } from '../data-source';
import type { DatabaseTimeouts } from '../core/db/timeouts';
import type { RateLimitSettings } from '../core/http/rate-limit';
import type { WebhookSettings } from '../modules/webhook';
import { DEFAULT_LIMITS, type DocumentLimits } from '../core/graphql/limits';
import type { LargeOperationLimits } from '../core/http/large-operations';
import { createTestDatabase } from './database';
import { toGlobalId } from '../core/relay/global-id';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the request issued, from the `x-sql-statements` header. */
  statements: number;
}

/**
 * A seeded record to look up: a kind with its slug (an area: its code), or the first source.
 * E.g. `['actor', 'almi']`, `['area', '23']`, `['firstSource']`.
 */
export type SeededRecord = ['actor' | 'forum' | 'strategy' | 'area', string] | ['firstSource'];

export interface TestApi {
  app: App;
  url: string;
  tokens: { admin: string; editor: string; viewer: string };
  /** Sends a GraphQL request over real HTTP; `as` picks a token (default anonymous). */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: keyof TestApi['tokens'] | { token: string },
  ): Promise<GraphQLResult<T>>;
  /**
   * Runs a mutation with the conventional input type (`personCreate` takes `PersonCreateInput`)
   * and returns its payload: `selection` plus `userErrors`. GraphQL errors make it throw.
   */
  mutate(
    field: string,
    input: Record<string, unknown>,
    selection: string,
    as?: keyof TestApi['tokens'],
  ): Promise<Record<string, any>>;
  /**
   * Runs one mutation per input, as many to a request as the alias limit admits (aliases m0, m1,
   * …), and returns the payloads in order; GraphQL errors make it throw, user errors are the caller's to check. `mutate` and
   * `mutateAll` write as the admin unless told (`as`): fixtures are set-up, not the subject, and
   * may have no home area; tests of what an editor may do say `'editor'`.
   */
  mutateAll(
    field: string,
    inputs: Record<string, unknown>[],
    selection: string,
    as?: keyof TestApi['tokens'],
  ): Promise<Record<string, any>[]>;
  /**
   * `mutateAll` for create mutations that must all succeed (any user error makes it throw):
   * returns the created records, in order, with the fields of `selection` (payload-level, like
   * `mutateAll`'s: `'forum { id slug }'`).
   */
  createAll(
    field: string,
    inputs: Record<string, unknown>[],
    selection: string,
  ): Promise<Record<string, any>[]>;
  /**
   * Runs a `<thing>Create` mutation that must succeed (its user errors make it throw) and returns
   * the created `<thing>` with the fields of `selection`.
   */
  create(
    field: string,
    input: Record<string, unknown>,
    selection?: string,
  ): Promise<{ id: string; version: number } & Record<string, any>>;
  /** The ids of seeded records by the names the test gives them, in one request. */
  idsOf<K extends string>(records: Record<K, SeededRecord>): Promise<Record<K, string>>;
  /** The database's owner (migrations run as it): for tests that undo and redo migrations. */
  owner: DataSource;
  /** The global ID of Sweden, the country area: the tests' editor (`'editor'`) edits it all. */
  sweden: string;
  /**
   * Runs SQL straight against this test's database as its owner, to check what was (not)
   * written and to change what the API may not.
   */
  sql<R = Record<string, any>>(text: string, parameters?: unknown[]): Promise<R[]>;
  /**
   * Runs `text` on the audit log as its owner, its append-only trigger disabled for that one
   * transaction: for tests that need a past the register knew (a change backdated).
   */
  rewriteAuditLog(text: string, parameters?: unknown[]): Promise<void>;
  /** The erasure ledger's file, of this API alone (removed by `stop`). */
  erasureLedger: string;
  stop(): Promise<void>;
}

/**
 * A real API on a real PostgreSQL database of its own, listening on a free port. With
 * `seed: true` the database holds the seed data set; with `seed: 'foundation'` only its
 * sources and actors. `webClientDir`: a built web client to serve at `/`.
 * `maxConcurrentOperations`: as the app's (default 10). `countStatements: false` runs it as
 * production does by default, without the `x-sql-statements` header.
 */
export async function startTestApi(
  options: {
    seed?: boolean | 'foundation';
    webClientDir?: string;
    maxConcurrentOperations?: number;
    /** As `AppOptions.largeOperations`. */
    largeOperations?: LargeOperationLimits;
    countStatements?: boolean;
    /** As `AppOptions`: production mode, and limits or timeouts other than the defaults. */
    production?: boolean;
    limits?: DocumentLimits;
    timeouts?: DatabaseTimeouts;
    /** Default: far more than any test sends (tests of the rate limits set their own). */
    rateLimits?: RateLimitSettings;
    /** Requests of one caller at once; default: more than any test sends at once. */
    maxConcurrentPerCaller?: number;
    /** As `AppOptions.deadlineMs` and `metricsToken`. */
    deadlineMs?: number;
    metricsToken?: string;
    /** As `AppOptions.contactEmail`. */
    contactEmail?: string;
    /** As `AppOptions.webhooks`: tests of webhooks retry within milliseconds. */
    webhooks?: WebhookSettings;
  } = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const erasureLedger = join(tmpdir(), `samverkan-erasure-ledger-${randomUUID()}.jsonl`);
  const app = await startApp({
    erasureLedger,
    databaseUrl: database.url,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
    host: '127.0.0.1',
    exposeStatementCount: options.countStatements ?? true,
    webClientDir: options.webClientDir,
    contactEmail: options.contactEmail,
    maxConcurrentOperations: options.maxConcurrentOperations,
    largeOperations: options.largeOperations,
    production: options.production,
    limits: options.limits,
    rateLimits: options.rateLimits ?? { anonymousPerMinute: 1e6, signedInPerMinute: 1e6 },
    maxConcurrentPerCaller: options.maxConcurrentPerCaller ?? 1_000,
    deadlineMs: options.deadlineMs,
    metricsToken: options.metricsToken,
    timeouts: options.timeouts,
    webhooks: options.webhooks,
  });
  // The database's owner, as a person at the database would be: the API's own role could not
  // make the changes tests make behind its back (backdating the audit log, renaming a table).
  const owner = createApiDataSource({ url: database.url, poolSize: 2 });
  await owner.initialize();
  if (options.seed) {
    await loadSeed(app.services, undefined, { foundationOnly: options.seed === 'foundation' });
  }
  app.readiness.ready();
  // The tests' editor edits all of Sweden: every record with a home area.
  const [sweden] = await owner.query<{ id: string }[]>(
    "SELECT id FROM area WHERE kind = 'COUNTRY'",
  );
  const issue = async (role: 'ADMIN' | 'EDITOR' | 'VIEWER') =>
    (
      await app.services.token.issue(`test ${role.toLowerCase()}`, role, {
        areaIds: role === 'EDITOR' ? [sweden.id] : [],
      })
    ).secret;
  const tokens = {
    admin: await issue('ADMIN'),
    editor: await issue('EDITOR'),
    viewer: await issue('VIEWER'),
  };

  const api: TestApi = {
    app,
    url: app.server.url,
    tokens,
    sweden: toGlobalId('Area', sweden.id),
    async graphql(query, variables, as) {
      const token = typeof as === 'string' ? tokens[as] : as?.token;
      const response = await fetch(app.server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return {
        status: response.status,
        ...body,
        statements: Number(response.headers.get('x-sql-statements') ?? NaN),
      };
    },
    async mutate(field, input, selection, as = 'admin') {
      const inputType = `${field[0].toUpperCase()}${field.slice(1)}Input`;
      const { data, errors } = await api.graphql(
        `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { field code message } } }`,
        { input },
        as,
      );
      if (errors) throw new Error(`${field}: ${JSON.stringify(errors)}`);
      return data![field];
    },
    async mutateAll(field, inputs, selection, as = 'admin') {
      // As many per request as the alias limit admits (core/graphql/limits.ts).
      const size = DEFAULT_LIMITS.aliases;
      if (inputs.length > size) {
        const chunks = Array.from({ length: Math.ceil(inputs.length / size) }, (_, i) =>
          inputs.slice(i * size, (i + 1) * size),
        );
        const payloads = [];
        for (const chunk of chunks)
          payloads.push(...(await api.mutateAll(field, chunk, selection, as)));
        return payloads;
      }
      if (inputs.length === 0) return [];
      const inputType = `${field[0].toUpperCase()}${field.slice(1)}Input`;
      const { data, errors } = await api.graphql(
        `mutation (${inputs.map((_, i) => `$i${i}: ${inputType}!`).join(', ')}) {
          ${inputs.map((_, i) => `m${i}: ${field}(input: $i${i}) { ${selection} userErrors { field code message } }`).join('\n')}
        }`,
        Object.fromEntries(inputs.map((input, i) => [`i${i}`, input])),
        as,
      );
      if (errors) throw new Error(`${field}: ${JSON.stringify(errors)}`);
      return inputs.map((_, i) => data![`m${i}`]);
    },
    async createAll(field, inputs, selection) {
      const payloads = await api.mutateAll(field, inputs, selection);
      return payloads.map((payload) => {
        if (payload.userErrors.length > 0) {
          throw new Error(`${field} refused: ${JSON.stringify(payload.userErrors)}`);
        }
        return payload[Object.keys(payload).find((key) => key !== 'userErrors')!];
      });
    },
    async create(field, input, selection = 'id version') {
      const key = field.replace(/Create$/, '');
      const payload = await api.mutate(field, input, `${key} { ${selection} }`);
      if (payload.userErrors.length > 0) {
        throw new Error(`${field} refused: ${JSON.stringify(payload.userErrors)}`);
      }
      return payload[key];
    },
    async idsOf(records) {
      const fields = Object.entries<SeededRecord>(records).map(([name, [kind, key]]) =>
        kind === 'firstSource'
          ? `${name}: sources(first: 1) { nodes { id } }`
          : `${name}: ${kind}(${kind === 'area' ? 'code' : 'slug'}: ${JSON.stringify(key)}) { id }`,
      );
      const { data, errors } = await api.graphql(`{ ${fields.join('\n')} }`);
      if (errors) throw new Error(`idsOf: ${JSON.stringify(errors)}`);
      return Object.fromEntries(
        Object.entries(data!).map(([name, found]: [string, any]) => {
          const id = found?.nodes ? found.nodes[0]?.id : found?.id;
          if (!id) throw new Error(`idsOf: no seeded record for ${name}`);
          return [name, id];
        }),
      ) as Record<keyof typeof records, string>;
    },
    owner,
    sql: (text, parameters) => owner.query(text, parameters),
    rewriteAuditLog: (text, parameters) =>
      owner.transaction((tx) => rewriteAuditLog(tx, text, parameters)),
    erasureLedger,
    async stop() {
      await app.stop();
      await owner.destroy();
      await database.drop();
      await rm(erasureLedger, { force: true });
    },
  };
  return api;
}

/** An API on the seed's sources and actors, with the global ID of Region Jämtland Härjedalen. */
export async function startTestApiWithRegion(): Promise<{ api: TestApi; region: string }> {
  const api = await startTestApi({ seed: 'foundation' });
  const { region } = await api.idsOf({ region: ['actor', 'region-jamtland-harjedalen'] });
  return { api, region };
}
