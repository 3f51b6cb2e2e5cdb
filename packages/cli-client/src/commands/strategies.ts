import type { Command } from 'commander';
import {
  StrategiesListDocument,
  StrategyDetailDocument,
  type StrategyDetailQuery,
  type StrategyKind,
  type StrategyStatus,
} from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { STRATEGY_KINDS, STRATEGY_STATUSES } from '../enums';
import { addListCommand } from '../list';
import { idOf } from '../lookup';
import { examples } from '../options';
import { addFilters, filterOf, type FilterOptions } from '../filters';
import { fields, named, period, section } from '../output';
import { responsibilitiesSection, sourcesSection } from '../records';
import { addShowCommand } from '../show';

type StrategyDetail = NonNullable<StrategyDetailQuery['strategy']>;

interface ListOptions extends FilterOptions {
  kind?: StrategyKind;
  status?: StrategyStatus;
  owner?: string;
}

function formatStrategy(strategy: StrategyDetail): string {
  return (
    `${strategy.name}\n\n` +
    fields([
      ['slug', strategy.slug],
      ['id', strategy.id],
      ['short name', strategy.shortName],
      ['kind', strategy.kind],
      ['status', strategy.status],
      ['period', period(strategy.periodFrom, strategy.periodTo)],
      ['area', strategy.area && `${strategy.area.code} ${strategy.area.name}`],
      ['owner', strategy.owner?.name],
      ['implements', strategy.implements && named(strategy.implements)],
      ['anchored in', strategy.anchoredForums.map(named).join(', ')],
      ['description', strategy.description],
    ]) +
    section('Objectives', strategy.objectives, [
      ['CODE', (objective) => objective.code],
      ['TITLE', (objective) => objective.title],
      ['RESPONSIBILITIES', (objective) => String(objective.responsibilities.length)],
      [
        'INDICATORS',
        (objective) => objective.indicators.map((indicator) => indicator.name).join(', '),
      ],
    ]) +
    responsibilitiesSection([
      ...strategy.responsibilities,
      ...strategy.objectives.flatMap((objective) => objective.responsibilities),
    ]) +
    sourcesSection(strategy.sources)
  );
}

/** Adds `samverkan strategies list` and `strategies show`: strategies, programmes and plans. */
export function addStrategiesCommand(program: Command, client: () => ClientOptions): void {
  const strategies = examples(
    program
      .command('strategies')
      .description('Strategies, programmes and plans, with their objectives.'),
    'samverkan strategies list --area 23',
  );

  addListCommand(strategies, 'list', client, {
    noun: { one: 'strategy', many: 'strategies' },
    description: 'List strategies, programmes and plans, sorted by name.',
    examples: [
      'samverkan strategies list --kind REGIONAL_DEVELOPMENT_STRATEGY',
      'samverkan strategies list --owner region-jamtland-harjedalen --json',
    ],
    configure: (command) =>
      addFilters(command, {
        area: 'only strategies for this area',
        kinds: STRATEGY_KINDS,
        statuses: STRATEGY_STATUSES,
      }).option('--owner <actor>', "only those this actor owns (the actor's slug or ID)"),
    document: StrategiesListDocument,
    variables: async (used, options: ListOptions) => ({
      filter: {
        ...(await filterOf(used, options)),
        kind: options.kind,
        status: options.status,
        owner: await idOf(used, options.owner, 'Actor'),
      },
    }),
    connection: (data) => data.strategies,
    columns: [
      ['NAME', (strategy) => strategy.name],
      ['SHORT NAME', (strategy) => strategy.shortName ?? ''],
      ['KIND', (strategy) => strategy.kind],
      ['STATUS', (strategy) => strategy.status ?? ''],
      ['PERIOD', (strategy) => period(strategy.periodFrom, strategy.periodTo)],
      ['AREA', (strategy) => strategy.area?.code ?? ''],
      ['OWNER', (strategy) => strategy.owner?.name ?? ''],
      ['SLUG', (strategy) => strategy.slug],
    ],
  });

  addShowCommand<StrategyDetail>(strategies, client, {
    type: 'Strategy',
    description: 'Show a strategy: its objectives, indicators and who does what for them.',
    examples: [
      'samverkan strategies show rus',
      'samverkan strategies show rus --as-of 2025-01-01 --json',
    ],
    asOf: true,
    fetch: async (used, slug, options) =>
      (await request(used, StrategyDetailDocument, { slug, asOf: options.asOf })).strategy,
    format: formatStrategy,
  });
}
