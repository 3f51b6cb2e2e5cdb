import { loadConfigOrExit } from '../core/config';
import { WEB_CLIENT_DIST } from '../core/http/web-client';
import { stopOnSignals } from '../shutdown';
import { healthIntervalFromEnv } from './env';
import { namedLogger } from './log';
import { startProxy, type RunningProxy } from './proxy';

/**
 * The cluster's proxy alone, as a service of its own (docker/compose.yaml): `node
 * dist/cluster/proxy-main.js` with `PROXY_UPSTREAMS`, the API processes' addresses
 * (`http://api-1:4000,http://api-2:4000`), listening on PORT and HOST and serving the web client
 * of WEB_CLIENT_DIR. On SIGTERM it takes no new connection and finishes its requests in flight.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const upstreams = (process.env.PROXY_UPSTREAMS ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  if (upstreams.length === 0 || !upstreams.every((url) => /^https?:\/\/[^/]+$/.test(url))) {
    process.stderr.write(
      'PROXY_UPSTREAMS: the API processes, e.g. http://api-1:4000,http://api-2:4000\n',
    );
    process.exit(2);
  }
  let proxy: RunningProxy | null = null;
  stopOnSignals(
    namedLogger('proxy'),
    async () => {
      await proxy?.drain(config.SHUTDOWN_GRACE_MS);
      await proxy?.close(2_000);
    },
    config.SHUTDOWN_GRACE_MS,
  );
  proxy = await startProxy({
    port: config.PORT,
    host: config.HOST,
    upstreams: upstreams.map((url) => ({ name: new URL(url).host, url })),
    webClientDir: config.WEB_CLIENT_DIR ?? WEB_CLIENT_DIST,
    healthIntervalMs: healthIntervalFromEnv(),
  });
  process.stdout.write(`Samverkan proxy ready at ${proxy.url}/ for ${upstreams.join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Samverkan proxy failed to start: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
