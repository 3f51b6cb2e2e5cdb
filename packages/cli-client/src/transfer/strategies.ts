import { STRATEGY_KINDS, STRATEGY_STATUSES } from '../enums';
import { ExportStrategiesDocument, StrategiesUpsertDocument } from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { bulkUpsert, pagesOf, type RecordFormat } from './format';
import { areaCellOf, recordKeyOf, referenceOf, textOf, treeOf, type Row } from './row';

type Strategy = Awaited<ReturnType<typeof strategiesPage>>['nodes'][number];
type Objective = Strategy['objectives'][number];

/** Strategies a page: each brings its whole tree, which the API's cost limit counts. */
const STRATEGIES_A_PAGE = 10;

async function strategiesPage(client: ClientOptions, after: string | null, asOf?: string) {
  const first = STRATEGIES_A_PAGE;
  const page = await request(client, ExportStrategiesDocument, { first, after, asOf });
  return page.strategies;
}

/** How deep an objective lies (0: at the top), so parents come before their children. */
function depthOf(objective: Objective, byCode: Map<string, Objective>): number {
  let depth = 0;
  for (let at = objective.parent?.code; at && depth < byCode.size; depth += 1) {
    at = byCode.get(at)?.parent?.code;
  }
  return depth;
}

/** A strategy's objectives as the bulk input takes them: parents first, each with its parts. */
function objectivesTree(objectives: Objective[]) {
  const byCode = new Map(objectives.map((objective) => [objective.code, objective]));
  return [...objectives]
    .sort((a, b) => depthOf(a, byCode) - depthOf(b, byCode))
    .map((objective) => ({
      code: objective.code,
      title: objective.title,
      description: objective.description,
      parentCode: objective.parent?.code ?? null,
      position: objective.position,
      indicators: objective.indicators.map(({ id: _id, measurements, ...indicator }) => ({
        ...indicator,
        measurements: measurements.map(({ date, value, note }) => ({ date, value, note })),
      })),
    }));
}

const reference = 'slug or scheme:value';

export const strategies: RecordFormat = {
  type: 'strategies',
  description: 'strategies, programmes and plans, with their objectives',
  columns: [
    {
      name: 'slug',
      kind: 'text',
      description: 'its slug; finds the strategy (made when none has it)',
    },
    { name: 'kind', kind: 'text', description: 'what kind of document', choices: STRATEGY_KINDS },
    { name: 'name', kind: 'text', description: 'the full name (required)' },
    { name: 'short_name', kind: 'text', description: 'a short name, e.g. RUS' },
    { name: 'description', kind: 'text', description: 'what it is about' },
    { name: 'owner', kind: 'text', description: `the actor that owns it: ${reference}` },
    { name: 'area', kind: 'text', description: 'the code of the area it is for' },
    { name: 'period_from', kind: 'text', description: 'the first day it covers, YYYY-MM-DD' },
    { name: 'period_to', kind: 'text', description: 'the last day it covers' },
    {
      name: 'status',
      kind: 'text',
      description: 'proposed, in force or ended (required)',
      choices: STRATEGY_STATUSES,
    },
    { name: 'implements', kind: 'text', description: `the strategy it carries out: ${reference}` },
    {
      name: 'objectives',
      kind: 'json',
      description:
        'its objectives as JSON: [{code, title, description, parentCode, position, indicators: [{name, unit, baseline, baselineDate, target, targetDate, direction, measurements: [{date, value, note}]}]}]',
    },
  ],
  item: (row) => ({
    key: recordKeyOf(row),
    kind: textOf(row.kind),
    name: textOf(row.name),
    shortName: textOf(row.short_name),
    description: textOf(row.description),
    owner: referenceOf(row.owner),
    area: areaCellOf(row.area),
    periodFrom: textOf(row.period_from),
    periodTo: textOf(row.period_to),
    status: textOf(row.status),
    implements: referenceOf(row.implements),
    objectives: treeOf(row.objectives),
  }),
  upsert: bulkUpsert(StrategiesUpsertDocument, 'strategiesUpsert'),
  rows: (client, asOf) =>
    pagesOf(
      (after) => strategiesPage(client, after, asOf),
      (strategy): Row[] => [
        {
          slug: strategy.slug,
          kind: strategy.kind,
          name: strategy.name,
          short_name: strategy.shortName,
          description: strategy.description,
          owner: strategy.owner?.slug ?? null,
          area: strategy.area?.code ?? null,
          period_from: strategy.periodFrom,
          period_to: strategy.periodTo,
          status: strategy.status,
          implements: strategy.implements?.slug ?? null,
          objectives: { json: objectivesTree(strategy.objectives) },
        },
      ],
    ),
};
