import type { EntityManager } from 'typeorm';
import type { Caller } from '../core/audit/audit.service';
import { SYSTEM_VIEWER } from '../core/auth/roles';
import type { Services } from '../services';
import { ACTOR_SECTORS, type ActorKind } from '../modules/actor';
import type { Citation } from '../modules/citation';
import type { ForumKind, MembershipRole } from '../modules/forum';
import { RESPONSIBILITY_ROLES, type SubjectKind } from '../modules/responsibility';
import type { Period } from '../core/valid-time';

/** How large a region to generate; the same options and seed give the same region. */
export interface RegionShape {
  counties: number;
  municipalitiesPerCounty: number;
  /** Actors working in each county and each municipality. */
  actorsPerArea: number;
  forums: number;
  strategies: number;
  objectivesPerStrategy: number;
  responsibilitiesPerActor: number;
  seed: number;
  /** Starts every name and area code; default "Gen <seed>". */
  prefix?: string;
}

export interface GeneratedRegion {
  counts: {
    areas: number;
    actors: number;
    people: number;
    positions: number;
    forums: number;
    memberships: number;
    representatives: number;
    strategies: number;
    objectives: number;
    responsibilities: number;
  };
  /** Database ids (not global IDs) of what was made, in the order it was made. */
  ids: {
    source: string;
    counties: string[];
    municipalities: string[];
    actors: string[];
    people: string[];
    forums: string[];
    strategies: string[];
    objectives: string[];
  };
}

/** mulberry32: a small, fast, seeded PRNG; enough to make test data repeatable. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [0, n). */
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2019, 0, 1);
const isoDay = (days: number) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);

const LOCAL_TYPES: ActorKind[] = ['MUNICIPALITY', 'COMPANY', 'BUSINESS_ORGANISATION', 'OTHER'];
const REGIONAL_TYPES: ActorKind[] = [
  'REGION',
  'UNIVERSITY',
  'BUSINESS_SUPPORT',
  'TOURISM_ORGANISATION',
];
const FORUM_KINDS: ForumKind[] = ['COUNCIL', 'WORKING_GROUP', 'NETWORK', 'PRESIDIUM'];
const TITLES = ['utvecklingsstrateg', 'näringslivschef', 'projektledare', 'verksamhetschef'];

/**
 * Generates a region through the services (validated and audited as "system", in one
 * transaction): counties with municipalities, actors in each, a person with a position at each
 * actor, forums (the first a partnership, the others partly under it) with memberships and
 * representatives, strategies (the first a regional development strategy the others implement)
 * with objectives, and responsibilities of each actor for objectives, forums, strategies and
 * areas. Some memberships, positions and responsibilities have periods, some have ended. Every
 * record cites one generated source. Names and area codes start with the prefix ("Gen 7 …"), so
 * regions of different prefixes can share a database; the same prefix twice collides on codes.
 */
export async function generateRegion(
  services: Services,
  shape: RegionShape,
): Promise<GeneratedRegion> {
  const random = prng(shape.seed);
  const caller: Caller = { viewer: SYSTEM_VIEWER, requestId: `region-generator-${shape.seed}` };
  const prefix = shape.prefix ?? `Gen ${shape.seed}`;
  const name = (what: string) => `${prefix} ${what}`;
  const code = (what: string) => `${prefix.toLowerCase().replaceAll(' ', '-')}-${what}`;
  const region: GeneratedRegion = {
    counts: {
      areas: 0,
      actors: 0,
      people: 0,
      positions: 0,
      forums: 0,
      memberships: 0,
      representatives: 0,
      strategies: 0,
      objectives: 0,
      responsibilities: 0,
    },
    ids: {
      source: '',
      counties: [],
      municipalities: [],
      actors: [],
      people: [],
      forums: [],
      strategies: [],
      objectives: [],
    },
  };
  const { counts, ids } = region;

  /** Mostly open since before anyone recorded; some starting on a day, some of those ended. */
  const period = (): Period => {
    if (random.chance(0.6)) return {};
    const from = random.below(6 * 365);
    return {
      validFrom: isoDay(from),
      validTo: random.chance(0.25) ? isoDay(from + 30 + random.below(365)) : null,
    };
  };

  await services.dataSource.transaction(async (tx: EntityManager) => {
    ids.source = (await services.source.create(caller, { title: name('generated region') }, tx)).id;
    let cited = 0;
    const sources = (): Citation[] => [
      { sourceId: ids.source, quote: `Generated record ${++cited}`, section: 'Generated' },
    ];

    const areas: { id: string; level: 'REGIONAL' | 'LOCAL' }[] = [];
    for (let c = 1; c <= shape.counties; c++) {
      const county = await services.area.create(
        caller,
        { code: code(`${c}`), name: name(`län ${c}`), kind: 'COUNTY' },
        tx,
      );
      ids.counties.push(county.id);
      areas.push({ id: county.id, level: 'REGIONAL' });
      for (let m = 1; m <= shape.municipalitiesPerCounty; m++) {
        const municipality = await services.area.create(
          caller,
          {
            code: code(`${c}-${m}`),
            name: name(`kommun ${c}.${m}`),
            kind: 'MUNICIPALITY',
            parentId: county.id,
          },
          tx,
        );
        ids.municipalities.push(municipality.id);
        areas.push({ id: municipality.id, level: 'LOCAL' });
      }
    }
    counts.areas = areas.length;

    for (const area of areas) {
      for (let a = 0; a < shape.actorsPerArea; a++) {
        const n = ids.actors.length + 1;
        const actor = await services.actor.create(
          caller,
          {
            name: name(`aktör ${n}`),
            sector: random.pick(ACTOR_SECTORS),
            level: area.level,
            type: random.pick(area.level === 'LOCAL' ? LOCAL_TYPES : REGIONAL_TYPES),
            areaIds: [area.id],
            sources: sources(),
          },
          tx,
        );
        ids.actors.push(actor.id);
        const person = await services.person.create(
          caller,
          { name: name(`person ${n}`), sources: sources() },
          tx,
        );
        ids.people.push(person.id);
        await services.position.create(
          caller,
          {
            personId: person.id,
            actorId: actor.id,
            title: random.pick(TITLES),
            ...period(),
            sources: sources(),
          },
          tx,
        );
        counts.positions++;
      }
    }
    counts.actors = ids.actors.length;
    counts.people = ids.people.length;

    for (let s = 0; s < shape.strategies; s++) {
      const strategy = await services.strategy.create(
        caller,
        {
          name: name(s === 0 ? 'regional utvecklingsstrategi' : `program ${s}`),
          kind:
            s === 0 ? 'REGIONAL_DEVELOPMENT_STRATEGY' : random.pick(['PROGRAMME', 'ACTION_PLAN']),
          status: 'ACTIVE',
          ownerId: ids.actors[0] ?? null,
          areaId: ids.counties[0] ?? null,
          implementsId: s === 0 ? null : ids.strategies[0],
          sources: sources(),
        },
        tx,
      );
      ids.strategies.push(strategy.id);
      // Every third objective is top-level ("1", "2" …), the two after it its children ("1.1").
      let top: { id: string; code: string; children: number } | undefined;
      for (let o = 0; o < shape.objectivesPerStrategy; o++) {
        const parent = o % 3 === 0 ? undefined : top;
        const code = parent ? `${parent.code}.${++parent.children}` : String(o / 3 + 1);
        const objective = await services.objective.create(
          caller,
          {
            strategyId: strategy.id,
            parentId: parent?.id ?? null,
            code,
            title: name(`mål ${s + 1}:${code}`),
            sources: sources(),
          },
          tx,
        );
        if (!parent) top = { id: objective.id, code, children: 0 };
        ids.objectives.push(objective.id);
      }
    }
    counts.strategies = ids.strategies.length;
    counts.objectives = ids.objectives.length;

    for (let f = 0; f < shape.forums; f++) {
      const forum = await services.forum.create(
        caller,
        {
          name: name(f === 0 ? 'länspartnerskap' : `forum ${f}`),
          kind: f === 0 ? 'PARTNERSHIP' : random.pick(FORUM_KINDS),
          parentId: f > 0 && random.chance(0.5) ? ids.forums[0] : null,
          areaId: ids.counties[0] ?? null,
          anchoredInIds: ids.strategies.length ? [random.pick(ids.strategies)] : [],
          sources: sources(),
        },
        tx,
      );
      ids.forums.push(forum.id);
    }
    counts.forums = ids.forums.length;

    // Each actor joins one or two forums, represented by its person half of the time.
    const joined = new Set<string>();
    for (const [index, actorId] of ids.actors.entries()) {
      if (ids.forums.length === 0) break;
      for (let j = 0; j < 1 + random.below(2); j++) {
        const forumId = random.pick(ids.forums);
        if (joined.has(`${forumId}/${actorId}`)) continue;
        joined.add(`${forumId}/${actorId}`);
        const representativeIds = random.chance(0.5) ? [ids.people[index]] : [];
        const role: MembershipRole = random.chance(0.1) ? 'OBSERVER' : 'MEMBER';
        await services.forumMembership.create(
          caller,
          {
            forumId,
            memberActorId: actorId,
            role,
            category: random.pick(['Regionala aktörer', 'Myndigheter', 'Organisationer i länet']),
            representativeIds,
            ...period(),
            sources: sources(),
          },
          tx,
        );
        counts.memberships++;
        counts.representatives += representativeIds.length;
      }
    }

    const subjects: { kind: SubjectKind; id: string }[] = [
      ...ids.objectives.map((id) => ({ kind: 'Objective' as const, id })),
      ...ids.forums.map((id) => ({ kind: 'Forum' as const, id })),
      ...ids.strategies.map((id) => ({ kind: 'Strategy' as const, id })),
      ...areas.map(({ id }) => ({ kind: 'Area' as const, id })),
    ];
    const held = new Set<string>();
    for (const actorId of ids.actors) {
      for (let r = 0; r < shape.responsibilitiesPerActor && subjects.length > 0; r++) {
        const subject = random.pick(subjects);
        const role = random.pick(RESPONSIBILITY_ROLES);
        if (held.has(`${actorId}/${role}/${subject.id}`)) continue;
        held.add(`${actorId}/${role}/${subject.id}`);
        await services.responsibility.create(
          caller,
          { actorId, role, subject, ...period(), sources: sources() },
          tx,
        );
        counts.responsibilities++;
      }
    }
  });
  return region;
}
