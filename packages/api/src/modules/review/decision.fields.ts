import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type DecisionEntity, DecisionType } from '../meeting';
import { ReviewType } from './review.types';

@Resolver(() => DecisionType)
export class DecisionReviewResolver {
  @FieldResolver(() => ReviewType, {
    nullable: true,
    description: 'The review it answers, if any.',
  })
  review(@Root() decision: DecisionEntity, @Ctx() { loaders }: Context) {
    return decision.reviewId ? loaders.reviewById.load(decision.reviewId) : null;
  }
}
