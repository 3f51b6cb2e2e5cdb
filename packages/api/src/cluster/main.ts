import { spawn } from 'node:child_process';
import { loadConfigOrExit } from '../core/config';
import { WEB_CLIENT_DIST } from '../core/http/web-client';
import {
  embeddedDatabaseDirOf,
  startEmbeddedDatabase,
  type EmbeddedPostgres,
} from '../embedded-database';
import { stopOnSignals } from '../shutdown';
import { freePort } from '../core/free-port';
import { healthIntervalFromEnv, wholeFromEnv } from './env';
import { logLine, namedLogger, prefixLines } from './log';
import { startProxy, type RunningProxy } from './proxy';
import { startRedisServer, type RunningRedis } from './redis-server';
import { API_MAIN, Replica } from './replica';

/**
 * `pnpm start:cluster`: the API as several processes behind one address, the topology of
 * docker/compose.yaml without containers. See the API README's "Several processes".
 */

/** How long the API processes may take to be ready after the migration step. */
const READY_TIMEOUT_MS = 120_000;

/** Runs `node dist/main.js migrate` once, before any API process; fails unless it ends with 0. */
async function migrate(env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [API_MAIN, 'migrate'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines('migrate', child.stdout);
  prefixLines('migrate', child.stderr);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the migration step failed (exit ${code})`);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const size = wholeFromEnv('CLUSTER_API_PROCESSES', 2, 1, 16);
  const healthIntervalMs = healthIntervalFromEnv();
  const log = namedLogger('cluster');
  const grace = config.SHUTDOWN_GRACE_MS;
  let embedded: EmbeddedPostgres | null = null;
  let redis: RunningRedis | null = null;
  let proxy: RunningProxy | null = null;
  const replicas: Replica[] = [];
  // In order: the proxy takes no new connection and finishes its requests in flight, then the
  // API processes drain (their WebSockets closed with 1001), then Redis, PostgreSQL last.
  const stopAll = async () => {
    logLine('cluster', 'proxy: no new connections; finishing the requests in flight');
    await proxy?.drain(grace);
    logLine('cluster', 'stopping the API processes');
    await Promise.all(replicas.map((replica) => replica.stop(grace + 10_000)));
    await proxy?.close(2_000);
    if (redis) logLine('cluster', 'stopping Redis');
    await redis?.stop();
    if (embedded) logLine('cluster', 'stopping PostgreSQL');
    await embedded?.stop();
  };
  stopOnSignals(log, stopAll, 2 * grace);
  try {
    if (!config.DATABASE_URL) {
      embedded = await startEmbeddedDatabase(
        embeddedDatabaseDirOf(config),
        config.EMBEDDED_POSTGRES_PORT,
        log,
      );
    }
    const databaseUrl = config.DATABASE_URL ?? (embedded as EmbeddedPostgres).url;
    if (!config.REDIS_URL) redis = await startRedisServer(await freePort(), { log: true });
    const redisUrl = config.REDIS_URL ?? (redis as RunningRedis).url;

    // PORT 0 (tests): free ports for all; else the proxy on PORT and the API processes after it.
    const port = config.PORT || (await freePort());
    const ports = [];
    for (let i = 1; i <= size; i += 1) ports.push(config.PORT ? config.PORT + i : await freePort());
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const publicUrl = config.PUBLIC_URL ?? `http://${host}:${port}`;
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, PUBLIC_URL: publicUrl };

    logLine('cluster', 'migration step: migrations, seed data, first admin');
    await migrate(shared);
    for (const [index, replicaPort] of ports.entries()) {
      const replica = new Replica(`api-${index + 1}`, replicaPort, {
        ...shared,
        MIGRATE_ON_START: 'false',
        // The proxy appends the caller's address to X-Forwarded-For.
        TRUST_PROXY_HOPS: String(config.TRUST_PROXY_HOPS + 1),
      });
      replicas.push(replica);
      replica.start();
    }
    proxy = await startProxy({
      port,
      host: config.HOST,
      upstreams: replicas.map((replica) => ({ name: replica.name, url: replica.url })),
      webClientDir: config.WEB_CLIENT_DIR ?? WEB_CLIENT_DIST,
      healthIntervalMs,
    });
    const until = Date.now() + READY_TIMEOUT_MS;
    while ((proxy as RunningProxy).ready().length < size) {
      if (Date.now() > until) throw new Error('the API processes did not get ready in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stdout.write(
      `Samverkan cluster ready: ${publicUrl}/ (${size} API processes on ports ${ports.join(', ')}; ` +
        `GraphQL at ${publicUrl}/graphql)\n`,
    );
  } catch (error) {
    process.stderr.write(
      `Samverkan cluster failed to start: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    await stopAll();
    process.exit(1);
  }
}

void main();
