import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import type { ReviewShiftEntity } from './review-shift.entity';
import {
  ReviewShiftCreateInput,
  ReviewShiftPayload,
  ReviewShiftType,
  ReviewShiftUpdateInput,
} from './review-shift.types';
import { ReviewType } from './review.types';

@Resolver(() => ReviewShiftType)
export class ReviewShiftResolver extends RecordResolver(
  ReviewShiftType,
  'ReviewShift',
  'reviewShiftCitations',
) {
  @Mutation(() => ReviewShiftPayload, { description: 'Records a shift a review calls for.' })
  @Access('EDITOR')
  reviewShiftCreate(
    @Arg('input', { description: 'The new shift.' }) input: ReviewShiftCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('reviewShift', async () => {
      const references = decodeInputIds((ids) => ({
        reviewId: ids.one(input.review, 'Review', 'review') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      const { review: _r, sources: _s, ...fields } = input;
      return services.reviewShift.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => ReviewShiftPayload, {
    description: 'Changes a shift (not its review); pass the version you read.',
  })
  @Access('EDITOR')
  reviewShiftUpdate(
    @Arg('input', { description: 'The changes.' }) input: ReviewShiftUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('reviewShift', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'ReviewShift', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.reviewShift.update(caller, { ...input, ...references });
    });
  }

  @FieldResolver(() => ReviewType, { description: 'The review that calls for it.' })
  review(@Root() shift: ReviewShiftEntity, @Ctx() { loaders }: Context) {
    return loaders.reviewById.load(shift.reviewId);
  }
}
