/** The cluster's own settings from the environment, beside the API's (core/config.ts). */

/** A whole number from the environment variable `name`, from `min` to `max`; stops if not. */
export function wholeFromEnv(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`${name}: must be a whole number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return value;
}

/** How often the proxy asks each API process's `/health/ready` (CLUSTER_HEALTH_INTERVAL_MS). */
export const healthIntervalFromEnv = () =>
  wholeFromEnv('CLUSTER_HEALTH_INTERVAL_MS', 500, 100, 60_000);
