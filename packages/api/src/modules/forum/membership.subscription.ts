import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import {
  Change,
  changeFields,
  deliveryLoaders,
  filterLoaders,
  type ChangeFilterData,
} from '../../core/graphql/change';
import { RECORD_CHANGED, type RecordChangeEvent } from '../../core/pubsub/live-events';
import { argumentId } from '../../core/relay/global-id';
import type { Context } from '../../core/context';
import type { ForumMembershipEntity } from './membership.entity';
import { ForumMembershipType } from './membership.types';

@ObjectType('ForumMembershipChange', {
  description: "A forum's membership was recorded, changed or ended.",
})
export class ForumMembershipChangeType extends Change {
  @Field(() => ForumMembershipType, {
    nullable: true,
    description: 'The membership as it is now, after the change.',
  })
  membership: ForumMembershipEntity | null;
}

type Args = { forum: string };

@Resolver()
export class ForumMembershipSubscriptionResolver {
  @Subscription(() => ForumMembershipChangeType, {
    description:
      "Changes to a forum's memberships (members joining, changing, leaving), told once " +
      'committed. Public data: anyone may subscribe.',
    topics: ({ args }) => {
      argumentId((args as Args).forum, 'Forum', 'forum');
      return RECORD_CHANGED;
    },
    filter: async ({ payload, args, context }: ChangeFilterData<Args>) => {
      if (payload.recordType !== 'ForumMembership') return false;
      const forumId = argumentId(args.forum, 'Forum', 'forum');
      const membership = await filterLoaders(context).forumMembershipById.load(payload.recordId);
      return membership?.forumId === forumId;
    },
  })
  @Access(PUBLIC)
  async forumMembershipChanged(
    @Root() event: RecordChangeEvent,
    @Arg('forum', () => ID, { description: 'The forum whose memberships to watch.' })
    _forum: string,
    @Ctx() context: Context,
  ): Promise<ForumMembershipChangeType> {
    const loaders = deliveryLoaders(context);
    return {
      ...changeFields(event),
      membership: await loaders.forumMembershipById.load(event.recordId),
    };
  }
}
