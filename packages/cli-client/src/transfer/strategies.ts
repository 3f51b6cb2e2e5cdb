import { TRANSFER, ExportStrategiesDocument, type Row } from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { pagesOf, type RecordFormat, withRows } from './format';

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

export const strategies: RecordFormat = withRows(TRANSFER.strategies, {
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
});
