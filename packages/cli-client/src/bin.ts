#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './client';
import { addActorsCommand } from './commands/actors';
import { addEditCommands } from './commands/edit';
import { addEndCommands } from './commands/end';
import { addExportCommand } from './commands/export';
import { addImportCommand } from './commands/import';
import { addAreasCommand } from './commands/areas';
import { addChangesCommand } from './commands/changes';
import { addCompletionCommand } from './commands/completion';
import { addForumsCommand } from './commands/forums';
import { addHistoryCommand } from './commands/history';
import { addMergeCommand } from './commands/merge';
import { addWebhooksCommand } from './commands/webhooks';
import { addLoginCommands, expiredLogin, type Credentials } from './commands/login';
import { addPeopleCommand } from './commands/people';
import { addQueryCommand } from './commands/query';
import { addRaciCommand } from './commands/raci';
import { addResponsibilitiesCommand } from './commands/responsibilities';
import { addSearchCommand } from './commands/search';
import { addStrategiesCommand } from './commands/strategies';
import { addTokensCommand } from './commands/tokens';
import { readLogin } from './config';
import { examples } from './options';

const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

const program = new Command('samverkan')
  .description('A command-line client for the Samverkan GraphQL API.')
  .option('--url <url>', `the API's GraphQL address (default: $SAMVERKAN_URL or ${DEFAULT_URL})`)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();
examples(
  program,
  'samverkan search länsstyrelsen',
  'samverkan actors show region-jamtland-harjedalen',
  'samverkan --url https://samverkan.example.se/graphql forums list --json',
);

/**
 * The address and token a command uses: `--url`, else SAMVERKAN_URL, else the kept login's, else
 * the default; SAMVERKAN_TOKEN, else the kept login's token, which is only ever sent to the
 * address it was kept for.
 */
function credentials(): Credentials {
  const option = program.opts<{ url?: string }>().url;
  const env = process.env.SAMVERKAN_URL;
  const login = readLogin();
  const [url, urlFrom]: [string, Credentials['urlFrom']] = option
    ? [option, 'option']
    : env
      ? [env, 'SAMVERKAN_URL']
      : login
        ? [login.url, 'login']
        : [DEFAULT_URL, 'default'];
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new CliError(`the API address "${url}" is not an http(s) URL.`, EXIT.usage);
  }
  const envToken = process.env.SAMVERKAN_TOKEN;
  if (envToken) return { url, urlFrom, token: envToken, tokenFrom: 'SAMVERKAN_TOKEN' };
  if (login && login.url === url) return { url, urlFrom, token: login.token, tokenFrom: 'login' };
  return { url, urlFrom, token: undefined, tokenFrom: null };
}

/** Whether the token in use is the kept login's (false when the address itself is bad). */
function keptTokenInUse(): boolean {
  try {
    return credentials().tokenFrom === 'login';
  } catch {
    return false;
  }
}

addLoginCommands(program, credentials);
addSearchCommand(program, credentials);
addActorsCommand(program, credentials);
addPeopleCommand(program, credentials);
addForumsCommand(program, credentials);
addStrategiesCommand(program, credentials);
addResponsibilitiesCommand(program, credentials);
addAreasCommand(program, credentials);
addRaciCommand(program, credentials);
addHistoryCommand(program, credentials);
addChangesCommand(program, credentials);
addTokensCommand(program, credentials);
addWebhooksCommand(program, credentials);
addQueryCommand(program, credentials);
addEditCommands(program, credentials);
addEndCommands(program, credentials);
addMergeCommand(program, credentials);
addImportCommand(program, credentials);
addExportCommand(program, credentials);
addCompletionCommand(program);

async function main(): Promise<void> {
  try {
    await program.parseAsync();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and --version exit with 0.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    const told = expiredLogin(error, keptTokenInUse());
    if (told instanceof CliError) {
      process.stderr.write(`samverkan: ${told.message}\n`);
      process.exitCode = told.exitCode;
      return;
    }
    throw told;
  }
}

void main();
