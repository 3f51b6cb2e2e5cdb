import type { EntityManager } from 'typeorm';
import { idByKey, type RecordKey } from '../../core/db/record-key';
import type { FieldErrors } from '../../core/errors';
import { IdentifierStore, type Identifier } from '../identifier';

/** The record types a bulk item may refer to by key, with where their identifiers are. */
const KEYED = {
  actor: {
    type: 'Actor',
    table: 'actor',
    label: 'actor',
    identifiers: new IdentifierStore('actor'),
  },
  area: {
    type: 'Area',
    table: 'area',
    label: 'area',
    identifiers: new IdentifierStore('area'),
    // An area's official code ("2380", "SE32") stands for its slug.
    slugs: 'code',
  },
  forum: {
    type: 'Forum',
    table: 'forum',
    label: 'forum',
    identifiers: new IdentifierStore('forum'),
  },
  person: {
    type: 'Person',
    table: 'person',
    label: 'person',
    identifiers: new IdentifierStore('person'),
  },
  strategy: { type: 'Strategy', table: 'strategy', label: 'strategy', identifiers: null },
  topic: { type: 'Topic', table: 'topic', label: 'topic', identifiers: null },
} as const;

export type KeyedKind = keyof typeof KEYED;

/** The GraphQL type of a kind's records: what their global IDs name. */
export const typeOfKind = (kind: KeyedKind): string => KEYED[kind].type;

/**
 * The id of the existing record of `kind` a bulk item refers to by `key` (its parent, its
 * areas…): one that names no record is NOT_FOUND on `field`. Undefined and null pass through
 * (not given; none).
 */
export async function referencedId(
  tx: EntityManager,
  kind: KeyedKind,
  key: RecordKey | null | undefined,
  errors: FieldErrors,
  field: string[],
): Promise<string | null | undefined> {
  if (key === undefined || key === null) return key;
  const id = await idByKey(tx, KEYED[kind], key, errors, field);
  if (id === null && !('id' in key)) {
    errors.add(
      field,
      'NOT_FOUND',
      `No ${KEYED[kind].label} has this ${'slug' in key ? 'slug' : 'identifier'}.`,
    );
  }
  return id;
}

/** `referencedId` for a list: the ids of those found, each one not found reported at its index. */
export async function referencedIds(
  tx: EntityManager,
  kind: KeyedKind,
  keys: RecordKey[] | null | undefined,
  errors: FieldErrors,
  field: string,
): Promise<string[] | undefined> {
  if (keys === undefined) return undefined;
  const ids: string[] = [];
  for (const [index, key] of (keys ?? []).entries()) {
    const id = await referencedId(tx, kind, key, errors, [field, String(index)]);
    if (id) ids.push(id);
  }
  return ids;
}

/**
 * A record's identifiers with the `given` ones put in (one per scheme: a given one replaces the
 * record's in its scheme); `key` adds the identifier a new record was keyed by. Undefined when
 * neither gives any (the record's stay as they are).
 */
export function withIdentifiers(
  held: Identifier[],
  given: Identifier[] | null | undefined,
  key: RecordKey,
): Identifier[] | undefined {
  const fromKey = 'identifier' in key ? [key.identifier] : [];
  const added = [...(given ?? [])];
  for (const identifier of fromKey) {
    if (!added.some((other) => other.scheme.trim() === identifier.scheme.trim())) {
      added.push(identifier);
    }
  }
  if (added.length === 0) return undefined;
  // The given ones first, so that refusals name them at their index in the item.
  const schemes = new Set(added.map((identifier) => identifier.scheme.trim()));
  return [...added, ...held.filter((identifier) => !schemes.has(identifier.scheme))];
}
