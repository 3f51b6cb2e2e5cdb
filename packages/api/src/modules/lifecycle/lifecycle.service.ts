import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { changedFields } from '../../core/audit/summary';
import type { RecordService } from '../../core/db/record-service';
import type { Versioned } from '../../core/db/versioned';
import { FieldErrors, ValidationFailed } from '../../core/errors';
import type { ActorEntity, ActorService } from '../actor';
import type { ForumEntity, ForumMembershipService, ForumService } from '../forum';
import type { PositionService } from '../person';
import type { ResponsibilityService } from '../responsibility';

type AnyRecord = Versioned & Record<string, unknown>;
type AnyService = RecordService<AnyRecord, object, unknown>;
/** A service of time-bound records: `end` ends one on a day, in the caller's transaction. */
type EndingService = AnyService & {
  end(
    caller: Caller,
    input: { id: string; version: number; validTo: string },
    manager: EntityManager,
  ): Promise<object>;
};

/** Records that depend on another: those of `type` whose `column` names it. */
interface Dependent {
  type: 'ForumMembership' | 'Position' | 'Responsibility';
  table: string;
  column: string;
}

/** What ends with an archived actor: its memberships, positions and responsibilities. */
const ACTOR_DEPENDENTS: Dependent[] = [
  { type: 'ForumMembership', table: 'forum_membership', column: 'member_actor_id' },
  { type: 'Position', table: 'position', column: 'actor_id' },
  { type: 'Responsibility', table: 'responsibility', column: 'actor_id' },
];

/** What ends with a dissolved forum: its members, its own memberships, responsibilities for it. */
const FORUM_DEPENDENTS: Dependent[] = [
  { type: 'ForumMembership', table: 'forum_membership', column: 'forum_id' },
  { type: 'ForumMembership', table: 'forum_membership', column: 'member_forum_id' },
  { type: 'Responsibility', table: 'responsibility', column: 'forum_id' },
];

/** What an archive or dissolution changed in one record: those values before and after. */
interface Remembered {
  record_type: string;
  record_id: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** Its place in the order the records were changed. */
  position: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The values of `after` that differ from `before`, besides the version bookkeeping. */
function changed(before: AnyRecord, after: AnyRecord) {
  const keys = changedFields(before, after);
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/**
 * Archiving an actor and dissolving a forum: on a day, and with everything open that depends on
 * it ended on that day, in one transaction; each record ended through its own service (versioned,
 * audited as END, announced live). What was changed is remembered (`ended_with`), so undoing it
 * (`restore…`) gives back exactly those values, to the records nobody has changed since.
 */
export class LifecycleService {
  private readonly dependentServices: Record<Dependent['type'], EndingService>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: {
      actor: ActorService;
      forum: ForumService;
      forumMembership: ForumMembershipService;
      position: PositionService;
      responsibility: ResponsibilityService;
    },
  ) {
    this.dependentServices = {
      ForumMembership: services.forumMembership as unknown as EndingService,
      Position: services.position as unknown as EndingService,
      Responsibility: services.responsibility as unknown as EndingService,
    };
  }

  /** Archives an actor on a day (naming its successor, if any), in `manager`'s transaction if given. */
  archiveActor(
    caller: Caller,
    input: { id: string; version: number; archivedOn?: string | null; successorId?: string | null },
    manager?: EntityManager,
  ) {
    const work = async (tx: EntityManager) => {
      const before = await this.services.actor.current(tx, input.id);
      const actor = await this.services.actor.archive(caller, input, tx);
      await this.remember(tx, actor.id, 'Actor', before, actor);
      const ended = await this.endDependents(tx, caller, actor.id, {
        day: actor.archivedOn!,
        field: 'archivedOn',
        dependents: ACTOR_DEPENDENTS,
      });
      return { actor, ended };
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  dissolveForum(
    caller: Caller,
    input: { id: string; version: number; dissolvedOn?: string | null },
  ) {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.services.forum.current(tx, input.id);
      const forum = await this.services.forum.dissolve(caller, input, tx);
      await this.remember(tx, forum.id, 'Forum', before, forum);
      const ended = await this.endDependents(tx, caller, forum.id, {
        day: forum.dissolvedOn!,
        field: 'dissolvedOn',
        dependents: FORUM_DEPENDENTS,
      });
      return { forum, ended };
    });
  }

  /** Undoes an actor's archive: it acts again, and what the archive ended holds again. */
  restoreActor(caller: Caller, input: { id: string; version: number }) {
    return this.dataSource.transaction(async (tx) => {
      const { record, restored } = await this.restore(tx, caller, input, {
        service: this.services.actor as unknown as AnyService,
        isEnded: (actor) => Boolean((actor as unknown as ActorEntity).archivedAt),
        notEnded: 'This actor is not archived.',
        // An actor archived before archives were remembered gets back only its own values.
        ownValues: { archivedAt: null, archivedOn: null, successorId: null },
        endedOn: (actor) => (actor as unknown as ActorEntity).archivedOn,
      });
      return { actor: record as unknown as ActorEntity, restored };
    });
  }

  /** Undoes a forum's dissolution: it exists again, and what dissolving it ended holds again. */
  restoreForum(caller: Caller, input: { id: string; version: number }) {
    return this.dataSource.transaction(async (tx) => {
      const { record, restored } = await this.restore(tx, caller, input, {
        service: this.services.forum as unknown as AnyService,
        isEnded: (forum) => Boolean((forum as unknown as ForumEntity).dissolvedOn),
        notEnded: 'This forum is not dissolved.',
        ownValues: { status: 'ACTIVE', dissolvedOn: null },
        endedOn: (forum) => (forum as unknown as ForumEntity).dissolvedOn,
      });
      return { forum: record as unknown as ForumEntity, restored };
    });
  }

  /**
   * Ends on `day` every record of `dependents` naming `causeId` that still holds on it. Refuses
   * (on `field`) when some begin on or after the day: ending cannot make them hold for no day.
   */
  private async endDependents(
    tx: EntityManager,
    caller: Caller,
    causeId: string,
    { day, field, dependents }: { day: string; field: string; dependents: Dependent[] },
  ): Promise<object[]> {
    const open: { type: Dependent['type']; id: string; valid_from: string | null }[] =
      await tx.query(
        dependents
          .map(
            ({ type, table, column }) =>
              `SELECT '${type}' AS type, id, valid_from::text, created_at FROM ${table}
               WHERE ${column} = $1 AND (valid_to IS NULL OR valid_to > $2)`,
          )
          .join(' UNION ALL ') + ' ORDER BY created_at, id',
        [causeId, day],
      );
    const late = open.filter((row) => row.valid_from !== null && row.valid_from >= day);
    if (late.length > 0) {
      const first = late.map((row) => row.valid_from).sort()[0];
      new FieldErrors()
        .add(
          field,
          'INVALID',
          `${late.length} of the records that depend on it begin on or after ${day} (the first on ${first}), so they cannot end on that day: choose a later day, or correct those records first.`,
        )
        .throwIfAny();
    }
    const ended: object[] = [];
    for (const { type, id } of open) {
      const service = this.dependentServices[type];
      const before = (await service.current(tx, id))!;
      const after = (await service.end(
        caller,
        { id, version: before.version, validTo: day },
        tx,
      )) as AnyRecord;
      await this.remember(tx, causeId, type, before, after);
      ended.push(after);
    }
    return ended;
  }

  private async remember(
    tx: EntityManager,
    causeId: string,
    type: string,
    before: AnyRecord | object | null,
    after: AnyRecord | object,
  ): Promise<void> {
    const values = changed(before as AnyRecord, after as AnyRecord);
    await tx.query(
      `INSERT INTO ended_with (cause_id, record_type, record_id, before, after)
       VALUES ($1, $2, $3, $4, $5)`,
      [causeId, type, (after as AnyRecord).id, values.before, values.after],
    );
  }

  /**
   * Gives the archived or dissolved record back its values, then each record it ended, unless
   * someone changed that record since (it then stays as it is). Forgets what it remembered.
   */
  private async restore(
    tx: EntityManager,
    caller: Caller,
    input: { id: string; version: number },
    options: {
      service: AnyService;
      isEnded: (record: AnyRecord) => boolean;
      notEnded: string;
      ownValues: Record<string, unknown>;
      /** The day its timed fields (a forum's status) change back from: the day it ended. */
      endedOn: (record: AnyRecord) => string | null;
    },
  ): Promise<{ record: AnyRecord; restored: object[] }> {
    const current = await options.service.current(tx, input.id);
    if (current && !options.isEnded(current)) {
      new FieldErrors().add('id', 'INVALID', options.notEnded).throwIfAny();
    }
    // TypeORM answers a DELETE … RETURNING with the rows and the count.
    const [remembered]: [Remembered[], number] = await tx.query(
      `DELETE FROM ended_with WHERE cause_id = $1
       RETURNING record_type, record_id, before, after, position`,
      [input.id],
    );
    remembered.sort((a, b) => Number(a.position) - Number(b.position));
    const own = remembered.find((row) => row.record_id === input.id);
    const record = await options.service.restoreValues(
      caller,
      { ...input, changesFrom: current ? options.endedOn(current) : null },
      own?.before ?? options.ownValues,
      tx,
    );
    const restored: object[] = [];
    for (const row of remembered) {
      if (row.record_id === input.id) continue;
      const service = this.dependentServices[row.record_type as Dependent['type']];
      const now = await service.current(tx, row.record_id);
      if (!now || !Object.entries(row.after).every(([key, value]) => same(now[key], value))) {
        continue;
      }
      restored.push(await this.restoreDependent(tx, caller, service, now, row.before));
    }
    return { record, restored };
  }

  /** Restores one ended record; a conflict (a record made since overlaps it) refuses the undo. */
  private async restoreDependent(
    tx: EntityManager,
    caller: Caller,
    service: EndingService,
    record: AnyRecord,
    before: Record<string, unknown>,
  ): Promise<object> {
    try {
      return await service.restoreValues(caller, record, before, tx);
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      throw new ValidationFailed([
        {
          field: ['id'],
          code: error.errors[0].code,
          message: `A record it ended cannot hold again: ${error.errors[0].message} Correct that first.`,
        },
      ]);
    }
  }
}
