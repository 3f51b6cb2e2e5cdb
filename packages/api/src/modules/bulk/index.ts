import { defineModule } from '../../core/module';
import { BulkItemResultResolver } from './bulk.resolver';
import { BulkService } from './bulk.service';
import { IdempotencyKeys1763903500000 } from './migrations/1763903500000-IdempotencyKeys';

/**
 * Bulk writes for integrators: many items in one transaction, all or nothing or item by item, a
 * dry run, idempotency keys. Each record type's `…Upsert` mutation lives in its own module and
 * runs its items through `BulkService`.
 */
export const bulkModule = defineModule({
  name: 'bulk',
  migrations: [IdempotencyKeys1763903500000],
  services: ({ dataSource }) => ({ bulk: new BulkService(dataSource) }),
  resolvers: [BulkItemResultResolver],
});

// What other modules use of this one.
export { BulkUpsertResolver } from './bulk-upsert.resolver';
export { optionalRecordKey, recordKey } from './bulk.resolver';
export { referencedId } from './keys';
export { upsertKeyed, type KeyedItem, type KeyedReference, type Upsertable } from './upsert-keyed';
export { RecordKeyInput } from './bulk.types';
export type { BulkService } from './bulk.service';
