import type { EntityManager, ObjectLiteral } from 'typeorm';
import { RecordService } from '../../core/db/record-service';
import type { Versioned } from '../../core/db/versioned';
import type { Citation, CitationStore } from './citation.store';

/**
 * The write path of a record whose rows beside it are its citations (`sources`): they are written
 * with the record and read into its audit entries. A service names its store in `citations`.
 */
export abstract class CitedRecordService<
  E extends ObjectLiteral & Versioned,
  F extends { sources?: Citation[] },
> extends RecordService<E, F, Citation[]> {
  protected abstract readonly citations: CitationStore;

  protected override async read(tx: EntityManager, record: E): Promise<F> {
    return { ...record, sources: await this.citations.snapshot(tx, record.id) } as unknown as F;
  }

  protected override writeLinks(tx: EntityManager, id: string, sources: Citation[]) {
    return this.citations.replace(tx, id, sources);
  }
}
