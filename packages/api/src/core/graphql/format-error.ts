import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Forbidden, InvalidArgument, Unauthenticated, ValidationFailed } from '../errors';
import type { Logger } from '../logger';

/**
 * Maps domain errors to GraphQL error codes at the edge. Anything unexpected is masked as
 * INTERNAL_SERVER_ERROR with the request id; the details go only to the log.
 */
export function createFormatError(logger: Logger) {
  return (
    formatted: GraphQLFormattedError,
    error: unknown,
    /** The operation's request; over HTTP the executor has put it in the error's extensions. */
    operationRequestId?: string,
  ): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const requestId = operationRequestId ?? (formatted.extensions?.requestId as string | undefined);
    const withCode = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...extra, requestId },
    });
    if (original instanceof Unauthenticated) return withCode('UNAUTHENTICATED', original.message);
    if (original instanceof Forbidden) return withCode('FORBIDDEN', original.message);
    if (original instanceof InvalidArgument) {
      return withCode('BAD_USER_INPUT', original.message, { argument: original.argument });
    }
    if (original instanceof ValidationFailed) {
      return withCode('BAD_USER_INPUT', original.message, { userErrors: original.errors });
    }
    // Errors GraphQL and Apollo raised about the request (syntax, validation, variables) are the
    // caller's to read; anything else our code threw is not.
    if (original instanceof GraphQLError) return formatted;
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return withCode('INTERNAL_SERVER_ERROR', internalErrorMessage(requestId));
  };
}

/** What a caller reads about a failure of ours: nothing of it, but the id to quote. */
export function internalErrorMessage(requestId: unknown): string {
  return `Something went wrong on our side. Quote request id ${requestId ?? 'unknown'} when reporting it.`;
}
