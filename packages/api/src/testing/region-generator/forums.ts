import type { ForumKind, ForumStatus, MembershipRole } from '../../modules/forum';
import { slugify } from '../../core/slug';
import type { Random } from './random';
import type { Plan, PlannedRecord } from './records';
import type { CountyRegisters, PlannedActor, Region } from './region';
import type { RegionShape } from './shape';
import { THEMES } from './strategies';
import { isoDay, PERIOD_DAYS, recordedAfter, validTime } from './time';

/** What a forum of each kind (but the county's partnership) is called. */
const FORUM_NAMES: Partial<Record<ForumKind, string>> = {
  COUNCIL: 'Fiktivt samverkansråd',
  WORKING_GROUP: 'Fiktiv arbetsgrupp',
  NETWORK: 'Fiktivt nätverk',
  PRESIDIUM: 'Fiktivt presidium',
  WEBINAR_SERIES: 'Fiktiv webbinarieserie',
};

const STATUSES: Record<ForumStatus, number> = { ACTIVE: 85, PROPOSED: 10, DISSOLVED: 5 };
const ROLES: Record<MembershipRole, number> = {
  MEMBER: 85,
  OBSERVER: 7,
  CONVENOR: 3,
  SECRETARIAT: 3,
  CHAIR: 2,
};

export interface PlannedForum {
  record: PlannedRecord;
  registers: CountyRegisters;
}

/** Up to `count` different items of `items`, drawn at random. */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && pool.length > 0) {
    drawn.push(pool.splice(random.below(pool.length), 1)[0]);
  }
  return drawn;
}

/**
 * Forums: each county's partnership first, anchored in its regional development strategy; then
 * councils, working groups, networks … of the counties in turn, some under the partnership, in
 * the county or one of its municipalities, anchored in its strategies.
 */
export function planForums(plan: Plan, region: Region, shape: RegionShape): PlannedForum[] {
  const { random } = plan;
  const { counties } = region.areas;
  const forums: PlannedForum[] = [];
  for (let index = 0; index < shape.forums; index++) {
    const registers = region.of(counties[index % counties.length]);
    const { county } = registers;
    // The county's first forum is its partnership; the others may sit under it.
    const partnership = registers.forums.at(0);
    const kind = partnership ? random.pick(Object.keys(FORUM_NAMES) as ForumKind[]) : 'PARTNERSHIP';
    const name = partnership
      ? `${FORUM_NAMES[kind]} ${index + 1}, ${county.name}`
      : `Fiktivt länspartnerskap, ${county.name}`;
    const parent = partnership && random.chance(0.3) ? partnership : null;
    const area =
      partnership && county.municipalities.length > 0 && random.chance(0.3)
        ? random.pick(county.municipalities)
        : county;
    const convenors = registers.regionalActors.length ? registers.regionalActors : registers.actors;
    const convenor = convenors.length > 0 && random.chance(0.7) ? random.pick(convenors) : null;
    const chair =
      convenor && convenor.people.length > 0 && random.chance(0.5)
        ? random.pick(convenor.people)
        : null;
    const anchors = partnership
      ? sample(random, registers.strategies, Number(random.weighted({ 0: 25, 1: 60, 2: 15 })))
      : registers.strategies.slice(0, 1);
    const theme = random.pick(THEMES);
    const purposes = [`Samordna arbetet med ${theme}`, 'Dela erfarenheter', 'Förankra beslut'];
    const status: ForumStatus = partnership ? random.weighted(STATUSES) : 'ACTIVE';
    const record = plan.add(
      'Forum',
      {
        kind,
        name,
        shortName: partnership ? null : `FLP ${county.code}`,
        slug: slugify(name),
        description: random.chance(0.3)
          ? `Fiktivt forum i ${area.name}, påhittat för prov och mätningar.`
          : null,
        goal: random.chance(0.4) ? `Att stärka samverkan om ${theme} i ${area.name}.` : null,
        purpose: sample(random, purposes, random.below(purposes.length)),
        parentId: parent?.id ?? null,
        convenorId: convenor?.record.id ?? null,
        chairId: chair?.id ?? null,
        areaId: area.id,
        status,
        dissolvedOn: status === 'DISSOLVED' ? isoDay(random.below(PERIOD_DAYS)) : null,
      },
      recordedAfter(
        random,
        365,
        area.recordedAt,
        parent?.recordedAt ?? 0,
        convenor?.record.recordedAt ?? 0,
        chair?.recordedAt ?? 0,
        ...anchors.map((anchor) => anchor.recordedAt),
      ),
      { anchoredInIds: anchors.map((anchor) => anchor.id), identifiers: [] },
    );
    registers.forums.push(record);
    forums.push({ record, registers });
  }
  return forums;
}

/** A forum's member: an actor, or another forum (`actor` null). */
interface Member {
  record: PlannedRecord;
  actor: PlannedActor | null;
}
const actorMember = (actor: PlannedActor): Member => ({ record: actor.record, actor });

/** The group a source would list a member under, by what kind of member it is. */
function categoryOf({ actor }: Member): string {
  if (!actor) return 'Forum';
  if (actor.level === 'NATIONAL') return 'Myndigheter och nationella aktörer';
  if (actor.level === 'REGIONAL') return 'Regionala aktörer';
  return actor.sector === 'PUBLIC' ? 'Kommuner' : 'Organisationer i länet';
}

/**
 * Memberships: the first `largeForums` forums get exactly `largeForumMembers` actors each, none
 * ended; the rest go to the other forums at random, mostly actors of the forum's county, now and
 * then another forum of the county. A member sits in a forum once; some actors are represented by
 * one or two of their people. Returns the number of representatives.
 */
export function planMemberships(
  plan: Plan,
  region: Region,
  forums: PlannedForum[],
  shape: RegionShape,
): number {
  const { random } = plan;
  const large = forums.slice(0, shape.largeForums);
  const others = forums.slice(shape.largeForums);
  const rest = shape.memberships - large.length * shape.largeForumMembers;
  if (rest < 0 || (rest > 0 && others.length === 0)) {
    throw new Error('memberships must fill the large forums and leave some forums for the rest');
  }
  const seated = new Set<string>();
  let representatives = 0;
  const join = (forum: PlannedForum, member: Member, ended?: boolean) => {
    seated.add(`${forum.record.id}/${member.record.id}`);
    const people =
      member.actor && random.chance(0.4)
        ? sample(random, member.actor.people, random.chance(0.25) ? 2 : 1)
        : [];
    representatives += people.length;
    plan.add(
      'ForumMembership',
      {
        forumId: forum.record.id,
        memberActorId: member.actor ? member.record.id : null,
        memberForumId: member.actor ? null : member.record.id,
        category: random.chance(0.8) ? categoryOf(member) : null,
        role: random.weighted(ROLES),
        // The people are the actor's own (its positions).
        externalRepresentativeIds: [],
      },
      validTime(
        random,
        Math.max(
          forum.record.recordedAt,
          member.record.recordedAt,
          ...people.map((person) => person.recordedAt),
        ),
        ended,
      ),
      { representativeIds: people.map((person) => person.id) },
    );
  };

  for (const forum of large) {
    const { actors } = forum.registers;
    const pool = actors.length >= shape.largeForumMembers ? actors : region.actors;
    const members = sample(random, pool, shape.largeForumMembers);
    if (members.length < shape.largeForumMembers)
      throw new Error('too few actors for a large forum');
    for (const member of members) join(forum, actorMember(member), false);
  }
  for (let index = 0; index < rest; index++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 100) throw new Error('too many memberships for these forums and actors');
      const forum = random.pick(others);
      const { actors, forums: countyForums } = forum.registers;
      // When the county's actors are hard to find a new seat for, any actor will do.
      const pool = attempt < 20 && actors.length > 0 ? actors : region.actors;
      const member: Member =
        random.chance(0.05) && countyForums.length > 1
          ? { record: random.pick(countyForums), actor: null }
          : actorMember(random.pick(pool));
      const key = `${forum.record.id}/${member.record.id}`;
      if (member.record === forum.record || seated.has(key)) continue;
      join(forum, member);
      break;
    }
  }
  return representatives;
}
