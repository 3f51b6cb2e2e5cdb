import { GraphQLError } from 'graphql';

/** What a caller says they are: an API token (`Authorization: Bearer`), or a session's cookie. */
export type Credentials = { token: string } | { session: string };

/**
 * The token of an `Authorization: Bearer <token>` header; null without the header; `malformed`
 * for any other value: a caller who sends one means to be someone, and is told, not read as
 * anonymous.
 */
function bearerToken(value: unknown): string | null | 'malformed' {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return 'malformed';
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : 'malformed';
}

/** A request's credentials: its token when it sends one (scripts), else its session cookie. */
export function credentialsOf(
  authorization: unknown,
  session: string | null,
): Credentials | null | 'malformed' {
  const token = bearerToken(authorization);
  if (token === 'malformed') return token;
  if (token) return { token };
  return session ? { session } : null;
}

export const malformedAuthorization = () =>
  new GraphQLError('The Authorization header must be "Bearer <token>".', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

/** Whether a WebSocket's `Origin` is the API's own (by its `Host`), one allowed, or none. */
export function sameOrAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: string[],
): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const unknownToken = () =>
  new GraphQLError('This API token is unknown or revoked.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
