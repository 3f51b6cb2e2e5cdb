import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { batchedRead } from '../db/read-batch';

/** A record of the register, as of one event of the audit log. */
export interface RecordAtEvent {
  /** Its type as the audit log records it ("Actor"). */
  type: string;
  id: string;
  /** The audit event's id: the record is read as the log had it once that event was written. */
  eventId: string;
}

const key = ({ type, id, eventId }: RecordAtEvent) => `${type}:${id}:${eventId}`;

/**
 * The name each record had when an event was written: from its latest snapshot in the audit log
 * up to that event (the record's name, its code and title, its title, or its text, as
 * `record-labels.ts` names a row); null when the log has none then. A change's summary names the
 * records it relates as they were named on the day, not as they are named now. One statement a
 * batch, through the log's index by record.
 */
export function namesAtEventLoader(dataSource: DataSource) {
  return new DataLoader<RecordAtEvent, string | null, string>(
    async (records) => {
      const rows: { name: string | null }[] = await batchedRead(
        dataSource,
        `SELECT (SELECT coalesce(a.after->>'name', (a.after->>'code') || ' ' || (a.after->>'title'),
                                 a.after->>'title', left(a.after->>'text', 80))
                   FROM audit_event a
                  WHERE a.record_type = k.type AND a.record_id = k.id AND a.id <= k.event_id
                    AND a.after IS NOT NULL
                  ORDER BY a.id DESC LIMIT 1) AS name
           FROM unnest($1::text[], $2::uuid[], $3::bigint[]) WITH ORDINALITY AS k(type, id, event_id, n)
          ORDER BY k.n`,
        [records.map((r) => r.type), records.map((r) => r.id), records.map((r) => r.eventId)],
      );
      return rows.map((row) => row.name);
    },
    { cacheKeyFn: key },
  );
}
