import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import { batchedManyWith } from '../../core/db/prepared-select';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { optionalText, requiredRecord } from '../../core/validate';
import { sameRecord } from '../../core/db/record-key';
import {
  checkNoOverlap,
  laterDay,
  validatePeriod,
  validOn,
  validOnFiltered,
  type Period,
  today,
  type ValidTimeFilter,
} from '../../core/valid-time';
import { ActorEntity } from '../actor';
import { actingDay, peopleHoldingPosition } from '../person';
import { type Citation, CitationStore } from '../citation';
import { ForumEntity } from './forum.entity';
import {
  ForumMembershipEntity,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_TIMED_FIELDS,
  type MembershipRole,
} from './membership.entity';
import { LinkTable } from '../../core/db/link-table';
import type { Timeline } from '../../core/db/timeline';
import { membershipsKnownAt } from './membership.known-at';
import DataLoader from 'dataloader';
import { HOME_AREAS } from '../area';

export interface ForumMembershipFields extends Period {
  forumId: string;
  /** The member: exactly one of an actor and a forum. */
  memberActorId?: string | null;
  memberForumId?: string | null;
  category?: string | null;
  /** Default: MEMBER. */
  role?: MembershipRole | null;
  /** The people acting for the member, in order. */
  representativeIds?: string[];
  /** Of those, the ones acting without a position at the member (a consultant, a stand-in). */
  externalRepresentativeIds?: string[];
  sources?: Citation[];
}
export type ForumMembershipUpdateInput = UpdateInput<ForumMembershipFields>;

/** Which members a forum lists: those valid on `asOf`, optionally of one category or role. */
export interface MembersFilter extends ValidTimeFilter {
  category: string | null;
  role: MembershipRole | null;
}

export const forumMembershipCitations = new CitationStore(
  'forum_membership_citation',
  'forum_membership_id',
);
/** The people acting for a member, in order. */
const representatives = new LinkTable({
  table: 'forum_membership_representative',
  ownerColumn: 'membership_id',
  targetColumn: 'person_id',
  targetTable: 'person',
  label: 'person',
});

interface MembershipLinks {
  representativeIds: string[];
  sources: Citation[];
}

/**
 * A member's place in a forum over a period. The member is an actor or another forum (never the
 * forum itself); the same member in the same role twice at once is refused.
 */
export class ForumMembershipService extends RecordService<
  ForumMembershipEntity,
  ForumMembershipFields,
  MembershipLinks
> {
  protected readonly entity = ForumMembershipEntity;
  protected readonly recordType = 'ForumMembership';
  protected readonly label = 'forum membership';
  protected override readonly home = HOME_AREAS.forumMembership;
  protected override readonly timed = MEMBERSHIP_TIMED_FIELDS;

  end(
    caller: Caller,
    input: { id: string; version: number; validTo?: string | null },
    manager?: EntityManager,
  ) {
    return this.endValidity(caller, input, manager);
  }

  /** The same membership: the member's in the forum in the same role, valid on the day. */
  override matching(tx: EntityManager, fields: Partial<ForumMembershipFields>) {
    const ends: [string, unknown][] = [
      ['forum_id', fields.forumId],
      ['member_id', fields.memberActorId ?? fields.memberForumId],
      ['role', fields.role ?? 'MEMBER'],
    ];
    return sameRecord(tx, 'forum_membership', ends, fields.validFrom ?? today());
  }

  protected async validate(
    tx: EntityManager,
    input: ForumMembershipFields,
    id: string | null,
    changesFrom?: string,
  ): Promise<Validated<ForumMembershipEntity, MembershipLinks>> {
    const errors = new FieldErrors();
    const period = validatePeriod(errors, input);
    const values = {
      forumId: input.forumId,
      memberActorId: input.memberActorId ?? null,
      memberForumId: input.memberForumId ?? null,
      category: optionalText(errors, 'category', input.category, 'The category', 200) ?? null,
      role: input.role ?? 'MEMBER',
      externalRepresentativeIds: [...new Set(input.externalRepresentativeIds ?? [])],
      ...period,
    };
    if (!MEMBERSHIP_ROLES.includes(values.role)) errors.add('role', 'INVALID', 'Unknown role.');
    await requiredRecord(tx, errors, 'forum', {
      entity: ForumEntity,
      id: values.forumId,
      label: 'forum',
    });
    await this.validateMember(tx, values, errors);
    if (values.memberForumId && !errors.has('member')) {
      await this.checkNoContainmentCycle(tx, errors, values, id);
    }
    const representativeIds = await representatives.validate(
      tx,
      errors,
      'representatives',
      input.representativeIds ?? [],
    );
    const externalRepresentativeIds = [...new Set(input.externalRepresentativeIds ?? [])];
    externalRepresentativeIds.forEach((personId, index) => {
      if (!representativeIds.includes(personId)) {
        errors.add(
          ['externalRepresentatives', String(index)],
          'INVALID',
          'Only a representative can act from outside: list this person in representatives too.',
        );
      }
    });
    if (values.memberActorId && !errors.has('representatives') && !errors.has('validFrom')) {
      await this.checkRepresentativesHoldPositions(tx, errors, {
        memberActorId: values.memberActorId,
        representativeIds,
        externalRepresentativeIds,
        period: id
          ? { validFrom: laterDay(changesFrom, period.validFrom), validTo: period.validTo }
          : period,
        since: id ? await representatives.snapshot(tx, id) : [],
      });
    }
    await checkNoOverlap(tx, errors, {
      table: 'forum_membership',
      key: {
        forum_id: values.forumId,
        member_id: values.memberActorId ?? values.memberForumId,
        role: values.role,
      },
      period,
      id,
      label: 'membership',
    });
    await forumMembershipCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values,
      links: { representativeIds, sources: input.sources ?? [] },
    };
  }

  /**
   * A person acting for a member actor holds a position there when they begin to (the first day
   * of `period`: the membership's, or the day a change of representatives holds from), unless
   * recorded as acting from outside; those already acting before a change (`since`) are not
   * asked again.
   */
  private async checkRepresentativesHoldPositions(
    tx: EntityManager,
    errors: FieldErrors,
    acting: {
      memberActorId: string;
      representativeIds: string[];
      externalRepresentativeIds: string[];
      period: Period;
      since: string[];
    },
  ) {
    const asked = acting.representativeIds.filter(
      (personId) =>
        !acting.externalRepresentativeIds.includes(personId) && !acting.since.includes(personId),
    );
    const held = await peopleHoldingPosition(tx, {
      personIds: asked,
      actorId: acting.memberActorId,
      period: acting.period,
    });
    acting.representativeIds.forEach((personId, index) => {
      if (asked.includes(personId) && !held.has(personId)) {
        errors.add(
          ['representatives', String(index)],
          'INVALID',
          `This person holds no position at the member ${actingDay(acting.period)}: record the position first, or list them in externalRepresentatives as acting from outside.`,
        );
      }
    });
  }

  private async validateMember(
    tx: EntityManager,
    member: { forumId: string; memberActorId: string | null; memberForumId: string | null },
    errors: FieldErrors,
  ) {
    if (Boolean(member.memberActorId) === Boolean(member.memberForumId)) {
      errors.add('member', 'REQUIRED', 'A member is either an actor or a forum.');
    } else if (member.memberActorId) {
      if (!(await tx.getRepository(ActorEntity).existsBy({ id: member.memberActorId }))) {
        errors.add('member', 'NOT_FOUND', 'No actor has this id.');
      }
    } else if (member.memberForumId === member.forumId) {
      errors.add('member', 'INVALID', 'A forum cannot be a member of itself.');
    } else if (!(await tx.getRepository(ForumEntity).existsBy({ id: member.memberForumId! }))) {
      errors.add('member', 'NOT_FOUND', 'No forum has this id.');
    }
  }

  /**
   * A forum in a forum in … must never contain itself on any day: refuses a membership of forum M
   * in forum F when M contains F (directly or through forums it contains) on a day of the new
   * membership's period. The walk narrows the period at each step to the days all links hold.
   */
  private async checkNoContainmentCycle(
    tx: EntityManager,
    errors: FieldErrors,
    membership: { forumId: string; memberForumId: string | null } & Period,
    id: string | null,
  ) {
    const [cycle]: { from: string | null; to: string | null }[] = await tx.query(
      `WITH RECURSIVE contained (forum_id, during, path) AS (
         SELECT m.member_forum_id, daterange(m.valid_from, m.valid_to, '[)') * $2, ARRAY[m.forum_id]
         FROM forum_membership m
         WHERE m.forum_id = $1 AND m.member_forum_id IS NOT NULL
           AND daterange(m.valid_from, m.valid_to, '[)') && $2 AND m.id IS DISTINCT FROM $4
         UNION ALL
         SELECT m.member_forum_id, c.during * daterange(m.valid_from, m.valid_to, '[)'),
                c.path || m.forum_id
         FROM contained c JOIN forum_membership m ON m.forum_id = c.forum_id
         WHERE m.member_forum_id IS NOT NULL AND NOT m.forum_id = ANY(c.path)
           AND daterange(m.valid_from, m.valid_to, '[)') && c.during AND m.id IS DISTINCT FROM $4
       )
       SELECT lower(during)::text AS from, upper(during)::text AS to
       FROM contained WHERE forum_id = $3 LIMIT 1`,
      [
        membership.memberForumId,
        `[${membership.validFrom ?? ''},${membership.validTo ?? ''})`,
        membership.forumId,
        id,
      ],
    );
    if (cycle) {
      errors.add(
        'member',
        'CYCLE',
        `That forum already contains this one (from ${cycle.from ?? 'the start'} until ${cycle.to ?? 'further notice'}): a forum cannot contain itself through memberships.`,
      );
    }
  }

  /**
   * A new list of representatives given without its external ones keeps those of them still
   * listed: the others no longer act for the member at all.
   */
  protected override merged(
    before: ForumMembershipFields,
    changes: Partial<ForumMembershipFields>,
  ): ForumMembershipFields {
    const merged = { ...before, ...changes };
    if (changes.representativeIds && changes.externalRepresentativeIds === undefined) {
      merged.externalRepresentativeIds = (before.externalRepresentativeIds ?? []).filter((id) =>
        changes.representativeIds!.includes(id),
      );
    }
    return merged;
  }

  /**
   * Each representative's periods, runs joined, in `forum_membership_representative_period`:
   * what the map looks a person up by (migration RepresentativePeriods).
   */
  protected override async periodsWritten(tx: EntityManager, id: string, timeline: Timeline) {
    const runs: { person: string; validFrom: string | null; validTo: string | null }[] = [];
    for (const period of timeline.representativeIds ?? []) {
      for (const person of period.value as string[]) {
        const run = runs.find((r) => r.person === person && r.validTo === period.validFrom);
        if (run && period.validFrom !== null) run.validTo = period.validTo;
        else runs.push({ person, validFrom: period.validFrom, validTo: period.validTo });
      }
    }
    await tx.query('DELETE FROM forum_membership_representative_period WHERE membership_id = $1', [
      id,
    ]);
    await tx.query(
      `INSERT INTO forum_membership_representative_period (membership_id, person_id, valid_from, valid_to)
       SELECT $1, (run ->> 'person')::uuid, (run ->> 'validFrom')::date, (run ->> 'validTo')::date
         FROM jsonb_array_elements($2::jsonb) AS run`,
      [id, JSON.stringify(runs)],
    );
  }

  protected override async read(
    tx: EntityManager,
    membership: ForumMembershipEntity,
  ): Promise<ForumMembershipFields> {
    return {
      ...membership,
      representativeIds: await representatives.snapshot(tx, membership.id),
      sources: await forumMembershipCitations.snapshot(tx, membership.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: MembershipLinks) {
    await representatives.replace(tx, id, links.representativeIds);
    await forumMembershipCitations.replace(tx, id, links.sources);
  }

  loaders() {
    const ds = this.dataSource;
    const byParent = (parentColumn: string, parentProperty: 'memberActorId' | 'memberForumId') =>
      loaderFamily(({ asOf, knownAt }: ValidTimeFilter) =>
        childrenLoader(ds, ForumMembershipEntity, {
          alias: 'membership',
          parentColumn,
          parentProperty,
          where: [validOnFiltered('membership'), { asOf }],
          knownAt: knownAt ? { recordType: 'ForumMembership', at: knownAt } : null,
          orderBy: [
            ['membership.valid_from', 'ASC'],
            ['membership.created_at', 'ASC'],
          ],
        }),
      );
    return {
      forumMembershipById: () => byIdLoader(ds, ForumMembershipEntity),
      /** A forum's members on a day, by category (none first), role (as listed), member name. */
      membersOfForum: () =>
        loaderFamily(({ asOf, knownAt, category, role }: MembersFilter) =>
          childrenLoader(ds, ForumMembershipEntity, {
            alias: 'membership',
            parentColumn: 'forum_id',
            parentProperty: 'forumId',
            knownAt: knownAt ? { recordType: 'ForumMembership', at: knownAt } : null,
            where: [
              [
                validOnFiltered('membership'),
                ...(category === null ? [] : ['membership.category = :category']),
                ...(role === null ? [] : ['membership.role = :role']),
              ].join(' AND '),
              { asOf, category, role },
            ],
            orderBy: [
              ['membership.category', 'ASC'],
              [`array_position(ARRAY['${MEMBERSHIP_ROLES.join("','")}'], membership.role)`, 'ASC'],
              [
                `coalesce((SELECT actor.name FROM actor WHERE actor.id = membership.member_actor_id),
                        (SELECT forum.name FROM forum WHERE forum.id = membership.member_forum_id))`,
                'ASC',
              ],
              ['membership.id', 'ASC'],
            ],
          }),
        ),
      membershipsOfActor: () => byParent('member_actor_id', 'memberActorId'),
      membershipsOfForum: () => byParent('member_forum_id', 'memberForumId'),
      /** The ids of the people acting for each membership, in order. */
      membershipRepresentativeIds: () => representatives.loader(ds),
      /** The memberships each person represents on a day, as the register said at `knownAt`. */
      representations: () =>
        loaderFamily(
          ({ asOf, knownAt }: ValidTimeFilter) =>
            new DataLoader<string, ForumMembershipEntity[]>(async (personIds) => {
              const query = ds
                .getRepository(ForumMembershipEntity)
                .createQueryBuilder('membership')
                .innerJoin(
                  'attribute_period',
                  'period',
                  `period.record_id = membership.id AND period.attribute = 'representativeIds'`,
                )
                .innerJoin('person', 'person', 'period.value @> jsonb_build_array(person.id)')
                .where('person.id = ANY(:personIds)', { personIds: [...personIds] })
                .andWhere(validOn('period'), { asOf })
                .andWhere(validOn('membership'))
                .orderBy('membership.valid_from', 'ASC', 'NULLS FIRST')
                .addOrderBy('membership.created_at', 'ASC');
              const rows = await batchedManyWith<ForumMembershipEntity, { personId: string }>(
                membershipsKnownAt(query, knownAt),
                { personId: 'person.id' },
              );
              return personIds.map((personId) =>
                rows.filter((row) => row.extra.personId === personId).map((row) => row.entity),
              );
            }),
        ),
    };
  }
}
