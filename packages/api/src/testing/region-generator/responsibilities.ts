import type { ResponsibilityRole, SubjectKind } from '../../modules/responsibility';
import type { PlacedArea } from './areas';
import type { Random } from './random';
import type { Plan, PlannedRecord } from './records';
import type { CountyRegisters, PlannedActor, Region } from './region';
import type { RegionShape } from './shape';
import { validTime } from './time';

type GeneratedSubject = Exclude<SubjectKind, 'Topic'>;

const SUBJECTS: Record<GeneratedSubject, number> = {
  Objective: 35,
  Forum: 25,
  Area: 30,
  Strategy: 10,
};

/** Leading and convening are rarer than taking part, as in the sources. */
const ROLES: Record<ResponsibilityRole, number> = {
  CONTRIBUTES: 28,
  EXECUTES: 20,
  INFORMED: 15,
  CONSULTED: 15,
  FUNDS: 8,
  LEADS: 8,
  CONVENES: 6,
};

/**
 * How often a regional or national actor's responsibility for an area is for the county itself
 * (else for one of its municipalities). It sets the size of a county's who-does-what map, whose
 * first hop is the actors responsible for the county: with the national shape, two hops from
 * Stockholms län (the first county) reach about 500 nodes, from the others 350–500.
 */
const COUNTY_SHARE = 0.5;

const MANDATES = [
  'Fiktivt uppdrag i regionala utvecklingsstrategin',
  'Fiktivt beslut i styrelsen',
  'Fiktivt regleringsbrev',
  'Fiktiv överenskommelse mellan parterna',
];

interface Subject {
  kind: GeneratedSubject;
  record: { id: string; recordedAt: number };
}

/** An area an actor may answer for: its own municipality mostly, or its county's. */
function areaFor(random: Random, actor: PlannedActor, { county }: CountyRegisters): PlacedArea {
  if (actor.municipality && random.chance(0.7)) return actor.municipality;
  if (county.municipalities.length === 0) return county;
  if (!actor.municipality && random.chance(COUNTY_SHARE)) return county;
  return random.pick(county.municipalities);
}

/** A subject in the actor's county (a national actor's: any county), by the weights above. */
function subjectFor(random: Random, actor: PlannedActor, registers: CountyRegisters): Subject {
  const kind = random.weighted(SUBJECTS);
  const pool: Record<GeneratedSubject, PlannedRecord[]> = {
    Objective: registers.objectives,
    Forum: registers.forums,
    Strategy: registers.strategies,
    Area: [],
  };
  if (kind === 'Area' || pool[kind].length === 0) {
    return { kind: 'Area', record: areaFor(random, actor, registers) };
  }
  return { kind, record: random.pick(pool[kind]) };
}

/**
 * Responsibilities of actors for the strategies, objectives, forums and areas of their county,
 * in valid time; some acted for by one of the actor's people, some under a mandate. An actor
 * holds a role for a subject once (the services refuse overlapping periods).
 */
export function planResponsibilities(plan: Plan, region: Region, shape: RegionShape): void {
  const { random } = plan;
  if (shape.responsibilities > 0 && region.actors.length === 0) {
    throw new Error('responsibilities need actors');
  }
  const held = new Set<string>();
  for (let index = 0; index < shape.responsibilities; index++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 100) throw new Error('too many responsibilities for these actors and subjects');
      const actor = random.pick(region.actors);
      // When the actor's county has little left it does not hold, any county's subjects will do.
      const registers =
        attempt < 20
          ? region.countyOf(actor, random)
          : region.of(random.pick(region.areas.counties));
      const subject = subjectFor(random, actor, registers);
      const role = random.weighted(ROLES);
      const key = `${actor.record.id}/${role}/${subject.record.id}`;
      if (held.has(key)) continue;
      held.add(key);
      const person =
        actor.people.length > 0 && random.chance(0.2) ? random.pick(actor.people) : null;
      const time = validTime(
        random,
        Math.max(actor.record.recordedAt, subject.record.recordedAt, person?.recordedAt ?? 0),
      );
      const mandate = random.chance(0.3) ? random.pick(MANDATES) : null;
      plan.add(
        'Responsibility',
        {
          actorId: actor.record.id,
          personId: person?.id ?? null,
          personIsExternal: false,
          role,
          strategyId: subject.kind === 'Strategy' ? subject.record.id : null,
          objectiveId: subject.kind === 'Objective' ? subject.record.id : null,
          forumId: subject.kind === 'Forum' ? subject.record.id : null,
          areaId: subject.kind === 'Area' ? subject.record.id : null,
          topicId: null,
          mandate,
          mandateReference: mandate && random.chance(0.3) ? `Dnr F-${1000 + index}` : null,
          status: !time.end && random.chance(0.05) ? 'PROPOSED' : 'ACTIVE',
        },
        time,
        { subject: { kind: subject.kind, id: subject.record.id } },
        { status: 'ENDED' },
      );
      break;
    }
  }
}
