import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import type { RecordKey } from '../../core/db/record-key';
import type { UpsertOutcome } from '../../core/db/record-service';
import { FieldErrors } from '../../core/errors';
import type { Identifier } from '../identifier';
import { referencedId, referencedIds, withIdentifiers, type KeyedKind } from './keys';

/** How a reference an item gives by key (`parent`) becomes the record's field of ids (`parentId`). */
export interface KeyedReference {
  kind: KeyedKind;
  field: string;
  /** A list of keys (`areas` → `areaIds`). */
  many?: boolean;
}

/**
 * A bulk item: the record's fields, its references by key, and how it is found — by `key`, or,
 * for a relation without one, by being the same relation (`RecordService.matching`).
 */
export type KeyedItem = Record<string, unknown> & {
  key?: RecordKey | null;
  identifiers?: Identifier[] | null;
};

/** What `upsertKeyed` needs of a record service (`RecordService` has it all). */
export interface Upsertable<F> {
  idOf(
    tx: EntityManager,
    key: RecordKey,
    errors: FieldErrors,
    field: string[],
  ): Promise<string | null>;
  matching(tx: EntityManager, fields: Partial<F>): Promise<string | null>;
  /** Before the items: finds which of the slugs they are keyed by no record has yet. */
  findFreeSlugs?(tx: EntityManager, slugs: string[]): Promise<void>;
  upsert(
    caller: Caller,
    id: string | null,
    fields: (before: F | null) => F,
    tx: EntityManager,
  ): Promise<UpsertOutcome<{ id: string }>>;
}

/** A service that writes a bulk item its own way (a record with its parts: a strategy's tree). */
export interface ItemWriter {
  upsertItem(
    caller: Caller,
    item: KeyedItem,
    references: Record<string, KeyedReference>,
    tx: EntityManager,
  ): Promise<UpsertOutcome<{ id: string }>>;
}

/**
 * One item of a bulk upsert through a record service: its references found by key (each one
 * no record has is NOT_FOUND at its field), the record found by its key or as the same relation,
 * then created or changed. A new record keyed by a slug takes it; identifiers given (and the one
 * it is keyed by) are added to the record's.
 */
export async function upsertKeyed<F>(
  service: Upsertable<F>,
  caller: Caller,
  item: KeyedItem,
  references: Record<string, KeyedReference>,
  tx: EntityManager,
): Promise<UpsertOutcome<{ id: string }>> {
  const errors = new FieldErrors();
  const { key, identifiers, ...given } = item;
  const fields: Record<string, unknown> = { ...given };
  for (const [name, { kind, field, many }] of Object.entries(references)) {
    delete fields[name];
    fields[field] = many
      ? await referencedIds(tx, kind, given[name] as RecordKey[] | null | undefined, errors, name)
      : await referencedId(tx, kind, given[name] as RecordKey | null | undefined, errors, [name]);
  }
  const id = key ? await service.idOf(tx, key, errors, ['key']) : null;
  errors.throwIfAny();
  const existing = key ? id : await service.matching(tx, fields as Partial<F>);
  const withKey = (before: { identifiers?: Identifier[] } | null) => ({
    ...fields,
    ...(key && 'slug' in key && before === null ? { slug: key.slug } : {}),
    ...(identifiers != null || (key && 'identifier' in key)
      ? {
          identifiers: withIdentifiers(before?.identifiers ?? [], identifiers, key ?? { slug: '' }),
        }
      : {}),
  });
  return service.upsert(caller, existing, withKey as unknown as (before: F | null) => F, tx);
}
