import type { Command } from 'commander';
import {
  ActorDetailDocument,
  ActorsListDocument,
  type ActorDetailQuery,
  type ActorLevel,
  type ActorSector,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { LEVELS, SECTORS } from '../enums';
import { addListCommand } from '../list';
import { addFilters, filterOf, type FilterOptions } from '../filters';
import { choiceOption, examples } from '../options';
import { fields, period, section } from '../output';
import { identifiers, responsibilitiesSection, sourcesSection } from '../records';
import { addShowCommand } from '../show';

type ActorDetail = NonNullable<ActorDetailQuery['actor']>;

interface ListOptions extends FilterOptions {
  sector?: ActorSector;
  level?: ActorLevel;
  includeArchived?: boolean;
}

function formatActor(actor: ActorDetail): string {
  return (
    `${actor.name}\n\n` +
    fields([
      ['slug', actor.slug],
      ['id', actor.id],
      ['short name', actor.shortName],
      ['sector', actor.sector],
      ['level', actor.level],
      ['type', actor.type],
      ['areas', actor.areas.map((area) => `${area.code} ${area.name}`).join(', ')],
      ['part of', actor.parent && `${actor.parent.name} (${actor.parent.slug})`],
      ['website', actor.website],
      ['identifiers', identifiers(actor.identifiers)],
      ['description', actor.description],
    ]) +
    section('People', actor.positions, [
      ['NAME', (position) => position.person.name],
      ['TITLE', (position) => position.title ?? ''],
      ['VALID', (position) => period(position.validFrom, position.validTo)],
      ['SLUG', (position) => position.person.slug],
    ]) +
    section('Forums', actor.memberships, [
      ['FORUM', (membership) => membership.forum.name],
      ['ROLE', (membership) => membership.role],
      ['CATEGORY', (membership) => membership.category ?? ''],
      ['VALID', (membership) => period(membership.validFrom, membership.validTo)],
      ['SLUG', (membership) => membership.forum.slug],
    ]) +
    responsibilitiesSection(actor.responsibilities) +
    sourcesSection(actor.sources)
  );
}

/**
 * Adds `samverkan actors list` and `actors show` (created with parent.command() so they inherit
 * the program's settings). `client` is called when a subcommand runs, after global options are
 * parsed.
 */
export function addActorsCommand(program: Command, client: () => ClientOptions): void {
  const actors = examples(
    program.command('actors').description('The organisations the register knows.'),
    'samverkan actors list --sector ACADEMIA',
  );

  addListCommand(actors, 'list', client, {
    noun: { one: 'actor', many: 'actors' },
    description: 'List actors, sorted by name (archived ones only with --include-archived).',
    examples: [
      'samverkan actors list --search läns',
      'samverkan actors list --area 23 --level REGIONAL --all',
      "samverkan actors list --sector ACADEMIA --json | jq -r '.[].slug'",
    ],
    configure: (command) =>
      addFilters(command, { area: 'only actors working in this area or within it' })
        .addOption(choiceOption('--sector <sector>', 'only this sector', SECTORS))
        .addOption(choiceOption('--level <level>', 'only this level', LEVELS))
        .option('--include-archived', 'archived actors too'),
    document: ActorsListDocument,
    variables: async (used, options: ListOptions) => ({
      filter: {
        ...(await filterOf(used, options)),
        sector: options.sector,
        level: options.level,
        includeArchived: options.includeArchived,
      },
    }),
    connection: (data) => data.actors,
    columns: [
      ['NAME', (actor) => actor.name],
      ['SHORT NAME', (actor) => actor.shortName ?? ''],
      ['SECTOR', (actor) => actor.sector],
      ['LEVEL', (actor) => actor.level],
      ['AREAS', (actor) => actor.areas.map((area) => area.code).join(',')],
      ['SLUG', (actor) => actor.slug],
    ],
  });

  addShowCommand<ActorDetail>(actors, client, {
    type: 'Actor',
    description: 'Show an actor: its areas, people, forums, responsibilities and sources.',
    examples: [
      'samverkan actors show region-jamtland-harjedalen',
      'samverkan actors show mittuniversitetet --as-of 2024-01-01 --json',
    ],
    asOf: true,
    fetch: async (used, slug, options) =>
      (await request(used, ActorDetailDocument, { slug, asOf: options.asOf })).actor,
    format: formatActor,
  });
}
