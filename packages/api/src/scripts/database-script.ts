import { BackupError } from '../core/backup/manifest';
import { ConfigError, loadConfig, type Config } from '../core/config';
import { apiDatabase } from '../embedded-database';

/**
 * Runs a script on the API's database (see `apiDatabase`): exits 2 with `usage` for a wrong
 * number of arguments or a bad setting, 1 with the message when `run` fails, else 0.
 */
export function runDatabaseScript(
  usage: string,
  arity: { minArguments?: number; maxArguments: number; mustExist: boolean },
  run: (args: string[], url: string, config: Config) => Promise<void>,
): void {
  const args = process.argv.slice(2);
  if (
    args.length < (arity.minArguments ?? 0) ||
    args.length > arity.maxArguments ||
    args.some((arg) => arg.startsWith('-'))
  ) {
    process.stderr.write(usage);
    process.exit(2);
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const main = async () => {
    const database = await apiDatabase(config, { mustExist: arity.mustExist });
    try {
      await run(args, database.url, config);
    } finally {
      await database.stop();
    }
  };
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const known = error instanceof BackupError;
      process.stderr.write(`${known ? '' : 'Failed: '}${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
