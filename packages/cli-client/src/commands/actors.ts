import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  ActorsListDocument,
  type ActorLevel,
  type ActorSector,
  type ActorsListQuery,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { formatTable } from '../table';

type Actor = ActorsListQuery['actors']['nodes'][number];

// Records keyed by the schema's enums: the compiler fails when a value is missing or unknown.
const SECTOR: Record<ActorSector, true> = {
  PUBLIC: true,
  BUSINESS: true,
  ACADEMIA: true,
  CIVIL_SOCIETY: true,
};
const LEVEL: Record<ActorLevel, true> = { LOCAL: true, REGIONAL: true, NATIONAL: true, EU: true };
const SECTORS = Object.keys(SECTOR) as ActorSector[];
const LEVELS = Object.keys(LEVEL) as ActorLevel[];

/** The API returns at most 100 items a page. */
const PAGE_SIZE = 100;

interface ListOptions {
  search?: string;
  sector?: ActorSector;
  level?: ActorLevel;
  limit: number;
  json?: boolean;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('It must be a whole number of at least 1.');
  }
  return number;
}

/** Pages through the actors connection until `limit` actors or the end. */
async function fetchActors(
  client: ClientOptions,
  options: ListOptions,
): Promise<{ actors: Actor[]; totalCount: number }> {
  const filter = {
    search: options.search?.trim() || undefined,
    sector: options.sector,
    level: options.level,
  };
  const actors: Actor[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const first = Math.min(PAGE_SIZE, options.limit - actors.length);
    const { actors: page }: ActorsListQuery = await request(client, ActorsListDocument, {
      filter,
      first,
      after,
    });
    actors.push(...page.nodes);
    totalCount = page.totalCount;
    after = page.pageInfo.endCursor;
    if (actors.length >= options.limit || !page.pageInfo.hasNextPage || !after) break;
  }
  return { actors, totalCount };
}

function summary(shown: number, total: number): string {
  const noun = total === 1 ? 'actor' : 'actors';
  return shown < total ? `showing ${shown} of ${total} ${noun}` : `${total} ${noun}`;
}

function formatActors(actors: Actor[], totalCount: number): string {
  const table = formatTable(
    ['NAME', 'SHORT NAME', 'SECTOR', 'LEVEL', 'AREAS', 'SLUG'],
    actors.map((actor) => [
      actor.name,
      actor.shortName ?? '',
      actor.sector,
      actor.level,
      actor.areas.map((area) => area.code).join(','),
      actor.slug,
    ]),
  );
  return `${actors.length ? `${table}\n\n` : ''}${summary(actors.length, totalCount)}\n`;
}

/**
 * Adds `samverkan actors …` to the program (created with program.command() so it inherits the
 * program's settings). `client` is called when a subcommand runs, after global options are parsed.
 */
export function addActorsCommand(program: Command, client: () => ClientOptions): void {
  const actors = program.command('actors').description('The organisations the register knows.');

  actors
    .command('list')
    .description('List actors, sorted by name.')
    .option('--search <text>', 'words to look for in names, short names and descriptions')
    .addOption(new Option('--sector <sector>', 'only this sector').choices(SECTORS))
    .addOption(new Option('--level <level>', 'only this level').choices(LEVELS))
    .option('--limit <n>', 'show at most n actors', positiveInteger, 50)
    .option('--json', 'print the actors as a JSON array instead of a table')
    .action(async (options: ListOptions) => {
      const { actors: list, totalCount } = await fetchActors(client(), options);
      process.stdout.write(
        options.json ? `${JSON.stringify(list, null, 2)}\n` : formatActors(list, totalCount),
      );
    });
}
