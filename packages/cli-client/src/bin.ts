#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError, type ClientOptions } from './client';
import { addActorsCommand } from './commands/actors';
import { addTokensCommand } from './commands/tokens';

const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** Usage errors (unknown option, value not allowed, …) exit with this code. */
const USAGE_EXIT_CODE = 2;

const program = new Command('samverkan')
  .description('A command-line client for the Samverkan GraphQL API.')
  .option('--url <url>', `the API's GraphQL address (default: $SAMVERKAN_URL or ${DEFAULT_URL})`)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

function clientOptions(): ClientOptions {
  const url: string =
    program.opts<{ url?: string }>().url || process.env.SAMVERKAN_URL || DEFAULT_URL;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new CliError(`the API address "${url}" is not an http(s) URL.`, USAGE_EXIT_CODE);
  }
  return { url, token: process.env.SAMVERKAN_TOKEN || undefined };
}

addActorsCommand(program, clientOptions);
addTokensCommand(program, clientOptions);

async function main(): Promise<void> {
  try {
    await program.parseAsync();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and --version exit with 0.
      process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`samverkan: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}

void main();
