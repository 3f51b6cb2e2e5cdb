import { getOperationAST, parse } from 'graphql';

/**
 * Whether an HTTP request's body asks for a query (not a mutation or subscription): parsed here
 * for that alone, before Apollo parses it again, with the same bound on its tokens. Anything
 * that does not parse is no query (Apollo answers it with the error).
 */
export function asksForQuery(body: unknown, maxTokens: number): boolean {
  if (!body || typeof body !== 'object') return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const document = parse(query, { noLocation: true, maxTokens });
    const name = typeof operationName === 'string' ? operationName : undefined;
    return getOperationAST(document, name)?.operation === 'query';
  } catch {
    return false;
  }
}
