import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What belongs to one request wherever its code runs: its id and the number of SQL statements it
 * issued. The DataSource's logger and the read batch count into it, so tests can assert that a
 * request's cost does not grow with the size of its answer. Requests run in a scope only where
 * statements are counted (`SQL_STATEMENT_HEADER`, on in tests): see `withRequestScope`.
 */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, run: () => T): T {
  return storage.run(scope, run);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Every statement this process has issued (for `/metrics`), in a request's scope or not. */
let statementsIssued = 0;

export function statementsInProcess(): number {
  return statementsIssued;
}

export function countStatement(): void {
  statementsIssued += 1;
  const scope = storage.getStore();
  if (scope) scope.sqlStatements += 1;
}
