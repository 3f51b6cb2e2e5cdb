import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import type { ReviewFindingEntity } from './review-finding.entity';
import {
  ReviewFindingCreateInput,
  ReviewFindingPayload,
  ReviewFindingType,
  ReviewFindingUpdateInput,
} from './review-finding.types';
import { ReviewType } from './review.types';

@Resolver(() => ReviewFindingType)
export class ReviewFindingResolver extends RecordResolver(
  ReviewFindingType,
  'ReviewFinding',
  'reviewFindingCitations',
) {
  @Mutation(() => ReviewFindingPayload, { description: 'Records a finding of a review.' })
  @Access('EDITOR')
  reviewFindingCreate(
    @Arg('input', { description: 'The new finding.' }) input: ReviewFindingCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('reviewFinding', async () => {
      const references = decodeInputIds((ids) => ({
        reviewId: ids.one(input.review, 'Review', 'review') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      const { review: _r, sources: _s, ...fields } = input;
      return services.reviewFinding.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => ReviewFindingPayload, {
    description: 'Changes a finding (not its review); pass the version you read.',
  })
  @Access('EDITOR')
  reviewFindingUpdate(
    @Arg('input', { description: 'The changes.' }) input: ReviewFindingUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('reviewFinding', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'ReviewFinding', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.reviewFinding.update(caller, { ...input, ...references });
    });
  }

  @FieldResolver(() => ReviewType, { description: 'The review that found it.' })
  review(@Root() finding: ReviewFindingEntity, @Ctx() { loaders }: Context) {
    return loaders.reviewById.load(finding.reviewId);
  }
}
