import type { EntityManager } from 'typeorm';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import { SYSTEM_VIEWER } from '../../core/auth/roles';
import type { PlannedRecord } from './records';
import { isoInstant } from './time';
import { chunks, insertRows, snapshot } from './writer';

interface AuditEvent {
  at: number;
  operation: AuditOperation;
  record: PlannedRecord;
}

const AUDIT_COLUMNS = [
  { name: 'occurred_at', type: 'timestamptz' },
  { name: 'operation', type: 'text' },
  { name: 'record_type', type: 'text' },
  { name: 'record_id', type: 'uuid' },
  { name: 'actor_name', type: 'text' }, // token_id stays null: no token, as for the seed
  { name: 'request_id', type: 'text' },
  { name: 'before', type: 'jsonb' },
  { name: 'after', type: 'jsonb' },
];

/**
 * Each record's history as the services would have written it, acting as "system": a CREATE
 * with the record as created, and for an ended record an END with it before and after. In the
 * order they occurred, so the log's ids (the change feed's order) follow time, as they do when
 * the changes are made one by one.
 */
export function historyOf(records: PlannedRecord[]): AuditEvent[] {
  const events = records.flatMap((record): AuditEvent[] => [
    { at: record.recordedAt, operation: 'CREATE', record },
    ...(record.end ? [{ at: record.end.at, operation: 'END' as const, record }] : []),
  ]);
  return events.sort((a, b) => a.at - b.at);
}

/** Writes the events a chunk at a time, building each chunk's snapshots only when it is written. */
export async function writeHistory(
  tx: EntityManager,
  events: AuditEvent[],
  requestId: string,
  written: (count: number) => void,
): Promise<void> {
  for (const chunk of chunks(events)) {
    const rows = chunk.map(({ at, operation, record }) => {
      const ending = operation === 'END';
      return [
        isoInstant(at),
        operation,
        record.type,
        record.id,
        SYSTEM_VIEWER.name,
        requestId,
        ending ? snapshot(record, false) : null,
        snapshot(record, ending),
      ];
    });
    await insertRows(tx, 'audit_event', AUDIT_COLUMNS, rows);
    written(chunk.length);
  }
}
