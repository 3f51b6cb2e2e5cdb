import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { InvalidArgument } from '../errors';
import { fromGlobalId } from '../relay/global-id';
import { RECORD_CHANGED, type RecordChangeEvent } from '../pubsub/live-events';
import type { Context } from '../context';
import { Access, PUBLIC } from './access';
import {
  Change,
  changeFields,
  deliveryLoaders,
  filterLoaders,
  type ChangeFilterData,
} from './change';
import { isRecordType, loadNode, Node } from './node';

@ObjectType('RecordChange', {
  description: 'A change to one record: created, changed, archived or ended.',
})
export class RecordChangeType extends Change {
  @Field(() => Node, { nullable: true, description: 'The record as it is now, after the change.' })
  node: object | null;
}

/** The record a global ID names; anything else is a BAD_USER_INPUT error. */
function watched(id: string): { type: string; id: string } {
  const decoded = fromGlobalId(id);
  if (!decoded || !isRecordType(decoded.type)) {
    throw new InvalidArgument('id', '"id" must be the global ID of a record.');
  }
  return decoded;
}

@Resolver()
export class RecordChangeResolver {
  @Subscription(() => RecordChangeType, {
    description:
      'Every change to one record (any audited type), told once it is committed. Public data: ' +
      'anyone may subscribe.',
    topics: ({ args }) => {
      watched(args.id);
      return RECORD_CHANGED;
    },
    filter: async ({ payload, args, context }: ChangeFilterData<{ id: string }>) => {
      const record = watched(args.id);
      if (payload.recordType !== record.type || payload.recordId !== record.id) return false;
      // A record the subscriber may not read (not public yet) has no changes for them; one taken
      // back is gone for everyone and is told.
      if (payload.operation === 'RETRACT') return true;
      const loaders = filterLoaders(context, payload);
      return (await loadNode({ loaders, viewer: context.viewer }, record.type, record.id)) !== null;
    },
  })
  @Access(PUBLIC)
  async recordChanged(
    @Root() event: RecordChangeEvent,
    @Arg('id', () => ID, { description: 'The global ID of the record to watch.' }) _id: string,
    @Ctx() context: Context,
  ): Promise<RecordChangeType> {
    deliveryLoaders(context, event);
    const node = await loadNode(context, event.recordType, event.recordId);
    return { ...changeFields(event), node: node ?? null };
  }
}
