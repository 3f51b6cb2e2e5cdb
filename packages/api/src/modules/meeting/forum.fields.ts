import { Arg, Ctx, FieldResolver, GraphQLISODateTime, Resolver, Root } from 'type-graphql';
import { InvalidArgument } from '../../core/errors';
import type { Context } from '../../context';
import { type ForumEntity, ForumType } from '../forum';
import { MeetingType } from './meeting.types';

@Resolver(() => ForumType)
export class ForumMeetingsResolver {
  @FieldResolver(() => [MeetingType], {
    description: 'Its meetings starting in [from, to), by start.',
  })
  meetings(
    @Root() forum: ForumEntity,
    @Arg('from', () => GraphQLISODateTime, {
      nullable: true,
      description: 'Only meetings starting at or after this instant.',
    })
    from: Date | null,
    @Arg('to', () => GraphQLISODateTime, {
      nullable: true,
      description: 'Only meetings starting before this instant.',
    })
    to: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    if (from && to && to <= from) throw new InvalidArgument('to', '"to" must be after "from".');
    return loaders.meetingsOfForum({ from: from ?? null, to: to ?? null }).load(forum.id);
  }
}
