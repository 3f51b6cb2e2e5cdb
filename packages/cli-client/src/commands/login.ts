import type { Command } from 'commander';
import { WhoAmIDocument, type WhoAmIQuery } from '@samverkan/schema';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { loginPath, removeLogin, writeLogin } from '../config';
import { examples } from '../options';

/** Where the address and token in use come from, for `whoami`. */
export interface Credentials extends ClientOptions {
  urlFrom: 'option' | 'SAMVERKAN_URL' | 'login' | 'default';
  tokenFrom: 'SAMVERKAN_TOKEN' | 'login' | null;
}

/** "anna@region.se (Anna Berg), EDITOR"; a service account by its token's name; or anonymous. */
function described({ viewer }: WhoAmIQuery): string {
  if (viewer.user) return `${viewer.user.email} (${viewer.user.displayName}), ${viewer.role}`;
  const token = viewer.tokens[0];
  if (token) return `the service account token "${token.name}", ${viewer.role}`;
  return 'anonymous (no token): public data only';
}

/**
 * Adds `samverkan login`, `whoami` and `logout`: the address and token kept in the user's
 * configuration folder (`loginPath`), which every command uses unless `--url`, SAMVERKAN_URL or
 * SAMVERKAN_TOKEN say otherwise.
 */
export function addLoginCommands(program: Command, credentials: () => Credentials): void {
  const login = program
    .command('login')
    .description(
      'Check an API token against the API and keep it, with the address, for later commands.',
    )
    .requiredOption(
      '--token <token>',
      'the API token (svk_…), as created in the web client or by an admin',
    )
    .action(async (options: { token: string }) => {
      const { url } = credentials();
      const who = await request({ url, token: options.token }, WhoAmIDocument, {});
      await writeLogin({ url, token: options.token });
      process.stdout.write(`logged in to ${url} as ${described(who)}\nkept in ${loginPath()}\n`);
    });
  examples(login, 'samverkan --url https://samverkan.example.se/graphql login --token svk_…');

  const whoami = program
    .command('whoami')
    .description('Say who the token in use stands for, and where address and token come from.')
    .option('--json', 'print it as JSON')
    .action(async (options: { json?: boolean }) => {
      const used = credentials();
      const who = await request(used, WhoAmIDocument, {});
      if (options.json) {
        const { url, urlFrom, tokenFrom } = used;
        process.stdout.write(
          `${JSON.stringify({ url, urlFrom, tokenFrom, ...who.viewer }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(
        `${described(who)}\nAPI: ${used.url} (from ${used.urlFrom})` +
          (used.tokenFrom ? `\ntoken from ${used.tokenFrom}` : '') +
          '\n',
      );
    });
  examples(whoami, 'samverkan whoami', 'SAMVERKAN_TOKEN=svk_… samverkan whoami --json');

  const logout = program
    .command('logout')
    .description('Forget the kept address and token (SAMVERKAN_TOKEN, if set, still counts).')
    .action(async () => {
      const had = await removeLogin();
      process.stdout.write(had ? `logged out: ${loginPath()} removed\n` : 'not logged in\n');
    });
  examples(logout, 'samverkan logout');
}

/** A kept login whose token the API no longer takes: say what to do. */
export function expiredLogin(error: unknown, keptTokenInUse: boolean): unknown {
  return error instanceof CliError && error.exitCode === EXIT.access && keptTokenInUse
    ? new CliError(
        `${error.message}\nThe kept login's token is refused: run samverkan login again.`,
        EXIT.access,
      )
    : error;
}
