import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from: the connection's; or, behind `hops` proxies that each append
 * the address they saw to `X-Forwarded-For`, the one the outermost proxy saw. Counted from the
 * right, so that entries a client wrote itself are never taken; with no header, the connection's.
 * What the rate limits, the sign-in throttle and the list of sessions use.
 */
export function clientAddress(request: IncomingMessage, hops: number): string | null {
  const connection = request.socket.remoteAddress ?? null;
  if (hops <= 0) return connection;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, connection];
  return chain[chain.length - 1 - hops] ?? chain[0];
}
