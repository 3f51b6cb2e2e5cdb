import type { Command } from 'commander';
import {
  AreaDetailDocument,
  AreasListDocument,
  type AreaDetailQuery,
  type AreaKind,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { AREA_KINDS } from '../enums';
import { addListCommand } from '../list';
import { idOf } from '../lookup';
import { choiceOption, examples } from '../options';
import { fields, named, period, section } from '../output';
import { identifiers, responsibilitiesSection, sourcesSection } from '../records';
import { addShowCommand } from '../show';

type AreaDetail = NonNullable<AreaDetailQuery['area']>;

const codeAndName = (area: { code: string; name: string }) => `${area.code} ${area.name}`;

function formatArea(area: AreaDetail): string {
  return (
    `${area.name}\n\n` +
    fields([
      ['code', area.code],
      ['id', area.id],
      ['kind', area.kind],
      ['within', area.parent && codeAndName(area.parent)],
      ['identifiers', identifiers(area.identifiers)],
      ['covers', area.municipalities.map(codeAndName).join(', ')],
    ]) +
    section('Areas within it', area.children, [
      ['CODE', (child) => child.code],
      ['NAME', (child) => child.name],
      ['KIND', (child) => child.kind],
    ]) +
    section('Strategies', area.strategies, [
      ['NAME', named],
      ['KIND', (strategy) => strategy.kind],
      ['PERIOD', (strategy) => period(strategy.periodFrom, strategy.periodTo)],
      ['SLUG', (strategy) => strategy.slug],
    ]) +
    responsibilitiesSection(area.responsibilities) +
    sourcesSection(area.sources)
  );
}

/** Adds `samverkan areas list` and `areas show`: Sweden's areas and those admins add. */
export function addAreasCommand(program: Command, client: () => ClientOptions): void {
  const areas = examples(
    program
      .command('areas')
      .description('Areas: the country, NUTS regions, counties, municipalities and others.'),
    'samverkan areas list --kind COUNTY',
  );

  addListCommand(areas, 'list', client, {
    noun: { one: 'area', many: 'areas' },
    description: 'List areas, sorted by code.',
    examples: [
      'samverkan areas list --kind COUNTY',
      'samverkan areas list --parent 23 --all --json',
    ],
    configure: (command) =>
      command
        .addOption(choiceOption('--kind <kind>', 'only areas of this kind', AREA_KINDS))
        .option('--parent <code>', 'only the areas directly within this one, e.g. 23'),
    document: AreasListDocument,
    variables: async (used, options: { kind?: AreaKind; parent?: string }) => ({
      filter: { kind: options.kind, parent: await idOf(used, options.parent, 'Area') },
    }),
    connection: (data) => data.areas,
    columns: [
      ['CODE', (area) => area.code],
      ['NAME', (area) => area.name],
      ['KIND', (area) => area.kind],
      ['WITHIN', (area) => (area.parent ? codeAndName(area.parent) : '')],
    ],
  });

  addShowCommand<AreaDetail>(areas, client, {
    type: 'Area',
    description: 'Show an area: what lies within it, its strategies and who is responsible for it.',
    examples: ['samverkan areas show 23', 'samverkan areas show 2380 --json'],
    asOf: true,
    fetch: async (used, code, options) =>
      (await request(used, AreaDetailDocument, { code, asOf: options.asOf })).area,
    format: formatArea,
  });
}
