import DataLoader from 'dataloader';
import { loaderFamily } from '../db/loaders';
import type { Page, PageRequest } from '../relay/pagination';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditService } from './audit.service';

/** The loaders of the audit trail, for every record type's `history`. */
export function historyLoaders(audit: AuditService) {
  return {
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
