import type { Command } from 'commander';
import type { ClientOptions } from './client';
import { idOf } from './lookup';
import { choiceOption } from './options';

/** The filters several lists share: words to look for, an area (by code), a kind, a status. */
export interface FilterOptions {
  search?: string;
  area?: string;
}

/**
 * Adds `--search <text>`, `--area <code>` (`area` says what it keeps), and `--kind`/`--status`
 * when the list has kinds or statuses to choose from.
 */
export function addFilters(
  command: Command,
  filters: { area: string; kinds?: readonly string[]; statuses?: readonly string[] },
): Command {
  command
    .option('--search <text>', 'words to look for in names, short names and descriptions')
    .option('--area <code>', `${filters.area}, e.g. 23 or 2380`);
  if (filters.kinds)
    command.addOption(choiceOption('--kind <kind>', 'only this kind', filters.kinds));
  if (filters.statuses) {
    command.addOption(choiceOption('--status <status>', 'only this status', filters.statuses));
  }
  return command;
}

/** `--search` and `--area` as the API's filters take them: the area's code resolved to its ID. */
export async function filterOf(client: ClientOptions, options: FilterOptions) {
  return {
    search: options.search?.trim() || undefined,
    area: await idOf(client, options.area, 'Area'),
  };
}
