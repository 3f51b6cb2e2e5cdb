import type { Logger } from './logger';
import type { Caller } from './audit/audit.service';
import type { Viewer } from './auth/roles';
import type { SessionCookie } from './http/session-cookie';

/**
 * What every resolver gets: who asks, the services, and this request's DataLoaders. Generic over
 * the services and loaders, which the composition root assembles from the modules
 * (`src/context.ts` names the API's own).
 */
export interface Context<S = unknown, L = unknown> {
  requestId: string;
  viewer: Viewer | null;
  /** The viewer and request, as services record them in the audit log. */
  caller: Caller;
  services: S;
  loaders: L;
  /** New, empty loaders: what is read through them is read as it is now. */
  newLoaders: () => L;
  logger: Logger;
  /** The session cookie of the HTTP request (signing in and out set it); null over WebSocket. */
  session: SessionCookie | null;
  /** The address the request came from (the rate limit of anonymous callers); null if unknown. */
  address: string | null;
  /** Over HTTP: whether the caller has closed the connection (their answer would go nowhere). */
  callerGone?: () => boolean;
}

const ANONYMOUS: Viewer = {
  tokenId: null,
  userId: null,
  sessionId: null,
  name: 'anonymous',
  role: 'VIEWER',
  areaLimits: [[]],
};

export function createContext<S, L>(options: {
  services: S;
  newLoaders: () => L;
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
  session?: SessionCookie | null;
  address?: string | null;
}): Context<S, L> {
  const { services, newLoaders, viewer, requestId, logger, session = null } = options;
  return {
    requestId,
    viewer,
    caller: { viewer: viewer ?? ANONYMOUS, requestId },
    services,
    loaders: newLoaders(),
    newLoaders,
    logger,
    session,
    address: options.address ?? null,
  };
}
