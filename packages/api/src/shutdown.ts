import type { Logger } from './core/logger';

/** What a shutdown may take beyond the requests' grace period (WebSockets, pools, PostgreSQL). */
const CLOSING_MS = 10_000;

/**
 * On SIGTERM or SIGINT, runs `stop` once and exits 0 when it is done. A shutdown that does not end
 * within `graceMs` and a margin (something hangs), or a second signal, exits at once with 1.
 */
export function stopOnSignals(
  logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  stop: () => Promise<void>,
  graceMs: number,
): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down (requests in flight have ${graceMs / 1000} s)`);
    setTimeout(() => {
      logger.error('shutdown: not done in time, exiting');
      process.exit(1);
    }, graceMs + CLOSING_MS).unref();
    stop().then(
      () => {
        logger.info('shutdown: done');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
