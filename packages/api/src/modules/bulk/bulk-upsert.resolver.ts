import type { EntityManager } from 'typeorm';
import { Arg, Ctx, Field, InputType, Mutation, Resolver, type ClassType } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { FieldErrors } from '../../core/errors';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { bulkUpsert, optionalRecordKey, recordKey, recordKeys } from './bulk.resolver';
import { BulkInput, BulkUpsertPayload, type RecordKeyInput } from './bulk.types';
import { typeOfKind } from './keys';
import {
  upsertKeyed,
  type ItemWriter,
  type KeyedItem,
  type KeyedReference,
  type Upsertable,
} from './upsert-keyed';

/** An item as GraphQL gives it: its key and fields; its references' keys named in the spec. */
type Item = object & { key?: RecordKeyInput | null };

/** An item's keys decoded: its own (a global ID of `recordType`) and its references'. */
function decodedKeys(
  ids: InputIds,
  item: Item,
  recordType: string,
  references: Record<string, KeyedReference>,
): KeyedItem {
  const given = item as Record<string, unknown>;
  const decoded: KeyedItem = {
    ...given,
    key: item.key == null ? item.key : recordKey(ids, item.key, recordType, ['key']),
  };
  for (const [name, { kind, many }] of Object.entries(references)) {
    const type = typeOfKind(kind);
    decoded[name] = many
      ? recordKeys(ids, given[name] as RecordKeyInput[] | null | undefined, type, name)
      : optionalRecordKey(ids, given[name] as RecordKeyInput | null | undefined, type, [name]);
  }
  return decoded;
}

/** `<Mutation>Input` (`ActorsUpsertInput`): the items, of `item`, and how to write them. */
function bulkInputOf(mutation: string, item: ClassType, noun: string) {
  const name = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
  @InputType(name, { description: `${noun} to create or change, up to 1,000.` })
  class Input extends BulkInput {
    items: Item[];
  }
  // The items' type depends on the record type, so the field is decorated rather than declared.
  Field(() => [item], { description: `The ${noun.toLowerCase()}, in order.` })(
    Input.prototype,
    'items',
  );
  return Input;
}

/**
 * Declares a record type's bulk upsert mutation (`actorsUpsert`): EDITOR (or ADMIN), each item's
 * keys decoded, its references found by key (`references`: the item's field → the record's
 * field of ids), written through the type's service (`upsertKeyed`) in one bulk call.
 */
export function BulkUpsertResolver(spec: {
  mutation: string;
  recordType: string;
  /** The input type of one item (`ActorUpsertItem`). */
  item: ClassType;
  /** What the items are, in the plural: "Actors". */
  noun: string;
  /**
   * The name of the type's service in `services` (`actor`): by name, because the modules' types
   * are made from their resolvers and cannot name the services' type here. A record service, or
   * one that writes items its own way (`ItemWriter`).
   */
  service: string;
  references: Record<string, KeyedReference>;
  description: string;
  /**
   * The fields every record of the type has: given as null, an item is refused (REQUIRED) at
   * once. (Left out, they stay as they are; a new record without them is refused by its service.)
   */
  required: string[];
  /** Decodes what else the item names by global ID (a reference of several kinds). */
  decode?: (ids: InputIds, item: Record<string, unknown>) => Record<string, unknown>;
  /** Who may: EDITOR (the default) or, for reference data with no home area, ADMIN. */
  access?: 'EDITOR' | 'ADMIN';
}) {
  const input = bulkInputOf(spec.mutation, spec.item, spec.noun);

  @Resolver()
  class UpsertResolver {
    @Mutation(() => BulkUpsertPayload, { name: spec.mutation, description: spec.description })
    @Access(spec.access ?? 'EDITOR')
    upsert(
      @Arg('input', () => input, { description: 'The items and how to write them.' })
      input: BulkInput & { items: Item[] },
      @Ctx() context: Context,
    ) {
      const { recordType, references } = spec;
      const bulk = { recordType, operation: spec.mutation, input };
      const services = context.services as unknown as Record<
        string,
        Upsertable<unknown> | ItemWriter
      >;
      const service = services[spec.service];
      const slugs = input.items.flatMap(({ key }) => (key?.slug ? [key.slug] : []));
      const prepare = async (tx: EntityManager) => {
        if ('findFreeSlugs' in service) await service.findFreeSlugs?.(tx, slugs);
      };
      return bulkUpsert(
        context,
        bulk,
        (item, tx) => {
          const given = item as Record<string, unknown>;
          const blank = spec.required.filter((field) => given[field] === null);
          const errors = new FieldErrors();
          for (const field of blank)
            errors.add(field, 'REQUIRED', `Give the ${field}: it cannot be empty.`);
          errors.throwIfAny();
          const keyed = decodeInputIds((ids) => ({
            ...decodedKeys(ids, item, recordType, references),
            ...spec.decode?.(ids, item as Record<string, unknown>),
          }));
          return 'upsertItem' in service
            ? service.upsertItem(context.caller, keyed, references, tx)
            : upsertKeyed(service, context.caller, keyed, references, tx);
        },
        prepare,
      );
    }
  }
  return UpsertResolver;
}
