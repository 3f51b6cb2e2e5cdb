import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { Change, changeFields, changesWithin, deliveryLoaders } from '../../core/graphql/change';
import type { RecordChangeEvent } from '../../core/pubsub/live-events';
import type { Context } from '../../context';
import type { Loaders } from '../../services';
import type { ForumMembershipEntity } from './membership.entity';
import { ForumMembershipType } from './membership.types';

@ObjectType('ForumMembershipChange', {
  description: "A forum's membership was recorded, changed, ended or retracted.",
})
export class ForumMembershipChangeType extends Change {
  @Field(() => ForumMembershipType, {
    nullable: true,
    description: 'The membership as it is now, after the change; null once retracted.',
  })
  membership: ForumMembershipEntity | null;
}

type Args = { forum: string };

@Resolver()
export class ForumMembershipSubscriptionResolver {
  @Subscription(() => ForumMembershipChangeType, {
    description:
      "Changes to a forum's memberships (members joining, changing, leaving, retracted), told once " +
      'committed. Public data: anyone may subscribe.',
    ...changesWithin<Args, Loaders>({
      recordType: 'ForumMembership',
      argument: 'forum',
      parentType: 'Forum',
      load: (loaders, id) => loaders.forumMembershipById.load(id),
      parentProperty: 'forumId',
    }),
  })
  @Access(PUBLIC)
  async forumMembershipChanged(
    @Root() event: RecordChangeEvent,
    @Arg('forum', () => ID, { description: 'The forum whose memberships to watch.' })
    _forum: string,
    @Ctx() context: Context,
  ): Promise<ForumMembershipChangeType> {
    const loaders = deliveryLoaders(context, event);
    return {
      ...changeFields(event),
      membership: await loaders.forumMembershipById.load(event.recordId),
    };
  }
}
