import { Client, type ClientConfig } from 'pg';
import type { Socket } from 'node:net';

/** The error a connection is ended with when its server did not answer a query in time. */
export class DatabaseNoAnswer extends Error {
  readonly code = 'DATABASE_NO_ANSWER';
  constructor(ms: number) {
    super(`the database did not answer within ${ms / 1000} s`);
  }
}

/**
 * A pg `Client` class for pools (pg's `Client` option) whose connections give up on a server
 * that stopped answering: a query with no answer within `ms` ends its connection, failing that
 * query and those queued behind it, and the pool replaces the connection. A frozen server (or
 * one on a host gone quiet) never answers, and the statement timeout, enforced by the server,
 * cannot fire there: without this a request and its connection waited for ever. Ending the
 * connection also ends its open transaction, which the server rolls back when it sees it: a
 * write in flight is committed whole or not at all (a COMMIT already sent may still complete).
 * Streams (`submit`: COPY, cursors) run unwatched: they may take as long as they need.
 *
 * No `ms` longer than any statement may run (`statement_timeout`, plus the answer's travel)
 * should be given: a slow statement is then cancelled by the server first, with its own error.
 */
export function clientAnsweringWithin(ms: number): typeof Client {
  return class ClientAnsweringWithin extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
      // Errors reach the queries they fail; a connection lost while checked out of the pool
      // (pg-pool listens only to idle ones) must not end the process as an unhandled event.
      this.on('error', () => undefined);
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one body for pg's overloads (a promise, a callback's void, a submittable)
    override query(...args: unknown[]): any {
      const [config] = args as [{ submit?: unknown } | string];
      if (typeof config === 'object' && typeof config?.submit === 'function') {
        return (super.query as (...rest: unknown[]) => unknown)(...args);
      }
      const timer = setTimeout(() => this.giveUp(ms), ms);
      const callbackAt = args.findIndex((arg) => typeof arg === 'function');
      if (callbackAt >= 0) {
        const callback = args[callbackAt] as (...results: unknown[]) => void;
        args[callbackAt] = (...results: unknown[]) => {
          clearTimeout(timer);
          callback(...results);
        };
        return (super.query as (...rest: unknown[]) => unknown)(...args);
      }
      const answer = (super.query as (...rest: unknown[]) => Promise<unknown>)(...args);
      return answer.finally(() => clearTimeout(timer));
    }

    private giveUp(ms: number): void {
      const { connection } = this as unknown as { connection: { stream: Socket } };
      connection.stream.destroy(new DatabaseNoAnswer(ms));
    }
  };
}
