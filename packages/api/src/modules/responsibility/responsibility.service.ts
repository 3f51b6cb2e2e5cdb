import { sameRecord } from '../../core/db/record-key';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalText, requiredRecord } from '../../core/validate';
import {
  checkNoOverlap,
  validatePeriod,
  validOnFiltered,
  today,
  type Period,
  type ValidTimeFilter,
} from '../../core/valid-time';
import { ActorEntity } from '../actor';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { actingDay, PersonEntity, peopleHoldingPosition } from '../person';
import {
  RESPONSIBILITY_ROLES,
  RESPONSIBILITY_STATUSES,
  RESPONSIBILITY_SUBJECT,
  ResponsibilityEntity,
  subjectOf,
  type ResponsibilityRole,
  type ResponsibilityStatus,
  type SubjectKind,
} from './responsibility.entity';
import { HOME_AREAS } from '../area';

export interface ResponsibilityFields extends Period {
  actorId: string;
  personId?: string | null;
  /** The person acts from outside, without a position at the actor. Default: false. */
  personIsExternal?: boolean | null;
  role: ResponsibilityRole;
  subject: { kind: SubjectKind; id: string };
  mandate?: string | null;
  mandateReference?: string | null;
  status?: ResponsibilityStatus | null;
  sources?: Citation[];
}
export type ResponsibilityUpdateInput = UpdateInput<ResponsibilityFields>;

export interface ResponsibilityListFilter extends ValidTimeFilter {
  role?: ResponsibilityRole | null;
}

export const responsibilityCitations = new CitationStore(
  'responsibility_citation',
  'responsibility_id',
);

/**
 * A person acting for an actor holds a position there when the responsibility begins (see
 * `peopleHoldingPosition`); otherwise the person must be recorded as acting from outside
 * (`personIsExternal`).
 */
async function checkActingPerson(
  tx: EntityManager,
  errors: FieldErrors,
  acting: { actorId: string; personId: string } & Period,
): Promise<void> {
  const held = await peopleHoldingPosition(tx, {
    personIds: [acting.personId],
    actorId: acting.actorId,
    period: acting,
  });
  if (held.size === 0) {
    errors.add(
      'person',
      'INVALID',
      `This person holds no position at the actor ${actingDay(acting)}: record the position first, or mark them as acting from outside (personIsExternal).`,
    );
  }
}

/** The mandate as the record's fields; undefined (not given) changes nothing, null clears it. */
export function mandateFields(
  mandate: { text: string; reference?: string | null } | null | undefined,
) {
  if (mandate === undefined) return {};
  return { mandate: mandate?.text ?? null, mandateReference: mandate?.reference ?? null };
}

/** Who does what: an actor's role for one subject, under a mandate, for a period. */
export class ResponsibilityService extends CitedRecordService<
  ResponsibilityEntity,
  ResponsibilityFields
> {
  protected readonly entity = ResponsibilityEntity;
  protected readonly recordType = 'Responsibility';
  protected readonly label = 'responsibility';
  protected override readonly home = HOME_AREAS.responsibility;
  protected readonly citations = responsibilityCitations;

  /** Ends it: no longer held from validTo (default today), status ENDED. */
  end(
    caller: Caller,
    input: { id: string; version: number; validTo?: string | null },
    manager?: EntityManager,
  ) {
    return this.endValidity(caller, input, manager, { status: 'ENDED' });
  }

  /** The same responsibility: the actor's in this role for this subject, held on the day. */
  override matching(tx: EntityManager, fields: Partial<ResponsibilityFields>) {
    const ends: [string, unknown][] = [
      ['actor_id', fields.actorId],
      ['role', fields.role],
      ['subject_id', fields.subject?.id],
    ];
    return sameRecord(tx, 'responsibility', ends, fields.validFrom ?? today());
  }

  protected async validate(
    tx: EntityManager,
    input: ResponsibilityFields,
    id: string | null,
  ): Promise<Validated<ResponsibilityEntity, Citation[]>> {
    const errors = new FieldErrors();
    const period = validatePeriod(errors, input);
    const status = input.status ?? (period.validTo ? 'ENDED' : 'ACTIVE');
    if (!RESPONSIBILITY_ROLES.includes(input.role)) errors.add('role', 'INVALID', 'Unknown role.');
    if (!RESPONSIBILITY_STATUSES.includes(status))
      errors.add('status', 'INVALID', 'Unknown status.');
    else if (status === 'ENDED' && !period.validTo && !errors.has('validTo')) {
      errors.add(
        'status',
        'INVALID',
        'An ended responsibility needs the day it ended: give validTo.',
      );
    }
    await requiredRecord(tx, errors, 'actor', {
      entity: ActorEntity,
      id: input.actorId,
      label: 'actor',
    });
    if (
      input.personId &&
      !(await tx.getRepository(PersonEntity).existsBy({ id: input.personId }))
    ) {
      errors.add('person', 'NOT_FOUND', 'No person has this id.');
    } else if (input.personId && !input.personIsExternal && !errors.has('validFrom')) {
      await checkActingPerson(tx, errors, { ...input, personId: input.personId, ...period });
    }
    await RESPONSIBILITY_SUBJECT.check(tx, errors, 'subject', input.subject);
    const values = {
      actorId: input.actorId,
      personId: input.personId ?? null,
      personIsExternal: Boolean(input.personIsExternal && input.personId),
      role: input.role,
      ...RESPONSIBILITY_SUBJECT.values(input.subject),
      mandate:
        optionalText(errors, ['mandate', 'text'], input.mandate, 'The mandate', 2000) ?? null,
      mandateReference:
        optionalText(
          errors,
          ['mandate', 'reference'],
          input.mandateReference,
          'The reference',
          500,
        ) ?? null,
      status,
      ...period,
    };
    await checkNoOverlap(tx, errors, {
      table: 'responsibility',
      key: { actor_id: input.actorId, role: input.role, subject_id: input.subject.id },
      period,
      id,
      label: 'responsibility',
    });
    await responsibilityCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values, links: input.sources ?? [] };
  }

  protected override async read(
    tx: EntityManager,
    record: ResponsibilityEntity,
  ): Promise<ResponsibilityFields> {
    return { ...(await super.read(tx, record)), subject: subjectOf(record) };
  }

  loaders() {
    const ds = this.dataSource;
    /** Responsibilities valid on a day (and of a role), grouped by one of their columns. */
    const listedBy = (column: string, property: keyof ResponsibilityEntity & string) =>
      loaderFamily(({ asOf, knownAt, role }: ResponsibilityListFilter) =>
        childrenLoader(ds, ResponsibilityEntity, {
          alias: 'responsibility',
          parentColumn: column,
          parentProperty: property,
          knownAt: knownAt ? { recordType: 'Responsibility', at: knownAt } : null,
          // Of a role only when one is asked for: see `batchedRead` on generic plans.
          where: [
            role
              ? `${validOnFiltered('responsibility')} AND responsibility.role = :role`
              : validOnFiltered('responsibility'),
            { asOf, role },
          ],
          orderBy: [
            ['responsibility.role', 'ASC'],
            ['responsibility.valid_from', 'ASC'],
            ['responsibility.id', 'ASC'],
          ],
        }),
      );
    return {
      responsibilityById: () => byIdLoader(ds, ResponsibilityEntity),
      responsibilitiesOfActor: () => listedBy('actor_id', 'actorId'),
      responsibilitiesOfPerson: () => listedBy('person_id', 'personId'),
      responsibilitiesForStrategy: () => listedBy('strategy_id', 'strategyId'),
      responsibilitiesForObjective: () => listedBy('objective_id', 'objectiveId'),
      responsibilitiesForForum: () => listedBy('forum_id', 'forumId'),
      responsibilitiesForArea: () => listedBy('area_id', 'areaId'),
      responsibilitiesForTopic: () => listedBy('topic_id', 'topicId'),
    };
  }
}
