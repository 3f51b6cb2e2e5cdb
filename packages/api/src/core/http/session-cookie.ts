import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, serialize } from 'cookie';

/** The cookie a signed-in browser sends: the session's secret (see SessionService). */
export const SESSION_COOKIE = 'samverkan_session';

/** What signing in and out do to the HTTP exchange they arrive in; none over WebSocket. */
export interface SessionCookie {
  /** The caller's address and browser, kept with a session so its user can tell them apart. */
  client: { ip: string | null; userAgent: string | null };
  /** Sends the session's secret as an HTTP-only cookie, until `expiresAt` at the latest. */
  set(secret: string, expiresAt: Date): void;
  /** Tells the browser to forget the session's cookie. */
  clear(): void;
}

/** The session secret a request's cookie carries, if any. */
export function sessionSecretOf(request: IncomingMessage): string | null {
  const header = request.headers.cookie;
  return header ? (parse(header)[SESSION_COOKIE] ?? null) : null;
}

/** A host a browser may be sent a cookie over plain HTTP from: this machine only. */
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/**
 * The session cookie of one HTTP exchange: HTTP-only (no script reads it), `SameSite=Lax` (not
 * sent with another site's form posts or requests, so those cannot act as the user), and `Secure`
 * unless the API is reached on this machine's own address (the browser then sends it over HTTPS
 * only, as behind the proxy that terminates TLS in production).
 */
export function sessionCookie(
  request: IncomingMessage,
  response: ServerResponse,
  /** The client's address (`clientAddress`). */
  address: string | null,
): SessionCookie {
  const secure = !LOCAL_HOST.test(request.headers.host ?? '');
  const write = (value: string, expires: Date) =>
    response.appendHeader(
      'set-cookie',
      serialize(SESSION_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        expires,
      }),
    );
  const userAgent = request.headers['user-agent'];
  return {
    client: {
      ip: address,
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
    set: (secret, expiresAt) => write(secret, expiresAt),
    clear: () => write('', new Date(0)),
  };
}
