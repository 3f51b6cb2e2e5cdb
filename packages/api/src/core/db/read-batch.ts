import { escapeLiteral, type PoolClient, type QueryResult } from 'pg';
import { prepareValue } from 'pg/lib/utils';
import type { DataSource } from 'typeorm';
import { kept } from '../kept';
import { countStatement } from '../request-scope';
import { withPoolClient } from './pool-client';
import { statementsPreparedOn } from './prepared-on-connection';

type Row = Record<string, unknown>;

/** How a read's statement is planned once prepared. */
export interface ReadOptions {
  /**
   * Its generic plan from the first execution, never planned again: for statements whose best
   * plan does not depend on their values (a lookup by keys, a parent's rows on a day). Otherwise
   * PostgreSQL plans each execution with its values until a generic plan looks no dearer, which
   * for lookups by an array of keys it never does (it cannot tell the array's length).
   */
  genericPlan?: boolean;
}

interface PendingRead extends ReadOptions {
  sql: string;
  parameters: unknown[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * The most statements one round trip carries. A page's wave is a handful; a turn's backlog of many
 * requests is spread over several connections, so PostgreSQL works on it with several backends
 * (cores) rather than one.
 */
const STATEMENTS_PER_TRIP = 16;

/**
 * Read statements issued in the same turn of the event loop, sent to PostgreSQL as one round trip.
 *
 * A page's loaders fire in waves: one wave asks for an actor's areas, citations, positions and
 * memberships at once, each its own statement. Sent one by one, every statement costs a socket
 * write, a wake-up of a PostgreSQL backend and a reply to parse, which took more of a page's CPU
 * than building its answer. Sent together as one simple-protocol query (the parameters written
 * in as literals, exactly as the extended protocol would send them: untyped text that PostgreSQL
 * types from their place), a wave is one round trip. Statements of concurrent requests that meet
 * in the same turn share it too.
 *
 * Each statement goes as `EXECUTE` of a statement prepared on that connection
 * (`statementsPreparedOn`): PostgreSQL parsed and planned every statement of a page anew, which
 * took four times as long as running them (a person page: 1.5 ms of planning, 0.4 ms of
 * execution). A prepared statement may come to use its generic plan, made without its values:
 * statements read through here must plan well without them (no `$n IS NULL OR …` of optional
 * filters: leave the condition out instead).
 *
 * For reads outside transactions only: the statements of a round trip run in one implicit
 * transaction, and a failing one would abort the rest, so after a failure each runs again alone
 * and gets its own answer or error.
 */
class ReadBatch {
  private pending: PendingRead[] = [];

  constructor(private readonly dataSource: DataSource) {}

  query<T extends object>(sql: string, parameters: unknown[], options: ReadOptions): Promise<T[]> {
    countStatement();
    return new Promise<Row[]>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ sql, parameters, ...options, resolve, reject });
    }) as Promise<T[]>;
  }

  private async flush(): Promise<void> {
    const reads = this.pending;
    this.pending = [];
    const trips: PendingRead[][] = [];
    for (let start = 0; start < reads.length; start += STATEMENTS_PER_TRIP) {
      trips.push(reads.slice(start, start + STATEMENTS_PER_TRIP));
    }
    await Promise.all(trips.map((trip) => this.send(trip)));
  }

  /** One round trip for `reads`, or one each when they cannot go together. */
  private async send(reads: PendingRead[]): Promise<void> {
    if (reads.every((read) => read.parameters.every(inlinable))) {
      const results = await this.together(reads).catch(() => null);
      if (results) {
        reads.forEach((read, index) => read.resolve(results[index].rows));
        return;
      }
      // Below, each statement again on its own: its caller gets its own answer or error.
    }
    await Promise.all(
      reads.map(async (read) => {
        try {
          const result = await withPoolClient(this.dataSource, (client) =>
            client.query<Row>(read.sql, read.parameters),
          );
          read.resolve(result.rows);
        } catch (error) {
          this.dataSource.logger.logQueryError(error as Error, read.sql, read.parameters);
          read.reject(error);
        }
      }),
    );
  }

  /** The reads as one simple-protocol query, each statement executed as prepared when it can be. */
  private together(reads: PendingRead[]): Promise<QueryResult<Row>[]> {
    return withPoolClient(this.dataSource, async (client: PoolClient) => {
      const prepared = statementsPreparedOn(client);
      const names = await prepared.prepare(reads.map((read) => read.sql));
      // The plan cache mode each execution asks for, set (for this round trip's implicit
      // transaction only) where it changes; `answers` are the reads' places among the results.
      const statements: string[] = [];
      const answers: number[] = [];
      let generic = false;
      reads.forEach((read, index) => {
        const name = names[index];
        if (name && Boolean(read.genericPlan) !== generic) {
          generic = !generic;
          statements.push(
            `SET LOCAL plan_cache_mode TO ${generic ? 'force_generic_plan' : 'DEFAULT'}`,
          );
        }
        answers.push(statements.length);
        const literals = read.parameters.map(literal);
        if (!name) statements.push(inline(read.sql, literals));
        else if (literals.length) statements.push(`EXECUTE ${name}(${literals.join(', ')})`);
        else statements.push(`EXECUTE ${name}`);
      });
      try {
        const result = (await client.query(statements.join(';\n'))) as unknown as
          QueryResult<Row> | QueryResult<Row>[];
        const results = Array.isArray(result) ? result : [result];
        return answers.map((at) => results[at]);
      } catch (error) {
        // A statement dropped from the connection meanwhile would fail every later trip.
        prepared.forget(reads.map((read) => read.sql));
        throw error;
      }
    });
  }
}

/** Values pg would send as text; binary ones (Buffers) go with the statement on its own. */
function inlinable(value: unknown): boolean {
  return !Buffer.isBuffer(value);
}

/** What `escapeLiteral` would leave as it is, in quotes. */
const NOTHING_TO_ESCAPE = /^[^'\\]*$/;

/** The literal of the text pg would have sent for a value (NULL for null and undefined). */
function literal(value: unknown): string {
  const text = prepareValue(value) as string | null; // not a Buffer: see inlinable
  if (text === null) return 'NULL';
  // pg's escapeLiteral builds its answer a character at a time: for the common text with nothing
  // to escape (ids, arrays of them) that was 4 % of all a strategy page allocated.
  return NOTHING_TO_ESCAPE.test(text) ? `'${text}'` : escapeLiteral(text);
}

/** `$n` replaced by its literal (`literal`). */
function inline(sql: string, literals: string[]): string {
  // Our statements quote no `$n` inside strings, and dollar-quoting appears only in migrations.
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => literals[Number(n) - 1]);
}

const batches = new WeakMap<DataSource, ReadBatch>();

/** Runs a read statement with the others of this turn of the event loop (see ReadBatch). */
export function batchedRead<T extends object = Row>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[] = [],
  options: ReadOptions = {},
): Promise<T[]> {
  return kept(batches, dataSource, () => new ReadBatch(dataSource)).query<T>(
    sql,
    parameters,
    options,
  );
}
