import type { ActorKind, ActorLevel, ActorSector } from '../../modules/actor';
import { slugify } from '../../core/slug';
import type { PlacedArea } from './areas';
import type { Plan } from './records';
import type { PlannedActor, Region } from './region';
import type { RegionShape } from './shape';
import { recordedAfter, validTime } from './time';

/** The kinds of organisation at each level, each with the sector it belongs to. */
const KINDS: Record<ActorLevel, [ActorKind, ActorSector][]> = {
  LOCAL: [
    ['MUNICIPALITY', 'PUBLIC'],
    ['COMPANY', 'BUSINESS'],
    ['COMPANY', 'BUSINESS'],
    ['BUSINESS_ORGANISATION', 'BUSINESS'],
    ['SPORTS_FEDERATION', 'CIVIL_SOCIETY'],
    ['OTHER', 'CIVIL_SOCIETY'],
  ],
  REGIONAL: [
    ['REGION', 'PUBLIC'],
    ['COUNTY_ADMINISTRATIVE_BOARD', 'PUBLIC'],
    ['MUNICIPAL_ASSOCIATION', 'PUBLIC'],
    ['UNIVERSITY', 'ACADEMIA'],
    ['BUSINESS_SUPPORT', 'BUSINESS'],
    ['CHAMBER_OF_COMMERCE', 'BUSINESS'],
    ['TOURISM_ORGANISATION', 'BUSINESS'],
    ['COOPERATIVE_DEVELOPMENT', 'CIVIL_SOCIETY'],
  ],
  NATIONAL: [
    ['GOVERNMENT_AGENCY', 'PUBLIC'],
    ['EU_PROGRAMME_BODY', 'PUBLIC'],
    ['UNIVERSITY', 'ACADEMIA'],
    ['CONSULTANCY', 'BUSINESS'],
    ['SPORTS_FEDERATION', 'CIVIL_SOCIETY'],
  ],
  EU: [],
};

const TITLES = [
  'utvecklingsstrateg',
  'näringslivschef',
  'projektledare',
  'verksamhetschef',
  'regionråd',
  'kommunstyrelsens ordförande',
  'handläggare',
];

/** One in fifty actors works nationally, nine in fifty in a county, the rest in a municipality. */
function levelOf(index: number, hasMunicipalities: boolean): ActorLevel {
  if (index % 50 === 0) return 'NATIONAL';
  return index % 50 < 10 || !hasMunicipalities ? 'REGIONAL' : 'LOCAL';
}

/**
 * Actors spread evenly over the counties (regional ones) and municipalities (local ones), named
 * for where they work: "Fiktiv aktör 123, Tyresö". Some have a short name, a description, or a
 * parent among the actors before them in the same area.
 */
export function planActors(plan: Plan, region: Region, shape: RegionShape): void {
  const { random } = plan;
  const { country, counties, municipalities } = region.areas;
  const earlierIn = new Map<string, PlannedActor[]>();
  const placed = { LOCAL: 0, REGIONAL: 0, NATIONAL: 0, EU: 0 };
  for (let index = 0; index < shape.actors; index++) {
    const n = index + 1;
    const level = levelOf(index, municipalities.length > 0);
    const nth = placed[level]++;
    const municipality = level === 'LOCAL' ? municipalities[nth % municipalities.length] : null;
    const county =
      municipality?.county ?? (level === 'REGIONAL' ? counties[nth % counties.length] : null);
    const area: PlacedArea = municipality ?? county ?? country;
    const [type, sector] = random.pick(KINDS[level]);
    const name = `Fiktiv aktör ${n}, ${area.name}`;
    const siblings = earlierIn.get(area.id) ?? [];
    const parent = siblings.length > 0 && random.chance(0.05) ? random.pick(siblings) : null;
    const record = plan.add(
      'Actor',
      {
        name,
        shortName: random.chance(0.1) ? `FA${n}` : null,
        slug: slugify(name),
        sector,
        level,
        type,
        parentId: parent?.record.id ?? null,
        website: null,
        description: random.chance(0.3)
          ? `Fiktiv organisation i ${area.name}, påhittad för prov och mätningar.`
          : null,
        archivedAt: null,
        archivedOn: null,
        successorId: null,
      },
      recordedAfter(random, 5 * 365, area.recordedAt, parent?.record.recordedAt ?? 0),
      { areaIds: [area.id], identifiers: [] },
    );
    const actor: PlannedActor = { record, level, sector, county, municipality, people: [] };
    earlierIn.set(area.id, siblings);
    siblings.push(actor);
    region.actors.push(actor);
    if (county) {
      const registers = region.of(county);
      registers.actors.push(actor);
      if (level === 'REGIONAL') registers.regionalActors.push(actor);
    }
  }
}

/** People ("Fiktiv person 12") in public roles: a name and a slug, nothing more. */
export function planPeople(plan: Plan, region: Region, shape: RegionShape): void {
  for (let n = 1; n <= shape.people; n++) {
    const name = `Fiktiv person ${n}`;
    region.people.push(
      plan.add(
        'Person',
        { name, slug: slugify(name), workContact: null, objectsToPublication: false },
        recordedAfter(plan.random, 6 * 365, plan.source.recordedAt),
        { identifiers: [] },
      ),
    );
  }
}

/**
 * Positions: every person one at an actor first, then more for people chosen at random; never
 * the same title for the same person at the same actor twice (the services refuse overlaps).
 */
export function planPositions(plan: Plan, region: Region, shape: RegionShape): void {
  const { random } = plan;
  if (shape.positions > 0 && (region.people.length === 0 || region.actors.length === 0)) {
    throw new Error('positions need people and actors');
  }
  const held = new Set<string>();
  for (let index = 0; index < shape.positions; index++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 100) throw new Error('too many positions for these people and actors');
      const person =
        region.people[index < region.people.length ? index : random.below(region.people.length)];
      const actor = random.pick(region.actors);
      const title = random.pick(TITLES);
      const key = `${person.id}/${actor.record.id}/${title}`;
      if (held.has(key)) continue;
      held.add(key);
      plan.add(
        'Position',
        { personId: person.id, actorId: actor.record.id, title },
        validTime(random, Math.max(person.recordedAt, actor.record.recordedAt)),
      );
      actor.people.push(person);
      break;
    }
  }
}
