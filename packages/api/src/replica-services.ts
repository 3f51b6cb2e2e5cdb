import type { DataSource } from 'typeorm';
import type { Viewer } from './core/auth/roles';
import { poolOf } from './core/db/pool-client';
import { ReplicaRouting } from './core/db/replica';
import type { DatabaseTimeouts } from './core/db/timeouts';
import { createApiDataSource } from './data-source';
import { createServices, type Loaders, type Services } from './services';

/**
 * The services of reads served by a streaming replica: a set for signed-in callers and one for
 * anonymous ones (the public role's), as on the primary; the account module's act as the API,
 * on the primary (`createServices`' `api`).
 */
export async function replicaServices(
  url: string,
  primary: DataSource,
  api: Services,
  options: { onQueryError: (message: string, query: string) => void; timeouts: DatabaseTimeouts },
) {
  const signedInSource = await createApiDataSource({ url, ...options }).initialize();
  const publicSource = await createApiDataSource({
    url,
    ...options,
    publicOnly: true,
  }).initialize();
  const signedIn = createServices(signedInSource, api.settings, api);
  const anonymous = createServices(publicSource, api.settings, api);
  const routing = new ReplicaRouting(primary, signedInSource);
  return {
    /**
     * Whether the replica serves this operation: a query over HTTP, of a caller whose last write
     * it has replayed. Any other operation of a signed-in caller may write: their reads go to the
     * primary until the replica has it.
     */
    async serves(viewer: Viewer | null, asksForQuery: () => boolean): Promise<boolean> {
      const caller = viewer && (viewer.sessionId ?? viewer.tokenId ?? viewer.userId);
      if (asksForQuery()) return routing.replicaMayServe(caller);
      if (caller) routing.writing(caller);
      return false;
    },
    servicesFor(viewer: Viewer | null): { services: Services; newLoaders: () => Loaders } {
      return viewer ? signedIn : anonymous;
    },
    pools: () => ({ replica: poolOf(signedInSource), 'replica-public': poolOf(publicSource) }),
    async destroy() {
      await publicSource.destroy();
      await signedInSource.destroy();
    },
  };
}
