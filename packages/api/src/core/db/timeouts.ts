/**
 * Limits on the database's time, so that one slow statement, a held lock or a forgotten
 * transaction cannot take the pool: without them, twelve updates waiting on one row lock held
 * the ten connections and hung every read and the readiness check for as long as the lock.
 */
export interface DatabaseTimeouts {
  /** The longest one statement may run (`statement_timeout`). */
  statementMs: number;
  /** The longest a statement waits for a lock (`lock_timeout`). */
  lockMs: number;
  /** The longest a transaction may sit idle (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
  /** The longest a request waits for a connection of the pool. */
  connectMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = {
  statementMs: 15_000,
  lockMs: 5_000,
  idleInTransactionMs: 30_000,
  connectMs: 5_000,
};

/** The settings as a connection's startup options (`-c name=value`). */
export function timeoutOptions(timeouts: DatabaseTimeouts): string {
  return [
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  ].join(' ');
}

/** What a caller is told when the database gave up on their request in time, or null. */
export function timedOut(
  error: unknown,
  timeouts: DatabaseTimeouts,
): { code: string; message: string } | null {
  const cause = (error as { driverError?: unknown })?.driverError ?? error;
  const code = (cause as { code?: unknown })?.code;
  const seconds = (ms: number) => `${ms / 1000} s`;
  if (code === '57014') {
    return {
      code: 'TIMEOUT',
      message: `The request took longer than the database allows (${seconds(timeouts.statementMs)}). Ask for less at once.`,
    };
  }
  if (code === '55P03') {
    return {
      code: 'LOCK_TIMEOUT',
      message: `Another request is changing the same records and held them over ${seconds(timeouts.lockMs)}. Try again.`,
    };
  }
  if (/timeout exceeded when trying to connect/.test(String((cause as Error)?.message))) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message: `The database had no connection free within ${seconds(timeouts.connectMs)}. Try again shortly.`,
    };
  }
  return null;
}
