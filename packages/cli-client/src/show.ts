import type { Command } from 'commander';
import { CliError, type ClientOptions } from './client';
import { described, lookUpOne, type Named } from './lookup';
import { examples, jsonOption, timeOptions } from './options';
import { json, write } from './output';

/** `--as-of`, `--json`: what every `show` may be given. */
export interface ShowOptions {
  asOf?: string;
  json?: boolean;
}

export interface ShowSpec<T> {
  /** The type of record shown, which the argument names by slug (an area by code) or ID. */
  type: Named | 'Responsibility';
  /**
   * A responsibility is named by its ID alone (`fetch` takes it): what to tell when none has it.
   * Other records are looked up by ID when no slug matches, and `lookUpOne` tells.
   */
  notFound?: (text: string) => string;
  description: string;
  examples: string[];
  /** Whether the record can be shown as it was on a day (`--as-of`). */
  asOf: boolean;
  /** The record with this slug (an area's code), or null when none has it. */
  fetch: (client: ClientOptions, key: string, options: ShowOptions) => Promise<T | null>;
  /** The record as people read it. */
  format: (record: T) => string;
}

/**
 * Adds `show <slug-or-id>`: the record by its slug (an area by its code) or, failing that, by its
 * global ID; printed for people, or with `--json` as the API answered. One that does not exist is
 * the user's error (exit 1), told with how to look for it.
 */
export function addShowCommand<T>(
  parent: Command,
  client: () => ClientOptions,
  spec: ShowSpec<T>,
): Command {
  const { type } = spec;
  const command = parent
    .command('show')
    .description(spec.description)
    .argument(...(ARGUMENT[type] ?? ARGUMENT.slug));
  if (spec.asOf) timeOptions(command, false);
  jsonOption(command, `the ${type.toLowerCase()}`);
  examples(command, ...spec.examples);
  command.action(async (text: string, options: ShowOptions) => {
    const used = client();
    let record = await spec.fetch(used, text, options);
    if (!record) {
      if (type === 'Responsibility') throw new CliError(spec.notFound?.(text) ?? text);
      // Not a slug: an ID, or nothing (lookUpOne then says what to do).
      const found = await lookUpOne(used, text, [type]);
      record = found.key === null ? null : await spec.fetch(used, found.key, options);
      if (!record) throw new CliError(`${described(found)} could not be read: try again.`);
    }
    write(options.json ? json(record) : spec.format(record));
  });
  return command;
}

const ARGUMENT: Record<string, [name: string, description: string]> = {
  slug: ['<slug-or-id>', 'its slug (as lists show it) or its ID'],
  Area: ['<code-or-id>', 'its official code (e.g. 23, 2380) or its ID'],
  Responsibility: ['<id>', 'its ID (as lists show it)'],
};
