import type { Command } from 'commander';
import {
  AllTokensListDocument,
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  TokensListDocument,
  type ApiTokenFieldsFragment,
} from '@samverkan/schema';
import { CliError, request, type ClientOptions } from '../client';
import { idOf } from '../lookup';
import { choiceOption, examples, wholeNumber } from '../options';
import { checked } from '../refusals';
import { formatTable } from '../table';

const day = (value: string | null) => (value ? value.slice(0, 10) : '');

function formatTokens(tokens: ApiTokenFieldsFragment[]): string {
  const table = formatTable(
    ['ID', 'NAME', 'PREFIX', 'SCOPES', 'FOR', 'AREAS', 'EXPIRES', 'LAST USED'],
    tokens.map((token) => [
      token.id,
      token.name,
      token.prefix,
      token.scopes.join(','),
      token.user?.email ?? `service account (${token.serviceAccountRole})`,
      // Empty: no limit of its own (a user's token reaches as far as its user).
      token.areas.map((area) => area.name).join(', '),
      day(token.expiresAt),
      day(token.lastUsedAt),
    ]),
  );
  const noun = tokens.length === 1 ? 'token' : 'tokens';
  return `${tokens.length ? `${table}\n\n` : ''}${tokens.length} ${noun}\n`;
}

/**
 * Adds `samverkan tokens …`: listing the API tokens of the token's holder (or all, for an
 * admin) and revoking one. The token in SAMVERKAN_TOKEN is the caller.
 */
export function addTokensCommand(program: Command, client: () => ClientOptions): void {
  const tokens = examples(
    program
      .command('tokens')
      .description('API tokens: yours (the holder of SAMVERKAN_TOKEN), or all for an admin.'),
    'samverkan tokens list',
  );

  const list = tokens
    .command('list')
    .description('List the API tokens still valid, newest first.')
    .option('--all', "every user's and service account's (admins only)")
    .option('--json', 'print the tokens as a JSON array instead of a table')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      const list = options.all
        ? (await request(client(), AllTokensListDocument, {})).apiTokens
        : (await request(client(), TokensListDocument, {})).viewer.tokens;
      process.stdout.write(
        options.json ? `${JSON.stringify(list, null, 2)}\n` : formatTokens(list),
      );
    });
  examples(list, 'samverkan tokens list', 'samverkan tokens list --all --json');

  const create = tokens
    .command('create')
    .description(
      'Make an API token: your own, or (admins) a service account with a role; its secret is shown this once.',
    )
    .requiredOption('--name <name>', 'what it is for, e.g. "kommunens import"')
    .addOption(
      choiceOption(
        '--scope <scope>',
        'READ or WRITE (repeatable; default both)',
        ['READ', 'WRITE'],
        true,
      ),
    )
    .addOption(
      choiceOption('--role <role>', "admins: a service account's token with this role", [
        'VIEWER',
        'EDITOR',
        'ADMIN',
      ]),
    )
    .option(
      '--area <code...>',
      'limit it to these areas (codes; an EDITOR service account needs one)',
    )
    .option('--expires-in-days <n>', 'days until it stops working', wholeNumber(3650))
    .action(
      async (options: {
        name: string;
        scope?: string[];
        role?: string;
        area?: string[];
        expiresInDays?: number;
      }) => {
        const api = client();
        const areas = options.area
          ? await Promise.all(options.area.map(async (code) => (await idOf(api, code, 'Area'))!))
          : undefined;
        const input = {
          name: options.name,
          scopes: options.scope as never,
          serviceAccountRole: options.role as never,
          areas,
          expiresInDays: options.expiresInDays,
        };
        const made = checked(
          (await request(api, ApiTokenCreateDocument, { input })).apiTokenCreate,
        );
        process.stdout.write(
          `${formatTokens([made.apiToken!])}Secret (shown only now; send it as Authorization: Bearer …):\n${made.secret}\n`,
        );
      },
    );
  examples(
    create,
    'samverkan tokens create --name "nightly export" --scope READ --expires-in-days 90',
    'samverkan tokens create --name "kommunens import" --role EDITOR --area 2380',
  );

  const revoke = tokens
    .command('revoke')
    .description('Revoke an API token (one of yours, the calling one, or any for an admin).')
    .argument('<id>', 'the ID from `tokens list`')
    .action(async (id: string) => {
      const { apiTokenRevoke } = await request(client(), ApiTokenRevokeDocument, { id });
      if (apiTokenRevoke.userErrors.length > 0) {
        throw new CliError(apiTokenRevoke.userErrors.map((error) => error.message).join('\n'));
      }
      process.stdout.write(`revoked ${id}: it no longer works\n`);
    });
  examples(revoke, 'samverkan tokens revoke QXBpVG9rZW46NGQ3…');
}
