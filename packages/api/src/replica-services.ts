import type { DataSource } from 'typeorm';
import type { Viewer } from './core/auth/roles';
import { poolOf } from './core/db/pool-client';
import { databaseProbe } from './core/db/readiness-probe';
import { ReplicaRouting, ReplicaWatch } from './core/db/replica';
import type { Logger } from './core/logger';
import type { DatabaseTimeouts } from './core/db/timeouts';
import { createApiDataSource } from './data-source';
import { createServices, type Loaders, type Services } from './services';

/**
 * The services of reads served by a streaming replica: a set for signed-in callers and one for
 * anonymous ones (the public role's), as on the primary; the account module's act as the API,
 * on the primary (`createServices`' `api`). While the replica does not answer, the primary
 * serves every read (`ReplicaWatch`).
 */
export async function replicaServices(
  url: string,
  primary: DataSource,
  api: Services,
  options: {
    onQueryError: (message: string, query: string) => void;
    timeouts: DatabaseTimeouts;
    /** The API's migrations: a replica that lacks one serves nothing. */
    migrations: string[];
    logger: Logger;
  },
) {
  const { onQueryError, timeouts, logger } = options;
  const signedInSource = await createApiDataSource({ url, onQueryError, timeouts }).initialize();
  const publicSource = await createApiDataSource({
    url,
    onQueryError,
    timeouts,
    publicOnly: true,
  }).initialize();
  const signedIn = createServices(signedInSource, api.settings, api);
  const anonymous = createServices(publicSource, api.settings, api);
  const routing = new ReplicaRouting(primary, signedInSource);
  const probe = databaseProbe(url, options.migrations);
  const watch = new ReplicaWatch(probe.check, (problem) =>
    problem
      ? logger.warn({ problem }, 'the read replica does not serve: reads go to the primary')
      : logger.info('the read replica serves reads again'),
  );
  return {
    /**
     * Whether the replica serves this operation: a query over HTTP, of a caller whose last write
     * it has replayed. Any other operation of a signed-in caller may write: their reads go to the
     * primary until the replica has it.
     */
    async serves(viewer: Viewer | null, asksForQuery: () => boolean): Promise<boolean> {
      const caller = viewer && (viewer.sessionId ?? viewer.tokenId ?? viewer.userId);
      if (!asksForQuery()) {
        if (caller) routing.writing(caller);
        return false;
      }
      if (!watch.up) return false;
      try {
        return await routing.replicaMayServe(caller);
      } catch {
        // It stopped answering since the last check: the primary serves, the watch will tell.
        return false;
      }
    },
    /** Whether the replica answered at the last check. */
    up: () => watch.up,
    servicesFor(viewer: Viewer | null): { services: Services; newLoaders: () => Loaders } {
      return viewer ? signedIn : anonymous;
    },
    pools: () => ({ replica: poolOf(signedInSource), 'replica-public': poolOf(publicSource) }),
    async destroy() {
      watch.stop();
      await probe.close();
      await publicSource.destroy();
      await signedInSource.destroy();
    },
  };
}
