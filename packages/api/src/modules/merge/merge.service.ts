import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { batchedRead } from '../../core/db/read-batch';
import type { Caller } from '../../core/audit/audit.service';
import type { RecordService } from '../../core/db/record-service';
import type { Versioned } from '../../core/db/versioned';
import { FieldErrors, ValidationFailed } from '../../core/errors';
import { keepFormerSlug } from '../../core/slug';

type AnyRecord = Versioned & Record<string, unknown>;
type AnyService = RecordService<AnyRecord, Record<string, unknown>, unknown>;

/** The kinds of record that can be merged. */
export type MergedKind = 'Actor' | 'Person';

/** A record a merge changed: it now names the survivor, or it was a duplicate and was retracted. */
export interface MergeOutcome {
  survivor: AnyRecord;
  /** The records that named the duplicate and now name the survivor. */
  moved: { type: string; id: string }[];
  /** Records that, naming the survivor, would have repeated one of its own: retracted. */
  retracted: { type: string; id: string }[];
}

/** Refusals that mean a record, moved to the survivor, would repeat one the survivor has. */
const DUPLICATING = new Set(['OVERLAPPING_PERIOD', 'TAKEN']);

/** `value` with every `from` in it replaced by `to`; lists of ids keep each one once. */
function replaced(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) {
    const items = value.map((item) => replaced(item, from, to));
    return items.every((item) => typeof item === 'string') ? [...new Set(items)] : items;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaced(item, from, to)]),
    );
  }
  return value;
}

/** The fields of `fields` that name `from`, with `to` instead. */
function changesNaming(fields: Record<string, unknown>, from: string, to: string) {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) => {
      const now = replaced(value, from, to);
      return JSON.stringify(now) === JSON.stringify(value) ? [] : [[key, now]];
    }),
  );
}

/**
 * The survivor's lists (areas, citations, identifiers) with what only the duplicate had added;
 * an identifier in a scheme the survivor has already stays the survivor's.
 */
function listsWithDuplicates(
  survivor: Record<string, unknown>,
  duplicate: Record<string, unknown>,
) {
  return Object.fromEntries(
    Object.entries(duplicate).flatMap(([key, value]) => {
      const own = survivor[key];
      if (!Array.isArray(value) || !Array.isArray(own) || value.length === 0) return [];
      const schemes = new Set(own.map((item: { scheme?: string }) => item?.scheme));
      const has = new Set(own.map((item) => JSON.stringify(item)));
      const added = value.filter((item: { scheme?: string }) =>
        key === 'identifiers' ? !schemes.has(item.scheme) : !has.has(JSON.stringify(item)),
      );
      return added.length > 0 ? [[key, [...own, ...added]]] : [];
    }),
  );
}

/**
 * Merging duplicates: every record that names the duplicate (its memberships, responsibilities,
 * positions, representations, presentations…) is changed to name the survivor, each an audited
 * update; one that would then repeat a record of the survivor's is retracted as a duplicate. The
 * duplicate is retracted whole ("merged into …"), its areas, citations and identifiers go to the
 * survivor, and its id and slug keep leading to the survivor. One transaction: all or nothing.
 *
 * Which records name it comes from the database's own foreign keys, so a new kind of relation is
 * moved without a change here. A link table (`forum_membership_representative`) belongs to the
 * record whose table its name begins with (`forum_membership`), changed through that record.
 */
export class MergeService {
  private readonly services: AnyService[];

  constructor(
    private readonly dataSource: DataSource,
    services: object,
  ) {
    // Every record service of the modules before this one.
    this.services = Object.values(services).filter(
      (service): service is AnyService => typeof service?.fieldsOf === 'function',
    );
  }

  loaders() {
    return {
      /** The record a merged duplicate's id now leads to (null: it was never merged). */
      mergedInto: () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await batchedRead<{ record_id: string; into_id: string }>(
            this.dataSource,
            'SELECT record_id, into_id FROM merged_record WHERE record_id = ANY($1::uuid[])',
            [[...ids]],
          );
          const into = new Map(rows.map((row) => [row.record_id, row.into_id]));
          return ids.map((id) => into.get(id) ?? null);
        }),
    };
  }

  private serviceOf(type: string): AnyService {
    const service = this.services.find((candidate) => candidate.type === type);
    if (!service) throw new Error(`No service keeps ${type} records.`);
    return service;
  }

  merge(
    caller: Caller,
    kind: MergedKind,
    input: { survivorId: string; duplicateId: string },
  ): Promise<MergeOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const service = this.serviceOf(kind);
      const { survivorId, duplicateId } = input;
      const errors = new FieldErrors();
      if (survivorId === duplicateId) {
        errors.add('duplicate', 'INVALID', 'A record cannot be merged into itself.').throwIfAny();
      }
      const survivor = await service.fieldsOf(tx, survivorId);
      const duplicate = await service.fieldsOf(tx, duplicateId);
      if (!survivor) errors.add('survivor', 'NOT_FOUND', `No ${kind.toLowerCase()} has this id.`);
      if (!duplicate) errors.add('duplicate', 'NOT_FOUND', `No ${kind.toLowerCase()} has this id.`);
      errors.throwIfAny();
      const outcome: MergeOutcome = { survivor: survivor!.record, moved: [], retracted: [] };
      for (const { owner, id } of await this.naming(tx, service.table, duplicateId)) {
        if (owner === service && id === duplicateId) continue;
        await this.move(caller, tx, { owner, id }, { from: duplicateId, to: survivorId }, outcome);
      }
      const name = String(survivor!.fields.name ?? survivorId);
      const reason = `A duplicate, merged into ${name} (${survivorId}).`;
      const version = duplicate!.record.version;
      await service.retract(caller, { id: duplicateId, version, reason }, tx);
      await tx.query(
        'INSERT INTO merged_record (record_id, record_type, into_id) VALUES ($1, $2, $3)',
        [duplicateId, kind, survivorId],
      );
      // Records merged into the duplicate before now lead to the survivor too.
      await tx.query('UPDATE merged_record SET into_id = $2 WHERE into_id = $1', [
        duplicateId,
        survivorId,
      ]);
      const slug = duplicate!.record.slug;
      if (typeof slug === 'string') {
        const current = String((await service.fieldsOf(tx, survivorId))!.record.slug);
        await keepFormerSlug(tx, service.table, survivorId, { former: slug, current });
      }
      const now = (await service.fieldsOf(tx, survivorId))!;
      const lists = listsWithDuplicates(now.fields, duplicate!.fields);
      outcome.survivor = Object.keys(lists).length
        ? await service.update(
            caller,
            { id: survivorId, version: now.record.version, ...lists },
            tx,
          )
        : now.record;
      return outcome;
    });
  }

  /** One record that names the duplicate, changed to name the survivor (or retracted). */
  private async move(
    caller: Caller,
    tx: EntityManager,
    { owner, id }: { owner: AnyService; id: string },
    { from, to }: { from: string; to: string },
    outcome: MergeOutcome,
  ) {
    const current = await owner.fieldsOf(tx, id);
    if (!current) return;
    const changes = changesNaming(current.fields, from, to);
    const { version } = current.record;
    try {
      await tx.transaction((savepoint) =>
        owner.update(caller, { id, version, ...changes }, savepoint),
      );
      outcome.moved.push({ type: owner.type, id });
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      if (!error.errors.every((e) => DUPLICATING.has(e.code))) throw error;
      const reason = `It repeated a record of the survivor once ${from} was merged into ${to}.`;
      await owner.retract(caller, { id, version, reason }, tx);
      outcome.retracted.push({ type: owner.type, id });
    }
  }

  /** The records (by service and id) that name `id`, a record of `table`, through a foreign key. */
  private async naming(tx: EntityManager, table: string, id: string) {
    const keys: { referencing: string; column: string }[] = await tx.query(
      `SELECT c.conrelid::regclass::text AS referencing, a.attname AS column
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.confrelid = $1::regclass
       ORDER BY 1, 2`,
      [table],
    );
    const found: { owner: AnyService; id: string }[] = [];
    for (const { referencing, column } of keys) {
      const name = referencing.replace(/"/g, '');
      const own = this.services.find((service) => service.table === name);
      const owner = own ?? this.ownerOfLinks(name);
      const ownerColumn = own ? 'id' : await this.ownerColumn(tx, name, owner.table);
      const rows: { id: string }[] = await tx.query(
        `SELECT DISTINCT ${ownerColumn} AS id FROM ${referencing} WHERE ${column} = $1`,
        [id],
      );
      for (const row of rows) {
        if (!found.some((f) => f.owner === owner && f.id === row.id))
          found.push({ owner, id: row.id });
      }
    }
    return found;
  }

  /** The record service a link table belongs to: the longest table name it begins with. */
  private ownerOfLinks(table: string): AnyService {
    const owners = this.services
      .filter((service) => table.startsWith(`${service.table}_`))
      .sort((a, b) => b.table.length - a.table.length);
    if (!owners[0]) throw new Error(`No record owns the rows of ${table}: say how to merge them.`);
    return owners[0];
  }

  /** The column of a link table that names its owner record. */
  private async ownerColumn(tx: EntityManager, table: string, ownerTable: string): Promise<string> {
    const [row]: { column: string }[] = await tx.query(
      `SELECT a.attname AS column FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.conrelid = $1::regclass AND c.confrelid = $2::regclass`,
      [table, ownerTable],
    );
    if (!row) throw new Error(`${table} names no ${ownerTable}.`);
    return row.column;
  }
}
