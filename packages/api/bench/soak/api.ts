import { TokenService } from '../../src/core/auth/token.service';
import { createApiDataSource } from '../../src/data-source';
import type { RunningApi } from '../../src/testing/api-process';
import { INSPECTOR_URL } from './inspector';
import type { SoakedApi } from './soak';

/**
 * How the soaked API runs: built for production, its inspector open on loopback (to collect
 * garbage before measuring the heap), and without the per-caller limits, since one load
 * generator stands for many callers.
 */
export const SOAK_ENV = {
  NODE_ENV: 'production',
  NODE_OPTIONS: '--inspect=127.0.0.1:0',
  MAX_CONCURRENT_PER_CALLER: '1000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(1e7),
  RATE_LIMIT_SIGNED_IN_PER_MINUTE: String(1e7),
};

/** `running` (started with SOAK_ENV) as the soak needs it: with an editor's token for Sweden. */
export async function soakedApi(running: RunningApi, databaseUrl: string): Promise<SoakedApi> {
  const inspectorUrl = INSPECTOR_URL.exec(running.output())?.[1];
  if (!inspectorUrl) throw new Error(`the API opened no inspector:\n${running.output()}`);
  const dataSource = await createApiDataSource({ url: databaseUrl, poolSize: 1 }).initialize();
  try {
    const [sweden] = await dataSource.query("SELECT id FROM area WHERE kind = 'COUNTRY'");
    const { secret } = await new TokenService(dataSource).issue('soak', 'EDITOR', {
      areaIds: [sweden.id],
    });
    return { url: running.url, pid: running.process.pid!, inspectorUrl, editorToken: secret };
  } finally {
    await dataSource.destroy();
  }
}
