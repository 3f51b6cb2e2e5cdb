import { Resolver } from 'type-graphql';
import {
  ReviewFindingCreateInput,
  ReviewFindingPayload,
  ReviewFindingType,
  ReviewFindingUpdateInput,
} from './review-finding.types';
import { ReviewPartResolver } from './review-part.resolver';
import { reviewFindingCitations } from './review-finding.service';

@Resolver(() => ReviewFindingType)
export class ReviewFindingResolver extends ReviewPartResolver({
  type: ReviewFindingType,
  name: 'ReviewFinding',
  payload: ReviewFindingPayload,
  createInput: ReviewFindingCreateInput,
  updateInput: ReviewFindingUpdateInput,
  service: (services) => services.reviewFinding,
  citations: reviewFindingCitations,
  descriptions: {
    create: 'Records a finding of a review.',
    createInput: 'The new finding.',
    update: 'Changes a finding (not its review); pass the version you read.',
    review: 'The review that found it.',
  },
}) {}
