import type { DataSource, EntityManager } from 'typeorm';
import type { FieldErrors } from '../../core/errors';
import { groupedLoader } from '../../core/db/loaders';
import { batchedRead } from '../../core/db/read-batch';

/** An identifier in an external register: `{ scheme: "scb", value: "2380" }`. */
export interface Identifier {
  scheme: string;
  value: string;
}

export const SCHEME_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Identifiers live in one table per kind of record (`actor_identifier`, `area_identifier`), each
 * with a real foreign key. This class is the one piece of code that reads and writes them.
 */
export class IdentifierStore {
  constructor(
    private readonly table: string,
    private readonly recordColumn: string,
  ) {}

  /** Checks form and uniqueness; errors go to `identifiers.<i>.scheme|value`. */
  async validate(
    tx: EntityManager,
    identifiers: Identifier[],
    recordId: string | null,
    label: string,
    errors: FieldErrors,
  ): Promise<Identifier[]> {
    const cleaned = identifiers.map((i) => ({
      scheme: i.scheme.trim(),
      value: i.value.trim(),
    }));
    const seenSchemes = new Set<string>();
    for (const [index, { scheme, value }] of cleaned.entries()) {
      const at = (field: string) => ['identifiers', String(index), field];
      if (!SCHEME_PATTERN.test(scheme)) {
        errors.add(
          at('scheme'),
          'INVALID',
          'A scheme is lower-case letters, digits and dashes, e.g. "se-orgnr", "scb", "nuts", "wikidata".',
        );
      } else if (seenSchemes.has(scheme)) {
        errors.add(at('scheme'), 'TAKEN', `Give at most one identifier in the scheme "${scheme}".`);
      }
      seenSchemes.add(scheme);
      if (!value) errors.add(at('value'), 'REQUIRED', 'The identifier must not be empty.');
    }
    if (cleaned.length === 0) return cleaned;
    const taken: Identifier[] = await tx.query(
      `SELECT scheme, identifier AS value FROM ${this.table}
       WHERE (scheme, identifier) IN (SELECT * FROM unnest($1::text[], $2::text[]))
         AND ($3::uuid IS NULL OR ${this.recordColumn} <> $3::uuid)`,
      [cleaned.map((i) => i.scheme), cleaned.map((i) => i.value), recordId],
    );
    for (const row of taken) {
      const index = cleaned.findIndex((i) => i.scheme === row.scheme && i.value === row.value);
      errors.add(
        ['identifiers', String(index), 'value'],
        'TAKEN',
        `Another ${label} already has the identifier ${row.value} in the scheme "${row.scheme}".`,
      );
    }
    return cleaned;
  }

  async replace(tx: EntityManager, recordId: string, identifiers: Identifier[]): Promise<void> {
    await tx.query(`DELETE FROM ${this.table} WHERE ${this.recordColumn} = $1`, [recordId]);
    if (identifiers.length === 0) return;
    await tx.query(
      `INSERT INTO ${this.table} (${this.recordColumn}, scheme, identifier)
       SELECT $1, * FROM unnest($2::text[], $3::text[])`,
      [recordId, identifiers.map((i) => i.scheme), identifiers.map((i) => i.value)],
    );
  }

  async snapshot(tx: EntityManager, recordId: string): Promise<Identifier[]> {
    return tx.query(
      `SELECT scheme, identifier AS value FROM ${this.table} WHERE ${this.recordColumn} = $1 ORDER BY scheme`,
      [recordId],
    );
  }

  /** The record holding this identifier, if any. */
  async find(dataSource: DataSource, identifier: Identifier): Promise<string | null> {
    const rows: { id: string }[] = await dataSource.query(
      `SELECT ${this.recordColumn} AS id FROM ${this.table} WHERE scheme = $1 AND identifier = $2`,
      [identifier.scheme.trim(), identifier.value.trim()],
    );
    return rows[0]?.id ?? null;
  }

  loader(dataSource: DataSource) {
    return groupedLoader<Identifier>(async (recordIds) => {
      const rows = await batchedRead<{ record_id: string } & Identifier>(
        dataSource,
        `SELECT ${this.recordColumn} AS record_id, scheme, identifier AS value FROM ${this.table}
         WHERE ${this.recordColumn} = ANY($1::uuid[]) ORDER BY scheme`,
        [recordIds],
      );
      return rows.map(({ record_id, scheme, value }) => ({
        key: record_id,
        value: { scheme, value },
      }));
    });
  }
}
