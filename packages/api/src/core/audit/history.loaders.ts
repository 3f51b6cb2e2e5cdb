import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderFamily } from '../db/loaders';
import { registeredNodeTypes } from '../graphql/node';
import { recordLabelsLoader } from './record-labels';
import type { Page, PageRequest } from '../relay/pagination';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditService } from './audit.service';

/** The loaders of the audit trail, for every record type's `history` and the feed `changes`. */
export function historyLoaders(audit: AuditService, dataSource: DataSource) {
  return {
    /** What the ids in the audit log's snapshots stand for. */
    recordLabels: () => recordLabelsLoader(dataSource, registeredNodeTypes()),
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
