import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderFamily } from '../db/loaders';
import { registeredNodeTypes } from '../graphql/node';
import { recordLabelsLoader } from './record-labels';
import { namesAtEventLoader } from './names-at-event';
import { batchedRead } from '../db/read-batch';
import type { Page, PageRequest } from '../relay/pagination';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditService } from './audit.service';

/** The loaders of the audit trail, for every record type's `history` and the feed `changes`. */
export function historyLoaders(audit: AuditService, dataSource: DataSource) {
  return {
    /**
     * A retracted record as it was when taken back (`retracted_record`), by id: what a
     * subscription matches a RETRACT against, the record itself being gone.
     */
    retractedById: () =>
      new DataLoader<string, Record<string, unknown> | null>(async (ids) => {
        const rows: { record_id: string; snapshot: Record<string, unknown> }[] = await batchedRead(
          dataSource,
          'SELECT record_id::text, snapshot FROM retracted_record WHERE record_id = ANY($1::uuid[])',
          [[...ids]],
        );
        const byId = new Map(rows.map((row) => [row.record_id, row.snapshot]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    /** What the ids in the audit log's snapshots stand for. */
    recordLabels: () => recordLabelsLoader(dataSource, registeredNodeTypes()),
    /** The names records had when a change was made (`namesAtEvent`), by record and event. */
    namesAtEvent: () => namesAtEventLoader(dataSource),
    /** A page of a record's changes, newest first, by `<RecordType>:<id>`; one statement a batch. */
    history: () =>
      loaderFamily(
        (page: PageRequest) =>
          new DataLoader<string, Page<AuditEventEntity>>((records) =>
            audit.historyPages(records, page),
          ),
      ),
  };
}
