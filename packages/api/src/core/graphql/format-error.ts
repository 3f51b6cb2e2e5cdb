import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Forbidden, InvalidArgument, Unauthenticated, ValidationFailed } from '../errors';
import { DEFAULT_TIMEOUTS, timedOut, type DatabaseTimeouts } from '../db/timeouts';
import type { Logger } from '../logger';
import {
  DEFAULT_LIMITS,
  LIMIT_EXCEEDED,
  parseLimitError,
  withoutSuggestions,
  type DocumentLimits,
} from './limits';

/**
 * Maps domain errors to GraphQL error codes at the edge, and the database's timeouts to TIMEOUT,
 * LOCK_TIMEOUT or SERVICE_UNAVAILABLE. Anything unexpected is masked as INTERNAL_SERVER_ERROR
 * with the request id; the details go only to the log.
 */
export function createFormatError(
  logger: Logger,
  options: { limits: DocumentLimits; hideSuggestions: boolean; timeouts: DatabaseTimeouts } = {
    limits: DEFAULT_LIMITS,
    hideSuggestions: false,
    timeouts: DEFAULT_TIMEOUTS,
  },
) {
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
    // The database away or slow, wherever it was met: in a resolver, or before any (Apollo wraps
    // what the context's making threw, e.g. reading the caller's token, in an error of its own).
    const late = timedOut(
      original instanceof GraphQLError ? (original.originalError ?? original) : original,
      options.timeouts,
    );
    if (late) {
      logger.warn({ err: original, requestId, path: formatted.path }, late.message);
      return withCode(late.code, late.message);
    }
    // Errors GraphQL and Apollo raised about the request (syntax, validation, variables) are the
    // caller's to read; anything else our code threw is not.
    if (original instanceof GraphQLError) {
      // The parser's limits, and the limit rules' errors (whose code Apollo replaced).
      const limit = parseLimitError(original, options.limits) ?? original;
      const { limit: name, max } = limit.extensions;
      if (name) return withCode(LIMIT_EXCEEDED, limit.message, { limit: name, max });
      return options.hideSuggestions
        ? { ...formatted, message: withoutSuggestions(formatted.message) }
        : formatted;
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return withCode('INTERNAL_SERVER_ERROR', internalErrorMessage(requestId));
  };
}

/** What a caller reads about a failure of ours: nothing of it, but the id to quote. */
export function internalErrorMessage(requestId: unknown): string {
  return `Something went wrong on our side. Quote request id ${requestId ?? 'unknown'} when reporting it.`;
}
