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

/**
 * How long a connection waits for any answer before it gives up on the server (see
 * `clientAnsweringWithin`): longer than a statement may run, by the time its cancellation takes
 * to come back.
 */
export function answerWithinMs(timeouts: DatabaseTimeouts): number {
  return timeouts.statementMs + 2_000;
}

/** The settings as a connection's startup options (`-c name=value`). */
export function timeoutOptions(timeouts: DatabaseTimeouts): string {
  return [
    `-c statement_timeout=${timeouts.statementMs}`,
    `-c lock_timeout=${timeouts.lockMs}`,
    `-c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  ].join(' ');
}

/** Node's codes for a connection refused, lost or never made. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether `cause` says the database is gone: refused or lost connections, a server shutting
 * down or starting (57P01–57P03), a connection exception (class 08), or no answer in time.
 */
function databaseGone(cause: { code?: unknown; message?: unknown }): boolean {
  const code = typeof cause.code === 'string' ? cause.code : '';
  return (
    code === 'DATABASE_NO_ANSWER' ||
    UNREACHABLE.has(code) ||
    /^(08...|57P0[123])$/.test(code) ||
    /^Connection terminated|not queryable/.test(String(cause.message))
  );
}

/** What a caller is told when the database gave up on their request in time, or null. */
export function timedOut(
  error: unknown,
  timeouts: DatabaseTimeouts,
): { code: string; message: string } | null {
  const cause = ((error as { driverError?: unknown })?.driverError ?? error) as {
    code?: unknown;
    message?: unknown;
  } | null;
  if (!cause || typeof cause !== 'object') return null;
  const seconds = (ms: number) => `${ms / 1000} s`;
  if (cause.code === '57014') {
    return {
      code: 'TIMEOUT',
      message: `The request took longer than the database allows (${seconds(timeouts.statementMs)}). Ask for less at once.`,
    };
  }
  if (cause.code === '55P03') {
    return {
      code: 'LOCK_TIMEOUT',
      message: `Another request is changing the same records and held them over ${seconds(timeouts.lockMs)}. Try again.`,
    };
  }
  if (/timeout exceeded when trying to connect/.test(String(cause.message))) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message: `No database connection was to be had within ${seconds(timeouts.connectMs)}: the database is busy or not answering. Try again shortly.`,
    };
  }
  if (databaseGone(cause)) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      message:
        'The database is not answering right now. A change you sent was saved whole or not at all: look before sending it again. Try again shortly.',
    };
  }
  return null;
}
