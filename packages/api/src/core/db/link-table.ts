import { isFresh, keepWritten, writtenRows } from './fresh';
import type { DataSource, EntityManager } from 'typeorm';
import type { FieldErrors } from '../errors';
import { groupedLoader } from './loaders';
import { batchedRead } from './read-batch';

/**
 * Reports every id that no row of `table` has, on `path(index)`; absent ids (null) are skipped.
 * One statement for the whole list. `table` is a name from code, never input.
 */
export async function checkEachExists(
  tx: EntityManager,
  errors: FieldErrors,
  options: {
    table: string;
    ids: (string | null | undefined)[];
    path: (index: number) => string[];
    label: string;
  },
): Promise<void> {
  const wanted = [...new Set(options.ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return;
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM ${options.table} WHERE id = ANY($1::uuid[])`,
    [wanted],
  );
  const found = new Set(rows.map((row) => row.id));
  options.ids.forEach((id, index) => {
    if (id && !found.has(id)) {
      errors.add(options.path(index), 'NOT_FOUND', `No ${options.label} has this id.`);
    }
  });
}

/**
 * An ordered list of references from a record to records of one kind, kept in a table of its own
 * (`owner column, target column, position`, with real foreign keys both ways). This class is the
 * one piece of code that checks, writes and reads such a table.
 */
export class LinkTable {
  constructor(
    private readonly options: {
      table: string;
      ownerColumn: string;
      targetColumn: string;
      /** The table the targets live in, and how messages name one. */
      targetTable: string;
      label: string;
    },
  ) {}

  /** Checks every target exists (errors on `<field>.<i>`); the ids once each, in order. */
  async validate(
    tx: EntityManager,
    errors: FieldErrors,
    field: string,
    ids: string[],
  ): Promise<string[]> {
    await checkEachExists(tx, errors, {
      table: this.options.targetTable,
      ids,
      path: (index) => [field, String(index)],
      label: this.options.label,
    });
    return [...new Set(ids)];
  }

  /** Replaces a record's links, keeping their order. */
  async replace(tx: EntityManager, ownerId: string, ids: string[]): Promise<void> {
    const { table, ownerColumn, targetColumn } = this.options;
    if (isFresh(tx, ownerId)) keepWritten(tx, table, ownerId, ids);
    else await tx.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
    if (ids.length === 0) return;
    await tx.query(
      `INSERT INTO ${table} (${ownerColumn}, ${targetColumn}, position)
       SELECT $1, target, position FROM unnest($2::uuid[]) WITH ORDINALITY AS t(target, position)`,
      [ownerId, ids],
    );
  }

  /** A record's targets in order, as the audit log's before/after snapshot shows them. */
  async snapshot(tx: EntityManager, ownerId: string): Promise<string[]> {
    const { table, ownerColumn, targetColumn } = this.options;
    const written = writtenRows<string>(tx, table, ownerId);
    if (written) return written;
    const rows: { target: string }[] = await tx.query(
      `SELECT ${targetColumn} AS target FROM ${table} WHERE ${ownerColumn} = $1 ORDER BY position`,
      [ownerId],
    );
    return rows.map((row) => row.target);
  }

  /** The target ids of each owner, in order; one statement per batch. */
  loader(dataSource: DataSource) {
    const { table, ownerColumn, targetColumn } = this.options;
    return groupedLoader<string>(async (ownerIds) => {
      const rows = await batchedRead<{ owner: string; target: string }>(
        dataSource,
        `SELECT ${ownerColumn} AS owner, ${targetColumn} AS target FROM ${table}
         WHERE ${ownerColumn} = ANY($1::uuid[]) ORDER BY position`,
        [ownerIds],
        { genericPlan: true },
      );
      return rows.map((row) => ({ key: row.owner, value: row.target }));
    });
  }
}
