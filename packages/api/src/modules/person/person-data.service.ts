import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/roles';
import { InvalidArgument } from '../../core/errors';
import { requireAdmin } from '../account';

/** A column that refers to a person by a foreign key, as the catalog lists it. */
interface Reference {
  table: string;
  column: string;
}

/**
 * Everything the register stores about a person, for their request to see it (GDPR art. 15): the
 * person, every row that refers to them by a foreign key (found in PostgreSQL's catalog, so a
 * table added later is included without a change here), the periods of fields that name them
 * (representatives, a forum's chair and convenor), records retracted that named them, and every
 * audit event of them or naming them. Admins only.
 */
export class PersonDataService {
  constructor(private readonly dataSource: DataSource) {}

  async export(viewer: Viewer | null, personId: string): Promise<Record<string, unknown>> {
    requireAdmin(viewer);
    const [person] = await this.dataSource.query<{ row: Record<string, unknown> }[]>(
      'SELECT to_jsonb(p) AS row FROM person p WHERE id = $1',
      [personId],
    );
    if (!person) throw new InvalidArgument('person', 'No person has this id.');
    const references = await this.dataSource.query<Reference[]>(
      `SELECT t.relname AS table, a.attname AS column
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass
        ORDER BY 1, 2`,
    );
    const referring: Record<string, unknown[]> = {};
    for (const { table, column } of references) {
      // Names from the catalog, quoted as identifiers.
      const rows = await this.dataSource.query<{ row: unknown }[]>(
        `SELECT to_jsonb(t) AS row FROM ${quoted(table)} t WHERE ${quoted(column)} = $1`,
        [personId],
      );
      if (rows.length > 0) referring[`${table}.${column}`] = rows.map(({ row }) => row);
    }
    const [named] = await this.dataSource.query<
      { periods: unknown[]; retracted: unknown[]; audit: unknown[] }[]
    >(
      `SELECT
         (SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.record_id, p.attribute, p.valid_from), '[]')
            FROM attribute_period p
           WHERE p.value = to_jsonb($1::text) OR p.value @> jsonb_build_array($1::text)) AS periods,
         (SELECT coalesce(jsonb_agg(to_jsonb(r)), '[]') FROM retracted_record r
           WHERE r.snapshot::text LIKE '%' || $1 || '%') AS retracted,
         (SELECT coalesce(jsonb_agg(to_jsonb(e) ORDER BY e.occurred_at, e.id), '[]') FROM audit_event e
           WHERE e.record_id = $1::uuid OR e.before::text LIKE '%' || $1 || '%'
              OR e.after::text LIKE '%' || $1 || '%') AS audit`,
      [personId],
    );
    return {
      exportedAt: new Date().toISOString(),
      person: person.row,
      referringRows: referring,
      attributePeriods: named.periods,
      retractedRecords: named.retracted,
      auditEvents: named.audit,
    };
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
