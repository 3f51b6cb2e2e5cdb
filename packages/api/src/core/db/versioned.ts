import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { FieldErrors } from '../errors';

/** Columns every versioned record has (see the migrations). */
export interface Versioned {
  id: string;
  version: number;
  updatedAt: Date;
}

/**
 * Locks a record for an update and checks the version the client saw. A missing record or a
 * stale version is a user error on `id` / `version`, raised before anything is written.
 */
export async function lockVersioned<E extends ObjectLiteral & Versioned>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<E> {
  const current = await manager
    .getRepository(entity)
    .createQueryBuilder('record')
    .setLock('pessimistic_write')
    .where('record.id = :id', { id })
    .getOne();
  const errors = new FieldErrors();
  if (!current) errors.add('id', 'NOT_FOUND', `No ${label} has this id.`);
  else if (current.version !== expectedVersion) {
    errors.add(
      'version',
      'STALE_VERSION',
      `This ${label} was changed by someone else (you saw version ${expectedVersion}, it is now ${current.version}). Reload it and apply your change again.`,
    );
  }
  errors.throwIfAny();
  return current as E;
}

/**
 * Optimistic concurrency as one conditional statement: the UPDATE only matches the version the
 * client saw, and bumps it. Returns the record as it now is.
 */
export async function updateVersioned<E extends ObjectLiteral & Versioned>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  values: Partial<E>,
  label: string,
): Promise<E> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) {
    new FieldErrors()
      .add('version', 'STALE_VERSION', `This ${label} was changed by someone else meanwhile.`)
      .throwIfAny();
  }
  return manager.getRepository(entity).findOneByOrFail({ id } as never);
}
