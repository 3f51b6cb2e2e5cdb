import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors, ValidationFailed } from '../../core/errors';
import { ActorEntity, type ActorService } from '../actor';
import { groupedLoader } from '../../core/db/loaders';
import type { ForumMembershipService } from '../forum';
import {
  subjectOf,
  type ResponsibilityEntity,
  type ResponsibilityService,
} from '../responsibility';
import type { LifecycleService } from './lifecycle.service';

/** What a succession changed: the predecessor archived, what it ended, what the successor took. */
export interface Succession {
  actor: Awaited<ReturnType<LifecycleService['archiveActor']>>['actor'];
  ended: object[];
  carried: object[];
}

/**
 * Successions: an organisation reorganised into another. The predecessor is archived on the day
 * naming its successor (so its history and audit entry tell it), what depends on it ends that
 * day, and — when asked — its memberships and responsibilities open then carry over to the
 * successor from that day (a membership without its representatives, who hold positions at the
 * predecessor; one the successor already holds is left as it is).
 */
export class SuccessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: {
      actor: ActorService;
      lifecycle: LifecycleService;
      forumMembership: ForumMembershipService;
      responsibility: ResponsibilityService;
    },
  ) {}

  loaders() {
    const { dataSource } = this;
    return {
      /** The actors reorganised into each actor. */
      actorPredecessors: () =>
        groupedLoader<ActorEntity>(async (ids) => {
          const actors = await dataSource
            .getRepository(ActorEntity)
            .createQueryBuilder('actor')
            .where('actor.successor_id = ANY(:ids)', { ids })
            .orderBy('actor.name')
            .getMany();
          return actors.map((actor) => ({ key: actor.successorId!, value: actor }));
        }),
    };
  }

  succeed(
    caller: Caller,
    input: { predecessorId: string; successorId: string; on: string; carryOver: boolean },
  ): Promise<Succession> {
    return this.dataSource.transaction(async (tx) => {
      const { predecessorId, successorId, on } = input;
      const errors = new FieldErrors();
      const predecessor = await this.services.actor.current(tx, predecessorId);
      const successor = await this.services.actor.current(tx, successorId);
      if (!predecessor) errors.add('predecessor', 'NOT_FOUND', 'No actor has this id.');
      if (!successor) errors.add('successor', 'NOT_FOUND', 'No actor has this id.');
      if (predecessorId === successorId) {
        errors.add('successor', 'INVALID', 'An actor cannot succeed itself.');
      }
      if (successor?.archivedAt) {
        errors.add('successor', 'ARCHIVED', 'The successor is archived: restore it first.');
      }
      errors.throwIfAny();
      const { actor, ended } = await this.services.lifecycle.archiveActor(
        caller,
        { id: predecessorId, version: predecessor!.version, archivedOn: on, successorId },
        tx,
      );
      const carried = input.carryOver ? await this.carryOver(tx, caller, ended, input) : [];
      return { actor, ended, carried };
    });
  }

  /** The ended memberships and responsibilities of the predecessor, taken by the successor. */
  private async carryOver(
    tx: EntityManager,
    caller: Caller,
    ended: object[],
    { predecessorId, successorId, on }: { predecessorId: string; successorId: string; on: string },
  ): Promise<object[]> {
    const carried: object[] = [];
    for (const record of ended as Record<string, unknown>[]) {
      const taken = await this.taken(tx, caller, record, { predecessorId, successorId, on });
      if (taken) carried.push(taken);
    }
    return carried;
  }

  /** One record taken over from `on`, or null when it is not the kind carried or already held. */
  private async taken(
    tx: EntityManager,
    caller: Caller,
    record: Record<string, unknown>,
    { predecessorId, successorId, on }: { predecessorId: string; successorId: string; on: string },
  ): Promise<object | null> {
    const create = async (write: (savepoint: EntityManager) => Promise<object>) => {
      try {
        return await tx.transaction(write);
      } catch (error) {
        // Held already by the successor on that day: nothing to carry.
        if (
          error instanceof ValidationFailed &&
          error.errors.every((e) => e.code === 'OVERLAPPING_PERIOD')
        ) {
          return null;
        }
        throw error;
      }
    };
    if (record.memberActorId === predecessorId) {
      return create((savepoint) =>
        this.services.forumMembership.create(
          caller,
          {
            forumId: record.forumId as string,
            memberActorId: successorId,
            role: record.role as never,
            category: record.category as string | null,
            validFrom: on,
          },
          savepoint,
        ),
      );
    }
    if (record.actorId === predecessorId && 'mandate' in record) {
      const responsibility = record as unknown as ResponsibilityEntity;
      return create((savepoint) =>
        this.services.responsibility.create(
          caller,
          {
            actorId: successorId,
            role: responsibility.role,
            subject: subjectOf(responsibility),
            mandate: responsibility.mandate,
            mandateReference: responsibility.mandateReference,
            validFrom: on,
          },
          savepoint,
        ),
      );
    }
    return null;
  }
}
