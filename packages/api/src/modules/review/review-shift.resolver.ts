import { Resolver } from 'type-graphql';
import { ReviewPartResolver } from './review-part.resolver';
import {
  ReviewShiftCreateInput,
  ReviewShiftPayload,
  ReviewShiftType,
  ReviewShiftUpdateInput,
} from './review-shift.types';
import { reviewShiftCitations } from './review-shift.service';

@Resolver(() => ReviewShiftType)
export class ReviewShiftResolver extends ReviewPartResolver({
  type: ReviewShiftType,
  name: 'ReviewShift',
  payload: ReviewShiftPayload,
  createInput: ReviewShiftCreateInput,
  updateInput: ReviewShiftUpdateInput,
  service: (services) => services.reviewShift,
  citations: reviewShiftCitations,
  descriptions: {
    create: 'Records a shift a review calls for.',
    createInput: 'The new shift.',
    update: 'Changes a shift (not its review); pass the version you read.',
    review: 'The review that calls for it.',
  },
}) {}
