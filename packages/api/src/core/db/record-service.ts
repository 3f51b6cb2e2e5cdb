import {
  QueryFailedError,
  type DataSource,
  type DeepPartial,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import type { AuditService, Caller } from '../audit/audit.service';
import { assertInReach, inReach, type HomeAreas } from '../auth/area-reach';
import type { Viewer } from '../auth/roles';
import type { AuditOperation } from '../audit/audit-event.entity';
import { FieldErrors, ValidationFailed } from '../errors';
import { findFreeSlugs, keepFormerSlug } from '../slug';
import { endPeriod, today, type Period } from '../valid-time';
import { definedOnly, requiredText } from '../validate';
import {
  changedFrom,
  insertTimeline,
  timelineOf,
  withoutItems,
  writePeriods,
  type Timeline,
} from './timeline';
import { lockVersioned, updateVersioned, type Versioned } from './versioned';
import { fieldChanges, type FieldChange } from './field-changes';
import { asFresh } from './fresh';
import { idByKey, type IdentifierLookup, type RecordKey } from './record-key';

/** Thrown inside `RecordService.upsert`'s savepoint to undo an update that changed nothing. */
class WroteNothing extends Error {}

/** What one item of a bulk upsert did to its record (see `RecordService.upsert`). */
export interface UpsertOutcome<E> {
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  record: E;
  /** Each field it changed, with its value before and after. */
  changes: FieldChange[];
}

/** What `validate` hands back: the record's columns and whatever `writeLinks` needs. */
export interface Validated<E, L = undefined> {
  values: Partial<E>;
  links: L;
}

/**
 * Update input: the version the client read, and the fields it changes (undefined = unchanged);
 * `changesFrom`, the day the changed timed fields hold from (default today; see `timed`).
 */
export type UpdateInput<F> = { id: string; version: number; changesFrom?: string | null } & {
  [K in keyof F]?: F[K] | null;
};

/** Which record a change is to, and from which day its timed fields change (default today). */
interface ChangeTarget {
  id: string;
  version: number;
  changesFrom?: string | null;
}

/** The audit log's snapshot of a record: its fields, and the periods of its timed fields. */
type Snapshot<F> = F & { timeline?: Timeline };

/** A retraction's required reason, trimmed; refused (REQUIRED on `reason`) when blank. */
function retractionReason(reason: string): string {
  const errors = new FieldErrors();
  const text = requiredText(errors, 'reason', reason, 'The reason', 1000);
  errors.throwIfAny();
  return text;
}

/**
 * The write path every record type shares: one transaction (the caller's, when given), every
 * problem reported at once before anything is written, optimistic concurrency, and an audit
 * entry with the record before and after. A feature's service supplies `validate`, and where
 * the record has rows beside it (links, citations) `writeLinks` and `read`.
 *
 * The audit entry also queues the change for live updates; it is announced only after the
 * outermost transaction commits (the service's own, or the caller's when `manager` is passed) and
 * dropped on rollback: see `CommittedChanges`.
 */
export abstract class RecordService<
  E extends ObjectLiteral & Versioned,
  F extends object,
  L = undefined,
> {
  protected abstract readonly entity: EntityTarget<E>;
  /** The GraphQL type name, as the audit log records it. */
  protected abstract readonly recordType: string;
  /** How messages name a record: "person", "forum membership". */
  protected abstract readonly label: string;
  /**
   * The fields whose values change in the world and so hold for periods (valid time): a change
   * of one holds from the change's `changesFrom`, the periods before stay (core/db/timeline.ts).
   */
  protected readonly timed: readonly (keyof F & string)[] = [];
  /**
   * Where the records belong (`modules/area/home-areas.ts`): an editor limited to areas writes
   * only those within reach, before and after the change. None: only an admin writes them.
   */
  protected readonly home: HomeAreas | null = null;

  /** Where bulk upserts find the records by an identifier (`idOf`), for types that have them. */
  protected readonly identifierLookup: IdentifierLookup | null = null;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
  ) {}

  /** The table its records are in. */
  get table(): string {
    return this.dataSource.getMetadata(this.entity).tableName;
  }

  /** The GraphQL type of its records, as the audit log and `node` name them. */
  get type(): string {
    return this.recordType;
  }

  /** A record with the fields it was made from (links included), read in `tx`; null if none. */
  async fieldsOf(tx: EntityManager, id: string): Promise<{ record: E; fields: F } | null> {
    const record = await this.current(tx, id);
    return record ? { record, fields: await this.read(tx, record) } : null;
  }

  /**
   * Whether `viewer`, who holds a role that writes, may change each of the records `ids` by their
   * areas: the check of every write (`assertInReach`), for many records in one statement.
   */
  writableBy(viewer: Viewer, ids: readonly string[]): Promise<boolean[]> {
    return inReach(this.dataSource, viewer, this.home, ids);
  }

  /** Whether this service keeps the records of `type` (as the audit log and `node` name them). */
  keeps(type: string): boolean {
    return this.recordType === type;
  }

  /**
   * Checks a record's complete fields (the input, or the record merged with the changes); for a
   * change, `changesFrom` is the day its timed fields change from (for a new record: undefined).
   */
  protected abstract validate(
    tx: EntityManager,
    fields: F,
    id: string | null,
    changesFrom?: string,
  ): Promise<Validated<E, L>>;

  /** Writes the rows that stand beside the record. */
  protected async writeLinks(_tx: EntityManager, _id: string, _links: L): Promise<void> {}

  /** The record as the fields it was made from, links included: base of updates and audit. */
  protected async read(_tx: EntityManager, record: E): Promise<F> {
    return { ...record } as unknown as F;
  }

  /** The record's fields after an update that gives `changes` (the fields left out stay). */
  protected merged(before: F, changes: Partial<F>): F {
    return { ...before, ...changes };
  }

  /** Refuses changes (`operation`) to a record in a final state (archived, ended). */
  protected assertChangeable(_record: E, _operation: AuditOperation): void {}

  /** The record as it is now, read in the transaction `tx`; null if there is none. */
  current(tx: EntityManager, id: string): Promise<E | null> {
    return tx.getRepository(this.entity).findOneBy({ id } as never);
  }

  /**
   * Gives a record back the values a change of state set (`before`), audited as RESTORE: the undo
   * of an archive or a dissolution and of what it ended (see modules/lifecycle).
   */
  restoreValues(
    caller: Caller,
    input: ChangeTarget,
    before: Partial<E>,
    manager?: EntityManager,
  ): Promise<E> {
    return this.transition(caller, 'RESTORE', input, () => before, manager);
  }

  protected inTransaction<T>(
    manager: EntityManager | undefined,
    work: (tx: EntityManager) => Promise<T>,
  ) {
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async create(caller: Caller, input: F, manager?: EntityManager): Promise<E> {
    return (await this.made(caller, input, manager)).record;
  }

  /** `create`, with the new record's fields as the audit log has them. */
  private made(caller: Caller, input: F, manager?: EntityManager) {
    return this.inTransaction(manager, async (tx) => {
      const { values, links } = await this.validate(tx, input, null);
      const repository = tx.getRepository(this.entity);
      const record = await this.guard(() =>
        repository.save(repository.create(values as DeepPartial<E>)),
      );
      const after = await asFresh(tx, record.id, async () => {
        await this.writeLinks(tx, record.id, links);
        await this.assertInReach(tx, caller, record.id, { later: true });
        return this.read(tx, record);
      });
      const timeline = await this.writeTimeline(tx, record.id, null, after, null);
      await this.record(tx, caller, 'CREATE', record.id, null, { ...after, ...timeline });
      return { record, after };
    });
  }

  update(caller: Caller, input: UpdateInput<F>, manager?: EntityManager): Promise<E> {
    const { id, version, changesFrom, ...changes } = input;
    const given = definedOnly(changes);
    return this.change(
      caller,
      { id, version, changesFrom },
      'UPDATE',
      (before) => this.merged(before, given as Partial<F>),
      manager,
      undefined,
      // A timed field given again with its day corrects the day its value holds from.
      changesFrom ? Object.keys(given) : [],
    );
  }

  /**
   * Takes back part of a record that was never true — one of its citations, one person acting for
   * it — as a change of the record audited as RETRACT with the required `reason`. `without` gives
   * the record's fields without that part, reporting on `errors` when there is no such part.
   */
  retractPart(
    caller: Caller,
    input: { id: string; version: number; reason: string },
    without: (fields: F, errors: FieldErrors) => F,
    manager?: EntityManager,
  ): Promise<E> {
    const reason = retractionReason(input.reason);
    const errors = new FieldErrors();
    return this.change(
      caller,
      input,
      'RETRACT',
      (before) => {
        const after = without(before, errors);
        errors.throwIfAny();
        return after;
      },
      manager,
      reason,
    );
  }

  /** The id of the record a bulk upsert's `key` names; null when none does yet (`idByKey`). */
  idOf(tx: EntityManager, key: RecordKey, errors: FieldErrors, field: string[]) {
    const metadata = tx.connection.getMetadata(this.entity);
    const where = {
      table: metadata.tableName,
      label: this.label,
      identifiers: this.identifierLookup,
      slugs: metadata.findColumnWithPropertyName('slug') ? ('slug' as const) : null,
    };
    return idByKey(tx, where, key, errors, field);
  }

  /** Before a bulk upsert keyed by `slugs`: which of them no record has, in one statement. */
  async findFreeSlugs(tx: EntityManager, slugs: string[]): Promise<void> {
    const metadata = tx.connection.getMetadata(this.entity);
    if (metadata.findColumnWithPropertyName('slug')) {
      await findFreeSlugs(tx, metadata.tableName, slugs);
    }
  }

  /**
   * For a bulk item given without a key: the record that is the same as `fields` (a relation with
   * the same ends, valid on the same day), if any. None by default: records with slugs need keys.
   */
  async matching(_tx: EntityManager, _fields: Partial<F>): Promise<string | null> {
    return null;
  }

  /**
   * One item of a bulk upsert, in the bulk's transaction `tx`: creates the record when `id` is
   * null, or else changes it, at its current version, to what `fields(before)` gives (undefined
   * fields stay). Tells what changed, field by field. When nothing did, it is UNCHANGED and
   * nothing is written.
   */
  async upsert(
    caller: Caller,
    id: string | null,
    fields: (before: F | null) => F,
    tx: EntityManager,
  ): Promise<UpsertOutcome<E>> {
    if (id === null) {
      const { record, after } = await this.made(caller, fields(null), tx);
      return { status: 'CREATED', record, changes: fieldChanges(null, after) };
    }
    const current = await this.current(tx, id);
    if (!current)
      throw new ValidationFailed([
        { field: ['key'], code: 'NOT_FOUND', message: `No such ${this.label}.` },
      ]);
    const before = await this.read(tx, current);
    const given = definedOnly(fields(before) as Record<string, unknown>) as Partial<F>;
    // What is given as it is already (the common case of a register sent again) is not written;
    // a value that only reads the same once normalised is written and then found unchanged.
    const merged = this.merged(before, given) as Record<string, unknown>;
    const same = (key: string) =>
      JSON.stringify(merged[key] ?? null) ===
      JSON.stringify((before as Record<string, unknown>)[key] ?? null);
    if (Object.keys(given).every(same))
      return { status: 'UNCHANGED', record: current, changes: [] };
    const input = { ...given, id, version: current.version } as UpdateInput<F>;
    // Written in a savepoint, so that a write found to change nothing is undone: no new version,
    // no audit entry, and the caller's transaction goes on as if it had not been tried.
    try {
      return await tx.transaction(async (savepoint) => {
        const record = await this.update(caller, input, savepoint);
        const changes = fieldChanges(before, await this.read(savepoint, record));
        if (changes.length === 0) throw new WroteNothing();
        return { status: 'UPDATED' as const, record, changes };
      });
    } catch (error) {
      if (error instanceof WroteNothing)
        return { status: 'UNCHANGED', record: current, changes: [] };
      throw error;
    }
  }

  /** A versioned, validated, audited change of a record's fields (and links) to `merge(before)`. */
  private change(
    caller: Caller,
    { id, version, changesFrom }: ChangeTarget,
    operation: AuditOperation,
    merge: (before: F) => F,
    manager?: EntityManager,
    reason?: string,
    restated: string[] = [],
  ): Promise<E> {
    return this.inTransaction(manager, async (tx) => {
      const current = await this.lock(tx, id, version, operation);
      await this.assertInReach(tx, caller, id);
      const fields = await this.read(tx, current);
      const before = await this.withTimeline(tx, id, fields);
      const merged = merge(fields);
      const { values, links } = await this.validate(tx, merged, id, changesFrom ?? today());
      const record = await this.guard(() =>
        updateVersioned(tx, this.entity, id, version, values, this.label),
      );
      await this.writeLinks(tx, id, links);
      await this.assertInReach(tx, caller, id);
      if (typeof current.slug === 'string' && record.slug !== current.slug) {
        const { tableName } = tx.connection.getMetadata(this.entity);
        await keepFormerSlug(tx, tableName, id, { former: current.slug, current: record.slug });
      }
      const after = await this.read(tx, record);
      const timeline = await this.writeTimeline(tx, id, before, after, changesFrom, {
        restated,
        retracted: operation === 'RETRACT',
      });
      await this.record(tx, caller, operation, id, before, { ...after, ...timeline }, reason);
      return record;
    });
  }

  /**
   * A change of state that is not an edit (archive, end, a new order of children): checked,
   * versioned and audited. `values` may look things up and write rows beside the record in the
   * transaction `tx` (only when it reported no errors); the audit shows the record before and after.
   */
  protected transition(
    caller: Caller,
    operation: AuditOperation,
    input: ChangeTarget,
    values: (
      current: E,
      errors: FieldErrors,
      tx: EntityManager,
    ) => Partial<E> | Promise<Partial<E>>,
    manager?: EntityManager,
  ): Promise<E> {
    return this.inTransaction(manager, async (tx) => {
      const current = await this.lock(tx, input.id, input.version, operation);
      await this.assertInReach(tx, caller, input.id);
      const before = await this.withTimeline(tx, input.id, await this.read(tx, current));
      const errors = new FieldErrors();
      const changes = await values(current, errors, tx);
      errors.throwIfAny();
      const record = await this.guard(() =>
        updateVersioned(tx, this.entity, input.id, input.version, changes, this.label),
      );
      const after = await this.read(tx, record);
      const timeline = await this.writeTimeline(tx, input.id, before, after, input.changesFrom);
      await this.record(tx, caller, operation, input.id, before, { ...after, ...timeline });
      return record;
    });
  }

  /**
   * Takes back a record entered by mistake, never true (see the migration Retractions): it
   * leaves its table (and with it its links and citations) for `retracted_record`, whole, and the
   * audit log records a RETRACT with the record before and the required `reason`. Refused while
   * another record still refers to it.
   */
  retract(
    caller: Caller,
    input: { id: string; version: number; reason: string },
    manager?: EntityManager,
  ): Promise<{ id: string }> {
    return this.inTransaction(manager, async (tx) => {
      const reason = retractionReason(input.reason);
      const current = await this.lock(tx, input.id, input.version, 'RETRACT');
      await this.assertInReach(tx, caller, input.id);
      const before = await this.withTimeline(tx, input.id, await this.read(tx, current));
      const { tableName } = tx.connection.getMetadata(this.entity);
      await tx.query(
        `INSERT INTO retracted_record (record_type, record_id, snapshot, reason, token_id, actor_name)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [this.recordType, input.id, before, reason, caller.viewer.tokenId, caller.viewer.name],
      );
      await this.audit.record(tx, caller, {
        operation: 'RETRACT',
        recordType: this.recordType,
        recordId: input.id,
        before,
        after: null,
        reason,
      });
      await this.guard(() => tx.query(`DELETE FROM ${tableName} WHERE id = $1`, [input.id]));
      // Its periods leave with it: `retracted_record` keeps them in the snapshot.
      await tx.query('DELETE FROM attribute_period WHERE record_id = $1', [input.id]);
      return { id: input.id };
    });
  }

  /**
   * The `…End` of a record in valid time: it no longer holds from `validTo` (default today; see
   * `endPeriod`), with `more` changes besides (a responsibility's status).
   */
  protected endValidity(
    caller: Caller,
    input: { id: string; version: number; validTo?: string | null },
    manager?: EntityManager,
    more: Partial<E> = {},
  ): Promise<E> {
    return this.transition(
      caller,
      'END',
      input,
      (current, errors) =>
        ({
          validTo: endPeriod(current as unknown as Required<Period>, input.validTo, errors),
          ...more,
        }) as Partial<E>,
      manager,
    );
  }

  private async lock(
    tx: EntityManager,
    id: string,
    version: number,
    operation: AuditOperation,
  ): Promise<E> {
    const current = await lockVersioned(tx, this.entity, id, version, this.label);
    this.assertChangeable(current, operation);
    return current;
  }

  /** Refuses the write unless the record is within the caller's reach (see `home`). */
  /** `later`: a new record's check may wait for the end of a bulk write (`deferReachChecksIn`). */
  private assertInReach(
    tx: EntityManager,
    caller: Caller,
    id: string,
    options?: { later?: boolean },
  ): Promise<void> {
    return assertInReach(tx, caller.viewer, { id, label: this.label, home: this.home }, options);
  }

  /** The record as the audit log shows it: its fields (`read`) and the periods of timed fields. */
  private async withTimeline(tx: EntityManager, id: string, fields: F): Promise<Snapshot<F>> {
    if (this.timed.length === 0) return fields;
    return { ...fields, timeline: await timelineOf(tx, id, this.timed) };
  }

  /**
   * Gives each timed field that changed (or is `restated`) its new value from `from` (default
   * today; null on create: for as long as the record is known) — or, when part of it was
   * `retracted` as never true, takes that part out of every period. The periods, for the snapshot.
   */
  private async writeTimeline(
    tx: EntityManager,
    id: string,
    before: Snapshot<F> | null,
    after: F,
    from: string | null | undefined,
    { restated = [], retracted = false }: { restated?: string[]; retracted?: boolean } = {},
  ): Promise<{ timeline?: Timeline }> {
    if (this.timed.length === 0) return {};
    if (!before) {
      const written = Object.fromEntries(
        this.timed.map((field) => [field, changedFrom([], after[field] ?? null, null)]),
      );
      const timeline = await insertTimeline(tx, { type: this.recordType, id }, written);
      await this.periodsWritten(tx, id, timeline);
      return { timeline };
    }
    const day = from ?? today();
    for (const field of this.timed) {
      const value = after[field] ?? null;
      const was = before[field] ?? null;
      if (JSON.stringify(was) === JSON.stringify(value) && !restated.includes(field)) continue;
      const periods = before.timeline?.[field] ?? [];
      const next =
        retracted && Array.isArray(was) && Array.isArray(value)
          ? withoutItems(
              periods,
              was.filter((item) => !value.includes(item)),
            )
          : changedFrom(periods, value, day);
      await writePeriods(tx, { type: this.recordType, id }, field, next);
    }
    const timeline = await timelineOf(tx, id, this.timed);
    await this.periodsWritten(tx, id, timeline);
    return { timeline };
  }

  /** Keeps what is derived from a record's periods (an index of them) in step with them. */
  protected async periodsWritten(_tx: EntityManager, _id: string, _timeline: Timeline) {}

  private record(
    tx: EntityManager,
    caller: Caller,
    operation: AuditOperation,
    id: string,
    before: Snapshot<F> | null,
    after: Snapshot<F>,
    reason?: string,
  ) {
    return this.audit.record(tx, caller, {
      operation,
      recordType: this.recordType,
      recordId: id,
      before,
      after,
      reason,
    });
  }

  /**
   * The database's constraints are the last line of defence behind `validate`: should a
   * concurrent write slip past it, their violations still reach the client as user errors.
   */
  private async guard<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string }).code
          : undefined;
      if (code === '23P01') {
        throw new ValidationFailed([
          {
            field: ['validFrom'],
            code: 'OVERLAPPING_PERIOD',
            message: `This ${this.label} is already recorded for part of this period.`,
          },
        ]);
      }
      if (code === '23503') {
        throw new ValidationFailed([
          {
            field: ['id'],
            code: 'INVALID',
            message: `Another record still refers to this ${this.label}: retract or change that first.`,
          },
        ]);
      }
      if (code === '23505') {
        throw new ValidationFailed([
          {
            field: [],
            code: 'TAKEN',
            message: `Another ${this.label} has the same unique values.`,
          },
        ]);
      }
      throw error;
    }
  }
}
