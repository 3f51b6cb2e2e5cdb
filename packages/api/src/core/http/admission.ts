import { getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/roles';
import { operationCost } from '../graphql/cost';
import { limitError, type DocumentLimits } from '../graphql/limits';
import { pointsFor, type RateLimits, type RateLimitState } from './rate-limit';

/**
 * Whether an operation that passed the document's limits may run: its estimated cost within the
 * budget of one request, then charged to the caller's rate limit. The cost, and the caller's
 * state after the charge; a LIMIT_EXCEEDED (cost) or RATE_LIMITED error when not. Over HTTP and
 * WebSocket alike.
 */
export async function admitted(
  schema: GraphQLSchema,
  limits: DocumentLimits,
  rateLimits: RateLimits,
  request: {
    viewer: Viewer | null;
    address: string | null;
    document: DocumentNode;
    variables: Record<string, unknown> | undefined;
    operationName: string | undefined;
  },
): Promise<{ cost: number; rateLimit: RateLimitState }> {
  const { viewer, address, document, variables, operationName } = request;
  const cost = operationCost(schema, document, variables, operationName);
  if (cost > limits.cost) {
    throw limitError(
      'cost',
      limits.cost,
      `The request's estimated cost is ${cost}; one request may cost ${limits.cost}. Ask for fewer items at once.`,
    );
  }
  const operation = getOperationAST(document, operationName)?.operation ?? 'query';
  return { cost, rateLimit: await rateLimits.charge(viewer, address, pointsFor(cost, operation)) };
}
