import { isFresh, keepWritten, writtenRows } from '../../core/db/fresh';
import type { DataSource, EntityManager } from 'typeorm';
import { InvalidArgument, type FieldErrors } from '../../core/errors';
import type { ExternalIdentifier, IdentifierLookup } from '../../core/db/record-key';
import { groupedLoader } from '../../core/db/loaders';
import { batchedRead } from '../../core/db/read-batch';
import { memoInTransaction } from '../../core/db/transaction-memo';
import { IdentifierSchemeEntity } from './identifier-scheme.entity';
import { checkIdentifier, type IdentifiedKind } from './schemes';

/** An identifier in an external register: `{ scheme: "scb", value: "2380" }`. */
export type Identifier = ExternalIdentifier;

/** How messages name the records of a kind, in the plural. */
const PLURAL: Record<IdentifiedKind, string> = {
  ACTOR: 'actors',
  AREA: 'areas',
  FORUM: 'forums',
  PERSON: 'people',
};

/** The registry of schemes, by name (read once per transaction). */
function schemesIn(manager: EntityManager): Promise<Map<string, IdentifierSchemeEntity>> {
  return memoInTransaction(manager, 'identifier schemes', async () => {
    const schemes = await manager.getRepository(IdentifierSchemeEntity).find();
    return new Map(schemes.map((scheme) => [scheme.name, scheme]));
  });
}

/**
 * Identifiers live in one table per kind of record (`actor_identifier`, `area_identifier`…), each
 * with a real foreign key to the record and to its scheme. This class is the one piece of code
 * that reads and writes them, and checks them against the registry of schemes.
 */
export class IdentifierStore implements IdentifierLookup {
  private readonly table: string;
  private readonly recordColumn: string;
  private readonly kind: IdentifiedKind;

  /** `record`: the record's table, `actor` for `actor_identifier`. */
  constructor(private readonly record: 'actor' | 'area' | 'forum' | 'person') {
    this.table = `${record}_identifier`;
    this.recordColumn = `${record}_id`;
    this.kind = record.toUpperCase() as IdentifiedKind;
  }

  /** "The schemes for actors are: lei, se-orgnr…": what a refusal of a scheme offers instead. */
  private known(schemes: Map<string, IdentifierSchemeEntity>): string {
    const names = [...schemes.values()]
      .filter((scheme) => scheme.appliesTo.includes(this.kind))
      .map((scheme) => scheme.name)
      .sort();
    return `The schemes for ${PLURAL[this.kind]} are: ${names.join(', ')}.`;
  }

  /**
   * Each identifier normalised and checked by its scheme, and unique; errors go to
   * `identifiers.<i>.scheme|value`. A value the record holds already stays as it is: it may
   * predate the checks, and only what is newly written is checked.
   */
  async validate(
    tx: EntityManager,
    identifiers: Identifier[],
    recordId: string | null,
    errors: FieldErrors,
  ): Promise<Identifier[]> {
    if (identifiers.length === 0) return [];
    const schemes = await schemesIn(tx);
    const held = recordId ? await this.snapshot(tx, recordId) : [];
    const seenSchemes = new Set<string>();
    // A value refused (or of no known scheme) is left out (null), even of the look-up of values
    // taken: it is not sent on.
    const cleaned = identifiers.map((given, index): Identifier | null => {
      const at = (field: string) => ['identifiers', String(index), field];
      const scheme = given.scheme.trim();
      const repeated = seenSchemes.has(scheme);
      seenSchemes.add(scheme);
      const rule = schemes.get(scheme);
      if (!rule) {
        errors.add(at('scheme'), 'NOT_FOUND', `No such scheme. ${this.known(schemes)}`);
      } else if (repeated) {
        errors.add(at('scheme'), 'TAKEN', `Give at most one identifier in the scheme "${scheme}".`);
      }
      const value = given.value.trim();
      if (!rule) return null;
      if (held.some((i) => i.scheme === scheme && i.value === value)) return { scheme, value };
      if (!rule.appliesTo.includes(this.kind)) {
        errors.add(
          at('scheme'),
          'WRONG_KIND',
          `The scheme "${scheme}" is not for ${PLURAL[this.kind]}. ${this.known(schemes)}`,
        );
      }
      const checked = checkIdentifier(rule, value);
      if ('refused' in checked) {
        errors.add(at('value'), checked.code, checked.refused);
        return null;
      }
      return { scheme, value: checked.value };
    });
    await this.checkTaken(tx, cleaned, recordId, errors);
    return cleaned.filter((identifier) => identifier !== null);
  }

  /** Reports each identifier (by its index) another record holds already. */
  private async checkTaken(
    tx: EntityManager,
    identifiers: (Identifier | null)[],
    recordId: string | null,
    errors: FieldErrors,
  ): Promise<void> {
    const given = identifiers.filter((identifier) => identifier !== null);
    const taken: Identifier[] = await tx.query(
      `SELECT scheme, identifier AS value FROM ${this.table}
       WHERE (scheme, identifier) IN (SELECT * FROM unnest($1::text[], $2::text[]))
         AND ($3::uuid IS NULL OR ${this.recordColumn} <> $3::uuid)`,
      [given.map((i) => i.scheme), given.map((i) => i.value), recordId],
    );
    for (const row of taken) {
      const index = identifiers.findIndex((i) => i?.scheme === row.scheme && i.value === row.value);
      errors.add(
        ['identifiers', String(index), 'value'],
        'TAKEN',
        `Another ${this.record} already has the identifier ${row.value} in the scheme "${row.scheme}".`,
      );
    }
  }

  async replace(tx: EntityManager, recordId: string, identifiers: Identifier[]): Promise<void> {
    if (!isFresh(tx, recordId)) {
      await tx.query(`DELETE FROM ${this.table} WHERE ${this.recordColumn} = $1`, [recordId]);
    } else if (identifiers.length <= 1) {
      // Read back in the database's order of schemes; one or none is in any order.
      keepWritten(
        tx,
        this.table,
        recordId,
        identifiers.map(({ scheme, value }) => ({ scheme, value })),
      );
    }
    if (identifiers.length === 0) return;
    await tx.query(
      `INSERT INTO ${this.table} (${this.recordColumn}, scheme, identifier)
       SELECT $1, * FROM unnest($2::text[], $3::text[])`,
      [recordId, identifiers.map((i) => i.scheme), identifiers.map((i) => i.value)],
    );
  }

  async snapshot(tx: EntityManager, recordId: string): Promise<Identifier[]> {
    const written = writtenRows<Identifier>(tx, this.table, recordId);
    if (written) return written;
    return tx.query(
      `SELECT scheme, identifier AS value FROM ${this.table} WHERE ${this.recordColumn} = $1 ORDER BY scheme`,
      [recordId],
    );
  }

  /**
   * The record holding this identifier, if any, in any spelling its scheme accepts: the value is
   * looked for in normal form, or as given when it fails the check (values stored before the
   * checks may). An unknown scheme is an `InvalidArgument` naming the known ones.
   */
  async find(dataSource: DataSource, identifier: Identifier): Promise<string | null> {
    const found = await this.lookUp(dataSource.manager, identifier);
    if ('refused' in found) throw new InvalidArgument('scheme', found.refused);
    return found.id;
  }

  /** `find` in a transaction, an unknown scheme told rather than thrown (`IdentifierLookup`). */
  async lookUp(
    manager: EntityManager,
    identifier: Identifier,
  ): Promise<{ id: string | null } | { refused: string }> {
    const schemes = await schemesIn(manager);
    const rule = schemes.get(identifier.scheme.trim());
    if (!rule) return { refused: `No such scheme. ${this.known(schemes)}` };
    const checked = checkIdentifier(rule, identifier.value);
    const rows: { id: string }[] = await manager.query(
      `SELECT ${this.recordColumn} AS id FROM ${this.table} WHERE scheme = $1 AND identifier = $2`,
      [rule.name, 'value' in checked ? checked.value : identifier.value.trim()],
    );
    return { id: rows[0]?.id ?? null };
  }

  loader(dataSource: DataSource) {
    return groupedLoader<Identifier>(async (recordIds) => {
      const rows = await batchedRead<{ record_id: string } & Identifier>(
        dataSource,
        `SELECT ${this.recordColumn} AS record_id, scheme, identifier AS value FROM ${this.table}
         WHERE ${this.recordColumn} = ANY($1::uuid[]) ORDER BY scheme`,
        [recordIds],
        { genericPlan: true },
      );
      return rows.map(({ record_id, scheme, value }) => ({
        key: record_id,
        value: { scheme, value },
      }));
    });
  }
}
