import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ForumEntity, ForumType } from '../forum';
import { ReviewType } from './review.types';

@Resolver(() => ForumType)
export class ForumReviewsResolver {
  @FieldResolver(() => [ReviewType], {
    description: 'The reviews of this forum, by date (undated last), then title.',
  })
  reviews(@Root() forum: ForumEntity, @Ctx() { loaders }: Context) {
    return loaders.reviewsOfForum.load(forum.id);
  }
}
