import type { EntityManager } from 'typeorm';
import type { FieldErrors } from '../errors';
import { isFreeSlug } from '../slug';

/** An identifier in an external register: `{ scheme: "se-orgnr", value: "212000-2411" }`. */
export interface ExternalIdentifier {
  scheme: string;
  value: string;
}

/**
 * How a bulk upsert names a record: by its database id (decoded from a global ID), its slug (a
 * former slug too), or an identifier in an external register (the integrator's own key is a
 * scheme too).
 */
export type RecordKey = { id: string } | { slug: string } | { identifier: ExternalIdentifier };

/**
 * Finds records by an identifier in some scheme: the identifiers module's stores. The answer is
 * the record's id (null: none holds it) or why the identifier cannot be looked for.
 */
export interface IdentifierLookup {
  lookUp(
    manager: EntityManager,
    identifier: ExternalIdentifier,
  ): Promise<{ id: string | null } | { refused: string }>;
}

/**
 * The id of the record of `table` a key names, or null when none does yet; a key that cannot
 * name one (an id of no such record, a scheme unknown) is reported on `errors` at `field`.
 */
export async function idByKey(
  tx: EntityManager,
  where: {
    table: string;
    label: string;
    identifiers: IdentifierLookup | null;
    /**
     * What a key's `slug` is looked for in: `slug` (and former slugs, the default), `code` (an
     * area's official code stands for a slug), or nothing (the table has neither).
     */
    slugs?: 'slug' | 'code' | null;
  },
  key: RecordKey,
  errors: FieldErrors,
  field: string[],
): Promise<string | null> {
  const { table, label, identifiers } = where;
  if ('id' in key) {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [key.id]);
    if (rows.length === 0) errors.add([...field, 'id'], 'NOT_FOUND', `No ${label} has this id.`);
    return rows.length > 0 ? key.id : null;
  }
  const slugs = where.slugs === undefined ? 'slug' : where.slugs;
  if ('slug' in key && slugs === null) {
    errors.add(
      [...field, 'slug'],
      'INVALID',
      `Records of this kind (${label}) have no slug: use the id or an identifier.`,
    );
    return null;
  }
  if ('slug' in key && slugs === 'code') {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM ${table} WHERE code = $1`, [
      key.slug.trim(),
    ]);
    return rows[0]?.id ?? null;
  }
  if ('slug' in key && isFreeSlug(tx, table, key.slug.trim())) return null;
  if ('slug' in key) {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM ${table} WHERE slug = $1
       UNION ALL
       SELECT record_id FROM former_slug WHERE record_table = $2 AND slug = $1
       LIMIT 1`,
      [key.slug.trim(), table],
    );
    return rows[0]?.id ?? null;
  }
  if (!identifiers) {
    errors.add(
      [...field, 'identifier'],
      'INVALID',
      `A ${label} has no identifiers: use its id or slug.`,
    );
    return null;
  }
  const found = await identifiers.lookUp(tx, key.identifier);
  if ('refused' in found) {
    errors.add([...field, 'identifier', 'scheme'], 'NOT_FOUND', found.refused);
    return null;
  }
  return found.id;
}

/**
 * The record of `table` with these values (`[column, value]`, equal when both null) — for a
 * relation, also holding on `day`: the same record a bulk item without a key stands for. The
 * values are those of the table's unique or no-overlap constraint, so there is at most one.
 */
export async function sameRecord(
  tx: EntityManager,
  table: string,
  ends: [column: string, value: unknown][],
  day?: string,
): Promise<string | null> {
  const conditions = ends.map(([column], index) => `${column} IS NOT DISTINCT FROM $${index + 1}`);
  if (day !== undefined) {
    conditions.push(`daterange(valid_from, valid_to, '[)') @> $${ends.length + 1}::date`);
  }
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM ${table} WHERE ${conditions.join(' AND ')} LIMIT 1`,
    [...ends.map(([, value]) => value), ...(day === undefined ? [] : [day])],
  );
  return rows[0]?.id ?? null;
}
