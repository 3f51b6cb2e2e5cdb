import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  referencesIn,
  withGlobalIds,
  type LabelContext,
} from '../../core/graphql/audit-event.resolver';
import { loadNode } from '../../core/graphql/node';
import { payloadOf } from '../../core/graphql/payload';
import type { EntityManager } from 'typeorm';
import type { RecordKey } from '../../core/db/record-key';
import type { UpsertOutcome } from '../../core/db/record-service';
import type { InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { BulkItemResult, BulkResult } from './bulk.service';
import { BulkItemResultType, type BulkInput, type RecordKeyInput } from './bulk.types';

/** The user errors' paths from the mutation's argument (`input`). */
const fromInput = (errors: BulkItemResult['errors']) =>
  errors.map((error) => ({ ...error, field: ['input', ...error.field] }));

@Resolver(() => BulkItemResultType)
export class BulkItemResultResolver {
  @FieldResolver()
  record(@Root() item: BulkItemResult, @Ctx() context: Context) {
    return item.record ? loadNode(context, item.record.type, item.record.id) : null;
  }

  @FieldResolver()
  changes(@Root() item: BulkItemResult, @Ctx() context: Context) {
    return withGlobalIds(item.changes, context as LabelContext);
  }

  @FieldResolver()
  references(@Root() item: BulkItemResult, @Ctx() context: Context) {
    return referencesIn(item.changes, context as LabelContext);
  }

  @FieldResolver()
  userErrors(@Root() item: BulkItemResult) {
    return fromInput(item.errors);
  }
}

/**
 * A bulk write's payload: every item's result, the counts, and every refusal in `userErrors` (a
 * refused call as a whole, such as too many items, has no item results).
 */
export async function bulkPayload(run: () => Promise<BulkResult>) {
  const count = (items: BulkItemResult[], status: BulkItemResult['status']) =>
    items.filter((item) => item.status === status).length;
  const payload = await payloadOf(async () => {
    const result = await run();
    return {
      ...result,
      created: count(result.items, 'CREATED'),
      updated: count(result.items, 'UPDATED'),
      unchanged: count(result.items, 'UNCHANGED'),
      failed: count(result.items, 'FAILED'),
      itemErrors: fromInput(result.items.flatMap((item) => item.errors)),
    };
  });
  const { itemErrors, ...rest } = payload;
  return {
    ...rest,
    items: rest.items ?? [],
    written: rest.written ?? false,
    dryRun: rest.dryRun ?? false,
    replayed: rest.replayed ?? false,
    created: rest.created ?? 0,
    updated: rest.updated ?? 0,
    unchanged: rest.unchanged ?? 0,
    failed: rest.failed ?? 0,
    userErrors: [...payload.userErrors, ...(itemErrors ?? [])],
  };
}

/**
 * Runs a bulk upsert mutation: each item through `write` (in its savepoint of the bulk's
 * transaction), with the input's mode, dry run and idempotency key; shaped as its payload.
 */
export function bulkUpsert<I>(
  { services, caller }: Context,
  bulk: { recordType: string; operation: string; input: BulkInput & { items: I[] } },
  write: (item: I, tx: EntityManager) => Promise<UpsertOutcome<{ id: string }>>,
  prepare?: (tx: EntityManager) => Promise<void>,
) {
  const { input } = bulk;
  const options = {
    mode: input.mode ?? 'ALL_OR_NOTHING',
    dryRun: input.dryRun ?? false,
    idempotencyKey: input.idempotencyKey,
    operation: bulk.operation,
    input,
    prepare,
  } as const;
  const items = input.items.map((item) => async (tx: EntityManager) => write(item, tx));
  return bulkPayload(() => services.bulk.run(caller, bulk.recordType, options, items));
}

/**
 * A record key given in input, decoded: a global ID to the database id of a `type` record (a
 * wrong one reported on `field`), a slug or identifier as given.
 */
export function recordKey(
  ids: InputIds,
  key: RecordKeyInput,
  type: string,
  field: string[],
): RecordKey | undefined {
  if (key.id != null) {
    const id = ids.one(key.id, type, [...field, 'id']);
    return id ? { id } : undefined;
  }
  if (key.slug != null) return { slug: key.slug };
  if (key.identifier != null) return { identifier: key.identifier };
  ids.errors.add(field, 'REQUIRED', 'Give the id, the slug or an identifier.');
  return undefined;
}

/** `recordKey` for an optional reference: undefined (not given) and null (none) stay. */
export function optionalRecordKey(
  ids: InputIds,
  key: RecordKeyInput | null | undefined,
  type: string,
  field: string[],
): RecordKey | null | undefined {
  return key === undefined || key === null ? key : recordKey(ids, key, type, field);
}

/** `recordKey` for a list (null: the empty list); the keys that cannot be decoded are left out. */
export function recordKeys(
  ids: InputIds,
  keys: RecordKeyInput[] | null | undefined,
  type: string,
  field: string,
): RecordKey[] | undefined {
  if (keys === undefined) return undefined;
  return (keys ?? []).flatMap(
    (key, index) => recordKey(ids, key, type, [field, String(index)]) ?? [],
  );
}
