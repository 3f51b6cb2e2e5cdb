import type { Logger } from './logger';
import type { Caller } from './audit/audit.service';
import type { Viewer } from './auth/roles';
import type { Services } from '../services';
import type { Loaders } from '../loaders';

/** What every resolver gets: who asks, the services, and this request's DataLoaders. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  /** The viewer and request, as services record them in the audit log. */
  caller: Caller;
  services: Services;
  loaders: Loaders;
  logger: Logger;
}

const ANONYMOUS: Viewer = { tokenId: null, name: 'anonymous', role: 'VIEWER' };

export function createContext(
  services: Services,
  viewer: Viewer | null,
  requestId: string,
  logger: Logger,
): Context {
  return {
    requestId,
    viewer,
    caller: { viewer: viewer ?? ANONYMOUS, requestId },
    services,
    loaders: services.loaders(),
    logger,
  };
}
