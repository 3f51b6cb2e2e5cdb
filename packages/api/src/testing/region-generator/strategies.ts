import type { StrategyKind, StrategyStatus } from '../../modules/strategy';
import { slugify } from '../../core/slug';
import type { Plan, PlannedRecord } from './records';
import type { Region } from './region';
import type { RegionShape } from './shape';
import { isoDay, PERIOD_DAYS, recordedAfter } from './time';

const PROGRAMMES: Partial<Record<StrategyKind, string>> = {
  PROGRAMME: 'Fiktivt program',
  ACTION_PLAN: 'Fiktiv handlingsplan',
  EU_PROGRAMME: 'Fiktivt EU-program',
};

export const THEMES = [
  'kompetensförsörjning',
  'tillgänglighet',
  'innovation',
  'hållbar besöksnäring',
  'grön omställning',
  'kommersiell service',
  'digital infrastruktur',
  'attraktiva livsmiljöer',
  'entreprenörskap',
  'integration',
];

const MEASURES: [string, string][] = [
  ['andel med eftergymnasial utbildning', '%'],
  ['antal nya företag', 'antal'],
  ['bredband 1 Gbit/s', '%'],
  ['gästnätter', 'antal'],
  ['utsläpp av växthusgaser', 'kton'],
  ['förvärvsfrekvens', '%'],
];

/**
 * Strategies: a regional development strategy for each county first (owned by one of its
 * regional actors), then programmes, action plans and EU programmes that implement one of them,
 * their periods within or beyond the ten years (those over by 2026 have ended).
 */
export function planStrategies(plan: Plan, region: Region, shape: RegionShape): void {
  const { random } = plan;
  const { counties } = region.areas;
  for (let index = 0; index < shape.strategies; index++) {
    const registers = region.of(counties[index % counties.length]);
    const { county } = registers;
    const owners =
      registers.regionalActors.length > 0 ? registers.regionalActors : registers.actors;
    const owner = owners.length > 0 ? random.pick(owners) : null;
    const rus = registers.strategies[0] as PlannedRecord | undefined;
    const kind: StrategyKind = rus
      ? random.pick(Object.keys(PROGRAMMES) as StrategyKind[])
      : 'REGIONAL_DEVELOPMENT_STRATEGY';
    const name = rus
      ? `${PROGRAMMES[kind]} ${index + 1}, ${county.name}`
      : `Fiktiv regional utvecklingsstrategi, ${county.name}`;
    const from = 2016 + random.below(rus ? 9 : 6);
    const to = from + (rus ? 8 : 3 + random.below(4));
    const status: StrategyStatus =
      to <= 2026 ? 'ENDED' : from >= 2025 && random.chance(0.3) ? 'PROPOSED' : 'ACTIVE';
    registers.strategies.push(
      plan.add(
        'Strategy',
        {
          kind,
          name,
          shortName: rus ? null : `FRUS ${county.code}`,
          slug: slugify(name),
          description: random.chance(0.5)
            ? `Fiktiv strategi för ${county.name}, påhittad för prov och mätningar.`
            : null,
          ownerId: owner?.record.id ?? null,
          areaId: county.id,
          periodFrom: `${from}-01-01`,
          periodTo: `${to - 1}-12-31`,
          status,
          implementsId: rus?.id ?? null,
        },
        recordedAfter(
          random,
          365,
          county.recordedAt,
          owner?.record.recordedAt ?? 0,
          rus?.recordedAt ?? 0,
        ),
        // Made before its objectives, as the service's snapshot of a new strategy has it.
        { objectiveIds: [] },
      ),
    );
  }
}

/** How many objectives each strategy gets: the first `largeStrategyObjectives`, the rest evenly. */
function objectivesPerStrategy(shape: RegionShape): number[] {
  const { strategies, objectives, largeStrategyObjectives: large } = shape;
  if (strategies === 0) {
    if (objectives > 0) throw new Error('objectives need strategies');
    return [];
  }
  const rest = objectives - large;
  if (rest < 0 || (strategies === 1 && rest > 0)) {
    throw new Error(
      'objectives must be largeStrategyObjectives plus some for the other strategies',
    );
  }
  const others = strategies - 1;
  return [large, ...Array.from({ length: others }, (_, i) => Math.floor((rest + i) / others))];
}

/**
 * Each strategy's objectives as a tree, coded as people code them: every third objective is
 * top-level ("1", "2" …), the two after it its children ("1.1", "1.2"), in order among siblings.
 */
export function planObjectives(plan: Plan, region: Region, shape: RegionShape): void {
  const { random } = plan;
  const counts = objectivesPerStrategy(shape);
  const { counties } = region.areas;
  counts.forEach((count, index) => {
    const registers = region.of(counties[index % counties.length]);
    const strategy = registers.strategies[Math.floor(index / counties.length)];
    let top: { record: PlannedRecord; code: string; children: number } | undefined;
    for (let o = 0; o < count; o++) {
      const parent = o % 3 === 0 ? undefined : top;
      const position = parent ? ++parent.children : o / 3 + 1;
      const code = parent ? `${parent.code}.${position}` : String(position);
      const theme = random.pick(THEMES);
      const objective = plan.add(
        'Objective',
        {
          strategyId: strategy.id,
          parentId: parent?.record.id ?? null,
          code,
          title: `Fiktivt mål ${code}: ${theme}`,
          description: random.chance(0.2) ? `Påhittat mål om ${theme}.` : null,
          position,
        },
        recordedAfter(random, 60, strategy.recordedAt, parent?.record.recordedAt ?? 0),
      );
      if (!parent) top = { record: objective, code, children: 0 };
      registers.objectives.push(objective);
    }
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Indicators, spread over the objectives in turn, with a baseline and a target. */
export function planIndicators(plan: Plan, shape: RegionShape): void {
  const { random } = plan;
  const objectives = plan.ofType('Objective');
  if (shape.indicators > 0 && objectives.length === 0)
    throw new Error('indicators need objectives');
  for (let index = 0; index < shape.indicators; index++) {
    const objective = objectives[index % objectives.length];
    const [measure, unit] = random.pick(MEASURES);
    const direction = random.pick(['INCREASE', 'DECREASE', 'MAINTAIN'] as const);
    const baseline = round(10 + random.next() * 90);
    const factor = {
      INCREASE: 1 + random.next() / 2,
      DECREASE: 0.5 + random.next() / 2,
      MAINTAIN: 1,
    };
    plan.add(
      'Indicator',
      {
        objectiveId: objective.id,
        name: `Fiktiv indikator ${index + 1}: ${measure}`,
        unit,
        baseline,
        baselineDate: isoDay(random.below(PERIOD_DAYS / 2)),
        target: round(baseline * factor[direction]),
        targetDate: '2030-12-31',
        direction,
      },
      recordedAfter(random, 90, objective.recordedAt),
    );
  }
}
