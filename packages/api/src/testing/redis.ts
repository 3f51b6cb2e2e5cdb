import { findRedisServer } from '../cluster/redis-server';

/**
 * Whether tests of `what` can start a redis-server (Debian's package `redis-server`, which .ci/run
 * installs). Where it is missing they are skipped with a message, except in CI, where a missing
 * one is a failure, never a quiet skip.
 */
export function canStartRedis(what: string): boolean {
  if (findRedisServer()) return true;
  if (process.env.CI) throw new Error('redis-server is missing: .ci/run should have installed it');
  process.stderr.write(
    `SKIPPED ${what}: redis-server is absent (apt-get install -y redis-server; .ci/run does it).\n`,
  );
  return false;
}
