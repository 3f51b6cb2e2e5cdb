import { parse, type OperationDefinitionNode } from 'graphql';

/** Methods that change nothing: a request with one may be sent again to another process. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may be sent again after a process failed it midway: an idempotent method, or a
 * GraphQL POST whose operation is a query (a read). A mutation may have been done before the
 * process died: it is never sent twice.
 */
export function mayRepeat(method: string | undefined, body: Buffer | null): boolean {
  if (IDEMPOTENT_METHODS.has(method ?? 'GET')) return true;
  if (!body) return false;
  try {
    const request = JSON.parse(body.toString('utf8')) as {
      query?: unknown;
      operationName?: unknown;
    };
    if (typeof request.query !== 'string') return false;
    const operations = parse(request.query).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === 'OperationDefinition',
    );
    const chosen =
      typeof request.operationName === 'string'
        ? operations.find((operation) => operation.name?.value === request.operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
    return chosen?.operation === 'query';
  } catch {
    return false; // not one GraphQL request: the API will say what is wrong with it
  }
}
