import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { kept } from '../kept';

/** A statement is prepared from its second use: a text seen once may never come again. */
const USES_BEFORE_PREPARING = 2;
/** Statements prepared on one connection at most; past them the rest go unprepared. */
const MAX_PER_CONNECTION = 500;
/** Texts whose uses are counted at most; past them the count starts again. */
const MAX_COUNTED = 10_000;

/** `42P05` duplicate_prepared_statement: prepared already (by another trip that failed after). */
const DUPLICATE_PREPARED_STATEMENT = '42P05';

const names = new Map<string, string>();
const nameOf = (sql: string) =>
  kept(names, sql, () => `read_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);

const uses = new Map<string, number>();
/** Texts PostgreSQL would not prepare (a parameter whose type it cannot tell): sent inlined. */
const unpreparable = new Set<string>();

function worthPreparing(sql: string): boolean {
  if (unpreparable.has(sql)) return false;
  if (uses.size >= MAX_COUNTED) uses.clear();
  const count = (uses.get(sql) ?? 0) + 1;
  uses.set(sql, count);
  return count >= USES_BEFORE_PREPARING;
}

/**
 * The read statements prepared (SQL `PREPARE`) on one connection of a pool, by text. PostgreSQL
 * keeps a prepared statement, and after a few executions its plan, for the connection's life,
 * and a new connection is a new `PoolClient`: the record lives and goes with the client.
 */
class PreparedOnConnection {
  private readonly texts = new Set<string>();

  constructor(private readonly client: PoolClient) {}

  /**
   * Prepares those of `texts` worth it and not prepared here yet, first all in one round trip,
   * after a failure one by one; gives each text's statement name, or null for one to inline.
   */
  async prepare(texts: string[]): Promise<(string | null)[]> {
    const wanted = [...new Set(texts)].filter(
      (sql) => !this.texts.has(sql) && this.texts.size < MAX_PER_CONNECTION && worthPreparing(sql),
    );
    if (wanted.length > 0) {
      const statement = (sql: string) => `PREPARE ${nameOf(sql)} AS ${sql}`;
      try {
        await this.client.query(wanted.map(statement).join(';\n'));
        wanted.forEach((sql) => this.texts.add(sql));
      } catch {
        for (const sql of wanted) {
          try {
            await this.client.query(statement(sql));
            this.texts.add(sql);
          } catch (error) {
            if ((error as { code?: string }).code === DUPLICATE_PREPARED_STATEMENT) {
              this.texts.add(sql);
            } else unpreparable.add(sql);
          }
        }
      }
    }
    return texts.map((sql) => (this.texts.has(sql) ? nameOf(sql) : null));
  }

  /** Not to be taken as prepared any more: the next use prepares them again (or finds them). */
  forget(texts: string[]): void {
    texts.forEach((sql) => this.texts.delete(sql));
  }
}

const connections = new WeakMap<PoolClient, PreparedOnConnection>();

/** The statements prepared on `client` (see `PreparedOnConnection`). */
export function statementsPreparedOn(client: PoolClient): PreparedOnConnection {
  return kept(connections, client, () => new PreparedOnConnection(client));
}
