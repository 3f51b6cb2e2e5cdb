import type { DataSource } from 'typeorm';
import { codesOf, placeAreas } from './areas';
import { planForums, planMemberships } from './forums';
import { historyOf, writeHistory } from './history';
import { planActors, planPeople, planPositions } from './organisations';
import { prng } from './random';
import { Plan, RECORD_TABLES, type RecordType } from './records';
import { Region } from './region';
import { planResponsibilities } from './responsibilities';
import {
  NATIONAL_SHAPE,
  type GeneratedRegion,
  type GenerationOptions,
  type RegionShape,
} from './shape';
import { planIndicators, planObjectives, planStrategies } from './strategies';
import { writeRecords } from './writer';

export * from './shape';

/** How the title of the source every generated record cites begins: what marks a data set fictional. */
export const GENERATED_SOURCE_TITLE = 'Genererat fiktivt dataunderlag';

/** The phases a progress bar shows, in the order they are written. */
const PHASES: Record<RecordType, string> = {
  Source: 'sources',
  Actor: 'actors',
  Person: 'people',
  Position: 'positions',
  Strategy: 'strategies',
  Objective: 'objectives',
  Indicator: 'indicators',
  Forum: 'forums',
  ForumMembership: 'memberships',
  Responsibility: 'responsibilities',
};

/** Every record of the data set, in memory, before anything is written. */
function planRegion(shape: RegionShape, existingAreas: ReadonlyMap<string, string>) {
  const plan = new Plan(prng(shape.seed), {
    title: `${GENERATED_SOURCE_TITLE} (frö ${shape.seed}): påhittade aktörer, personer, forum, strategier och ansvar i Sveriges verkliga län och kommuner`,
    publisherId: null,
    publishedOn: null,
    url: null,
    fileName: null,
    text: null,
  });
  const region = new Region(placeAreas(shape, existingAreas));
  planActors(plan, region, shape);
  planPeople(plan, region, shape);
  planPositions(plan, region, shape);
  planStrategies(plan, region, shape);
  planObjectives(plan, region, shape);
  planIndicators(plan, shape);
  const forums = planForums(plan, region, shape);
  const representatives = planMemberships(plan, region, forums, shape);
  planResponsibilities(plan, region, shape);
  return { plan, region, forums, representatives };
}

/**
 * Generates a fictional data set in Sweden's real counties and municipalities, deterministic
 * from `shape.seed` (the national set by default): actors, people and their positions,
 * strategies with objectives and indicators, forums with members, and responsibilities over ten
 * years of valid time, some ended — each record with the rows, citations and audit history the
 * services would have written for it (acting as "system"), every record citing one generated
 * source whose title says it is fictional.
 *
 * Written in bulk, in one transaction: a statement per few thousand rows of a table, never one
 * per record. The areas are Sweden's reference areas, which the database holds already (see
 * `placeAreas`). A database holds one generated set: a second is refused, and nothing is written.
 */
export async function generateRegion(
  dataSource: DataSource,
  shape: Partial<RegionShape> = {},
  options: GenerationOptions = {},
): Promise<GeneratedRegion> {
  const full = { ...NATIONAL_SHAPE, ...shape };
  const requestId = `region-generator-${full.seed}`;
  return dataSource.transaction(async (tx) => {
    const generated: unknown[] = await tx.query(
      `SELECT 1 FROM source WHERE starts_with(title, $1)`,
      [GENERATED_SOURCE_TITLE],
    );
    if (generated.length > 0) throw new Error('This database already holds a generated data set.');
    const areas: { code: string; id: string }[] = await tx.query(
      'SELECT code, id FROM area WHERE code = ANY($1::text[])',
      [codesOf(full)],
    );
    const { plan, region, forums, representatives } = planRegion(
      full,
      new Map(areas.map(({ code, id }) => [code, id])),
    );

    /** Tells `onProgress` of a phase as it starts, then after each chunk written. */
    const phase = (name: string, total: number) => {
      let done = 0;
      options.onProgress?.({ phase: name, done, total });
      return (count: number) => {
        done += count;
        options.onProgress?.({ phase: name, done, total });
      };
    };
    for (const type of Object.keys(RECORD_TABLES) as RecordType[]) {
      const records = plan.ofType(type);
      await writeRecords(tx, records, phase(PHASES[type], records.length));
    }
    const events = historyOf(plan.records);
    await writeHistory(tx, events, requestId, phase('history', events.length));

    const ids = (type: RecordType) => plan.ofType(type).map((record) => record.id);
    const strategies = ids('Strategy');
    return {
      counts: {
        actors: region.actors.length,
        people: region.people.length,
        positions: plan.ofType('Position').length,
        forums: forums.length,
        memberships: plan.ofType('ForumMembership').length,
        representatives,
        strategies: strategies.length,
        objectives: plan.ofType('Objective').length,
        indicators: plan.ofType('Indicator').length,
        responsibilities: plan.ofType('Responsibility').length,
        ended: plan.records.filter((record) => record.end).length,
        auditEvents: events.length,
      },
      ids: {
        source: plan.source.id,
        counties: region.areas.counties.map(({ code, id }) => ({ code, id })),
        municipalities: region.areas.municipalities.map(({ code, id }) => ({ code, id })),
        actors: region.actors.map((actor) => actor.record.id),
        people: region.people.map((person) => person.id),
        positions: ids('Position'),
        forums: forums.map((forum) => forum.record.id),
        memberships: ids('ForumMembership'),
        strategies,
        objectives: ids('Objective'),
        indicators: ids('Indicator'),
        responsibilities: ids('Responsibility'),
        largeForums: forums.slice(0, full.largeForums).map((forum) => forum.record.id),
        largeStrategy: strategies[0] ?? null,
      },
    };
  });
}
