import { Field, GraphQLISODateTime, ObjectType, type SubscriptionHandlerData } from 'type-graphql';
import type { AuditOperation } from '../audit/audit-event.entity';
import { RECORD_CHANGED, type RecordChangeEvent } from '../pubsub/live-events';
import { kept } from '../kept';
import { argumentId } from '../relay/global-id';
import type { Context } from '../context';
import { AuditOperationEnum } from './audit-event.type';

/** What every change a subscription delivers says: what happened, and when. */
@ObjectType()
export abstract class Change {
  @Field(() => AuditOperationEnum, { description: 'What the change did.' })
  operation: AuditOperation;

  @Field(() => GraphQLISODateTime, { description: 'When it was made, as the audit log has it.' })
  occurredAt: Date;
}

export function changeFields(event: RecordChangeEvent): Change {
  return { operation: event.operation, occurredAt: new Date(event.occurredAt) };
}

/** What a subscription's `filter` is given: the event, the arguments and the context. */
export type ChangeFilterData<A, L = unknown> = SubscriptionHandlerData<
  RecordChangeEvent,
  A,
  Context<unknown, L>
>;

/**
 * The loaders each event is read with, shared by every subscription the event reaches whose
 * requests read through the same role (the public one or the API's, see `createServices`): one
 * event costs the same statements whether 1 or 10,000 clients watch (DataLoader batches and
 * caches across them). Loaders of one role see records as they are, whoever asks, so sharing
 * them between viewers shares no more than each may read. Held only while the event is (a
 * WeakMap on the payload, which the pub/sub hands every listener as the same object).
 */
const eventLoaders = new WeakMap<RecordChangeEvent, Map<() => unknown, unknown>>();

function loadersOf<L>(context: Context<unknown, L>, event: RecordChangeEvent): L {
  const byRole = kept(eventLoaders, event, () => new Map<() => unknown, unknown>());
  return kept(byRole, context.newLoaders, context.newLoaders) as L;
}

/**
 * The DataLoaders to read a delivered event with. A subscription's context lives as long as the
 * subscription, so each event is read like a new request: the event's loaders, records as they
 * are now. They replace the context's, so the change's own field resolvers read through them too.
 */
export function deliveryLoaders<L>(context: Context<unknown, L>, event: RecordChangeEvent): L {
  context.loaders = loadersOf(context, event);
  return context.loaders;
}

/**
 * Loaders for a subscription's `filter`, which decides on each event before it is delivered
 * (possibly while the previous one is still being read): the event's own, never another's.
 */
export function filterLoaders<L>(context: Context<unknown, L>, event: RecordChangeEvent): L {
  return loadersOf(context, event);
}

/** The loaders every request has that a subscription's filter needs for retractions. */
type RetractedLoaders = {
  retractedById: { load(id: string): Promise<Record<string, unknown> | null> };
};

/**
 * The record a change was made to, as it is after the change (`load`), or for a retraction, as it
 * was when taken back (the record itself is gone): what a subscription's filter matches.
 */
export async function changedRecord<L extends RetractedLoaders, R extends object>(
  loaders: L,
  event: RecordChangeEvent,
  load: (loaders: L, id: string) => Promise<R | null>,
): Promise<R | null> {
  const record = await load(loaders, event.recordId);
  if (record || event.operation !== 'RETRACT') return record;
  return (await loaders.retractedById.load(event.recordId)) as R | null;
}

/**
 * `topics` and `filter` of a subscription to the records of one type that belong to one parent,
 * named by an argument (a forum's memberships, an indicator's values): the argument is checked on
 * subscribing, and each change is matched by its record as it is after the change (a retracted
 * one as it was when taken back): its `parentProperty`.
 */
export function changesWithin<
  A extends Record<string, string>,
  L extends RetractedLoaders,
>(options: {
  recordType: string;
  argument: keyof A & string;
  parentType: string;
  load: (loaders: L, recordId: string) => Promise<object | null>;
  parentProperty: string;
}) {
  const { recordType, argument, parentType, load, parentProperty } = options;
  const parentId = (args: A) => argumentId(args[argument], parentType, argument);
  return {
    topics: ({ args }: { args: A }) => {
      parentId(args);
      return RECORD_CHANGED;
    },
    filter: async ({ payload, args, context }: ChangeFilterData<A, L>) => {
      if (payload.recordType !== recordType) return false;
      const record = await changedRecord(filterLoaders(context, payload), payload, load);
      return (record as Record<string, unknown> | null)?.[parentProperty] === parentId(args);
    },
  };
}
