import { escapeLiteral, type QueryResult } from 'pg';
import { prepareValue } from 'pg/lib/utils';
import type { DataSource } from 'typeorm';
import { kept } from '../kept';
import { countStatement } from '../request-scope';
import { withPoolClient } from './pool-client';

type Row = Record<string, unknown>;

interface PendingRead {
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
 * For reads outside transactions only: the statements of a round trip run in one implicit
 * transaction, and a failing one would abort the rest, so after a failure each runs again alone
 * and gets its own answer or error.
 */
class ReadBatch {
  private pending: PendingRead[] = [];

  constructor(private readonly dataSource: DataSource) {}

  query<T extends object>(sql: string, parameters: unknown[]): Promise<T[]> {
    countStatement();
    return new Promise<Row[]>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ sql, parameters, resolve, reject });
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
    const together = reads.length > 1 && reads.every((read) => read.parameters.every(inlinable));
    if (together) {
      try {
        const text = reads.map((read) => inline(read.sql, read.parameters)).join(';\n');
        const results = (await this.run(text)) as unknown as QueryResult<Row>[];
        reads.forEach((read, index) => read.resolve(results[index].rows));
        return;
      } catch {
        // Below, each statement again on its own: its caller gets its own answer or error.
      }
    }
    await Promise.all(
      reads.map(async (read) => {
        try {
          read.resolve((await this.run(read.sql, read.parameters)).rows);
        } catch (error) {
          this.dataSource.logger.logQueryError(error as Error, read.sql, read.parameters);
          read.reject(error);
        }
      }),
    );
  }

  private run(sql: string, parameters?: unknown[]): Promise<QueryResult<Row>> {
    return withPoolClient(this.dataSource, (client) => client.query<Row>(sql, parameters));
  }
}

/** Values pg would send as text; binary ones (Buffers) go with the statement on its own. */
function inlinable(value: unknown): boolean {
  return !Buffer.isBuffer(value);
}

/** `$n` replaced by the literal pg would have sent for it (NULL for null and undefined). */
function inline(sql: string, parameters: unknown[]): string {
  const literals = parameters.map((value) => {
    const text = prepareValue(value) as string | null; // not a Buffer: see inlinable
    return text === null ? 'NULL' : escapeLiteral(text);
  });
  // Our statements quote no `$n` inside strings, and dollar-quoting appears only in migrations.
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => literals[Number(n) - 1]);
}

const batches = new WeakMap<DataSource, ReadBatch>();

/** Runs a read statement with the others of this turn of the event loop (see ReadBatch). */
export function batchedRead<T extends object = Row>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return kept(batches, dataSource, () => new ReadBatch(dataSource)).query<T>(sql, parameters);
}
