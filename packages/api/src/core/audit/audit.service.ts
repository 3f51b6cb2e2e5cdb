import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/roles';
import { paginateEach, type Page, type PageRequest } from '../relay/pagination';
import type { CommittedChanges } from '../db/committed-changes';
import { AuditEventEntity, type AuditOperation } from './audit-event.entity';
import type { AuditRow, DeferredAudit } from './deferred-audit';

export interface AuditEntry {
  operation: AuditOperation;
  recordType: string;
  recordId: string;
  before: object | null;
  after: object | null;
  /** Why it was done: required of a retraction. */
  reason?: string | null;
}

/** Who acts, and for which request: passed from the API edge into every writing service call. */
export interface Caller {
  viewer: Viewer;
  requestId?: string | null;
}

export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    /** Told of each audited change once its transaction commits (live updates listen there). */
    private readonly changes?: CommittedChanges,
    /** Holds the audit rows of bulk writes for their commit. */
    private readonly deferred?: DeferredAudit,
  ) {}

  /**
   * Writes the entry inside the caller's transaction, so a change and its audit row are one; the
   * change is announced (`CommittedChanges`) only when that transaction commits.
   */
  async record(manager: EntityManager, by: Caller, entry: AuditEntry): Promise<void> {
    const occurredAt = new Date();
    const row: AuditRow = {
      ...entry,
      before: entry.before as never,
      after: entry.after as never,
      reason: entry.reason ?? null,
      occurredAt,
      tokenId: by.viewer.tokenId,
      actorName: by.viewer.name,
      requestId: by.requestId ?? null,
    };
    if (!this.deferred?.kept(manager, row)) await manager.insert(AuditEventEntity, row);
    this.changes?.add(manager, {
      recordType: entry.recordType,
      recordId: entry.recordId,
      operation: entry.operation,
      occurredAt,
    });
  }

  /**
   * What the register said of some records at `at` (ISO timestamp): the latest snapshot (`after`)
   * of each as of then, by id, in one statement. A record with no event by then did not exist yet
   * and is missing from the map.
   */
  async knownAt(
    recordType: string,
    recordIds: readonly string[],
    at: string,
  ): Promise<Map<string, Record<string, unknown>>> {
    const rows: { record_id: string; after: Record<string, unknown> | null }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (record_id) record_id, after
           FROM audit_event
          WHERE record_type = $1 AND record_id = ANY ($2::uuid[]) AND occurred_at <= $3
          ORDER BY record_id, id DESC`,
        [recordType, recordIds, at],
      );
    return new Map(rows.flatMap((row) => (row.after ? [[row.record_id, row.after]] : [])));
  }

  /**
   * The changes of several records, newest first, a page of each: one statement for all.
   * `records` are `<RecordType>:<id>` keys; the pages come in their order.
   */
  historyPages(records: readonly string[], page: PageRequest): Promise<Page<AuditEventEntity>[]> {
    const [types, ids] = [new Set<string>(), new Set<string>()];
    for (const record of records) {
      const [type, id] = record.split(':');
      types.add(type);
      ids.add(id);
    }
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where('event.record_type = ANY(:types) AND event.record_id = ANY(:ids)', {
        types: [...types],
        ids: [...ids],
      });
    return paginateEach(
      query,
      page,
      [{ column: 'event.id', property: 'id', direction: 'DESC' }],
      [
        { column: 'event.record_type', property: 'recordType' },
        { column: 'event.record_id', property: 'recordId' },
      ],
      records,
    );
  }
}
