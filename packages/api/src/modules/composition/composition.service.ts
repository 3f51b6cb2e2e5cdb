import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderFamily } from '../../core/db/loaders';
import { kept } from '../../core/kept';
import { validOn, type ValidTimeFilter } from '../../core/valid-time';
import { ACTOR_LEVELS, ACTOR_SECTORS, type ActorLevel, type ActorSector } from '../actor';
import { areasWithin } from '../area';
import { ForumMembershipEntity, membershipsKnownAt } from '../forum';

/** A membership whose validTo is at most this many days after the day is "ending soon". */
export const ENDING_SOON_DAYS = 90;

/** A forum member: an actor or another forum (the GraphQL union `ForumMember`). */
export interface MemberReference {
  kind: 'Actor' | 'Forum';
  id: string;
}

/** Who sits in a forum on a day, counted the ways the quadruple helix and the map ask for. */
export interface ForumComposition {
  asOf: string;
  /** Distinct actors that are members (in any role). */
  actorMembers: number;
  /** Distinct forums that are members. */
  forumMembers: number;
  /** Member actors per sector: every sector, zero when none. */
  bySector: { sector: ActorSector; count: number }[];
  /** Member actors per level: every level, zero when none. */
  byLevel: { level: ActorLevel; count: number }[];
  /** Member actors per area they work in, most first, then by code; only areas with some. */
  byArea: { areaId: string; count: number }[];
  /** The municipalities within the forum's area, by code, split by whether a member works there. */
  municipalities: { representedIds: string[]; missingIds: string[] };
  /** Distinct people acting for each member, members by name. */
  representativesPerMember: { member: MemberReference; count: number }[];
  /** Memberships ending within ENDING_SOON_DAYS after the day, soonest first. */
  endingSoon: ForumMembershipEntity[];
}

interface MembershipRow {
  membership_id: string;
  actor_sector: ActorSector | null;
  actor_level: ActorLevel | null;
  representative_ids: string[];
  ending_soon: boolean;
}

/**
 * The composition of forums on a day. Three statements for any number of forums and members:
 * their memberships, the municipalities within their areas, the areas their member actors work in.
 */
export class ForumCompositionService {
  constructor(private readonly dataSource: DataSource) {}

  /** With `knownAt`: the memberships and their representatives as the register said them then. */
  async compositions(
    forumIds: string[],
    asOf: string,
    knownAt: string | null = null,
  ): Promise<Map<string, ForumComposition>> {
    const memberships = await this.memberships(forumIds, asOf, knownAt);
    const actorIds = [...new Set(memberships.flatMap(({ entity }) => entity.memberActorId ?? []))];
    const municipalities = await this.municipalities(forumIds);
    const areasOfActor = await this.areasOfActors(actorIds);
    return new Map(
      forumIds.map((forumId) => [
        forumId,
        compose(
          memberships.filter(({ entity }) => entity.forumId === forumId),
          municipalities.get(forumId) ?? [],
          areasOfActor,
          asOf,
        ),
      ]),
    );
  }

  /** The memberships valid on the day, by member name, with what the counts need. */
  private async memberships(forumIds: string[], asOf: string, knownAt: string | null) {
    const query = this.dataSource
      .getRepository(ForumMembershipEntity)
      .createQueryBuilder('membership')
      .leftJoin('actor', 'actor', 'actor.id = membership.member_actor_id')
      .leftJoin('forum', 'member_forum', 'member_forum.id = membership.member_forum_id')
      .addSelect('actor.sector', 'actor_sector')
      .addSelect('actor.level', 'actor_level')
      .addSelect(
        `CAST(ARRAY(SELECT rep.person_id FROM attribute_period period
                      CROSS JOIN LATERAL jsonb_array_elements_text(period.value)
                        WITH ORDINALITY AS rep(person_id, position)
                    WHERE period.record_id = membership.id
                      AND period.attribute = 'representativeIds'
                      AND daterange(period.valid_from, period.valid_to) @> CAST(:asOf AS date)
                    ORDER BY rep.position) AS text[])`,
        'representative_ids',
      )
      .addSelect(
        `coalesce(membership.valid_to <= CAST(:asOf AS date) + ${ENDING_SOON_DAYS}, false)`,
        'ending_soon',
      )
      .where('membership.forum_id = ANY(:forumIds)', { forumIds })
      .andWhere(validOn('membership'), { asOf })
      .orderBy('coalesce(actor.name, member_forum.name)', 'ASC')
      .addOrderBy('membership.id', 'ASC');
    const { entities, raw } = await membershipsKnownAt(
      query,
      knownAt,
    ).getRawAndEntities<MembershipRow>();
    const rows = new Map(raw.map((row) => [row.membership_id, row]));
    return entities.map((entity) => ({ entity, row: rows.get(entity.id)! }));
  }

  /** The municipalities within each forum's area (none without one), by code. */
  private async municipalities(forumIds: string[]): Promise<Map<string, string[]>> {
    const rows: { forum_id: string; area_id: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('forum.id', 'forum_id')
      .addSelect('area.id', 'area_id')
      .from('forum', 'forum')
      .innerJoin(
        'area',
        'area',
        `area.kind = 'MUNICIPALITY' AND area.id IN (${areasWithin('forum.area_id')})`,
      )
      .where('forum.id = ANY(:forumIds)', { forumIds })
      .orderBy('area.code', 'ASC')
      .getRawMany();
    const byForum = new Map<string, string[]>();
    for (const row of rows) kept(byForum, row.forum_id, () => []).push(row.area_id);
    return byForum;
  }

  /** The areas each actor works in, with their codes. */
  private async areasOfActors(actorIds: string[]) {
    const rows: { actor_id: string; area_id: string; code: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('link.actor_id', 'actor_id')
      .addSelect('link.area_id', 'area_id')
      .addSelect('area.code', 'code')
      .from('actor_area', 'link')
      .innerJoin('area', 'area', 'area.id = link.area_id')
      .where('link.actor_id = ANY(:actorIds)', { actorIds })
      .getRawMany();
    const byActor = new Map<string, { areaId: string; code: string }[]>();
    for (const row of rows)
      kept(byActor, row.actor_id, () => []).push({ areaId: row.area_id, code: row.code });
    return byActor;
  }

  loaders() {
    return {
      /** Each forum's composition on a day; three statements per batch of forums. */
      forumComposition: () =>
        loaderFamily(
          ({ asOf, knownAt }: ValidTimeFilter) =>
            new DataLoader<string, ForumComposition>(async (forumIds) => {
              const compositions = await this.compositions([...forumIds], asOf, knownAt);
              return forumIds.map((forumId) => compositions.get(forumId)!);
            }),
        ),
    };
  }
}

/** One forum's composition from its memberships, municipalities and its actors' areas. */
function compose(
  memberships: { entity: ForumMembershipEntity; row: MembershipRow }[],
  municipalityIds: string[],
  areasOfActor: Map<string, { areaId: string; code: string }[]>,
  asOf: string,
): ForumComposition {
  /** Each member actor once, with its sector and level. */
  const actors = new Map<string, MembershipRow>();
  const forums = new Set<string>();
  /** Each member once, in order, with the people acting for it. */
  const members = new Map<string, { member: MemberReference; people: Set<string> }>();
  for (const { entity, row } of memberships) {
    const member: MemberReference = entity.memberActorId
      ? { kind: 'Actor', id: entity.memberActorId }
      : { kind: 'Forum', id: entity.memberForumId! };
    if (member.kind === 'Actor') actors.set(member.id, row);
    else forums.add(member.id);
    const entry = members.get(member.id) ?? { member, people: new Set<string>() };
    row.representative_ids.forEach((personId) => entry.people.add(personId));
    members.set(member.id, entry);
  }
  const count = <K>(values: readonly K[], of: (row: MembershipRow) => K | null) =>
    values.map((value) => [...actors.values()].filter((row) => of(row) === value).length);

  const areaCounts = new Map<string, { areaId: string; code: string; count: number }>();
  for (const actorId of actors.keys()) {
    for (const { areaId, code } of areasOfActor.get(actorId) ?? []) {
      const entry = areaCounts.get(areaId) ?? { areaId, code, count: 0 };
      entry.count += 1;
      areaCounts.set(areaId, entry);
    }
  }
  const sectorCounts = count(ACTOR_SECTORS, (row) => row.actor_sector);
  const levelCounts = count(ACTOR_LEVELS, (row) => row.actor_level);
  return {
    asOf,
    actorMembers: actors.size,
    forumMembers: forums.size,
    bySector: ACTOR_SECTORS.map((sector, i) => ({ sector, count: sectorCounts[i] })),
    byLevel: ACTOR_LEVELS.map((level, i) => ({ level, count: levelCounts[i] })),
    byArea: [...areaCounts.values()]
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
      .map(({ areaId, count }) => ({ areaId, count })),
    municipalities: {
      representedIds: municipalityIds.filter((id) => areaCounts.has(id)),
      missingIds: municipalityIds.filter((id) => !areaCounts.has(id)),
    },
    representativesPerMember: [...members.values()].map(({ member, people }) => ({
      member,
      count: people.size,
    })),
    endingSoon: memberships
      .filter(({ row }) => row.ending_soon)
      .map(({ entity }) => entity)
      .sort((a, b) => a.validTo!.localeCompare(b.validTo!)),
  };
}
