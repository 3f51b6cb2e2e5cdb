import type { DataSource } from 'typeorm';

/** How often a replica is asked whether it answers. */
export const REPLICA_CHECK_EVERY_MS = 1_000;

/**
 * Whether a streaming replica answers (and holds the API's migrations), asked every
 * `REPLICA_CHECK_EVERY_MS` on a connection of its own: while it does not, reads go to the primary,
 * so a replica stopped, crashed or frozen costs the reads routed to it in the second before the
 * next check, not every read after.
 */
export class ReplicaWatch {
  private problem: string | null = null;
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly check: () => Promise<string | null>,
    private readonly onChange: (problem: string | null) => void,
  ) {
    this.timer = setInterval(() => void this.checkNow(), REPLICA_CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** Whether the replica answered at the last check. */
  get up(): boolean {
    return this.problem === null;
  }

  private async checkNow(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const problem = await this.check();
      if (problem !== this.problem) {
        this.problem = problem;
        this.onChange(problem);
      }
    } finally {
      this.checking = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Callers remembered as having written, at most: the oldest is forgotten first. */
const MAX_WRITERS = 10_000;

/**
 * Which database a read-only request is served from, when there is a streaming replica: the
 * replica, unless its caller wrote and the replica has not yet replayed that write. A caller's
 * mutation marks them (`writing`); their next read asks the primary where its WAL is now (past
 * their commit, as the read came after the mutation's answer) and is served by the replica only
 * once the replica has replayed that far (`pg_last_wal_replay_lsn()`), else by the primary. A
 * caller the replica has caught up with is forgotten. What is remembered is this process's: a
 * caller whose reads reach another API process may read from a replica that lags there.
 */
export class ReplicaRouting {
  /** Each caller who wrote: the primary's WAL position their reads wait for, once asked. */
  private readonly writers = new Map<string, string | null>();

  constructor(
    private readonly primary: DataSource,
    private readonly replica: DataSource,
  ) {}

  /** `caller` is writing: their reads go to the primary until the replica has their write. */
  writing(caller: string): void {
    this.writers.delete(caller);
    this.writers.set(caller, null);
    if (this.writers.size > MAX_WRITERS) {
      this.writers.delete(this.writers.keys().next().value as string);
    }
  }

  /** Whether a read of `caller` (null: anonymous, who never writes) may be served by the replica. */
  async replicaMayServe(caller: string | null): Promise<boolean> {
    if (caller === null || !this.writers.has(caller)) return true;
    let position = this.writers.get(caller);
    if (!position) {
      position = await walPosition(this.primary, 'pg_current_wal_lsn()');
      this.writers.set(caller, position);
    }
    const replayed = await walPosition(this.replica, 'pg_last_wal_replay_lsn()');
    const caughtUp = compareLsn(replayed, position) >= 0;
    if (caughtUp) this.writers.delete(caller);
    return caughtUp;
  }
}

async function walPosition(dataSource: DataSource, expression: string): Promise<string> {
  const [{ lsn }] = await dataSource.query<{ lsn: string | null }[]>(
    `SELECT ${expression}::text AS lsn`,
  );
  return lsn ?? '0/0';
}

/** Orders two WAL positions (`16/B374D848`: the high and low 32 bits in hexadecimal). */
export function compareLsn(a: string, b: string): number {
  const value = (lsn: string) => {
    const [high, low] = lsn.split('/');
    return BigInt(`0x${high}`) * 2n ** 32n + BigInt(`0x${low}`);
  };
  const difference = value(a) - value(b);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

/** The replica's URL with the login of `appUrl` (the API's requests'): roles are replicated. */
export function replicaUrlFor(replicaUrl: string, appUrl: string): string {
  const url = new URL(replicaUrl);
  const login = new URL(appUrl);
  url.username = login.username;
  url.password = login.password;
  return url.href;
}
