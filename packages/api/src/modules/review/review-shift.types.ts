import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { ReviewPartCreateInput, ReviewPartUpdateInput } from './review-part.types';

@ObjectType('ReviewShift', {
  implements: Node,
  description:
    'A change a review calls for: from X to Y, e.g. from "detaljfokus" to "helhet och strategi".',
})
export class ReviewShiftType extends RecordNode {
  @Field(() => Int, { description: 'Its place among the review’s shifts, from 1.' })
  position: number;

  @Field({ description: 'Where the forum stands, e.g. "detaljfokus".' })
  from: string;

  @Field({ description: 'Where it should go, e.g. "helhet och strategi".' })
  to: string;
}

@InputType('ReviewShiftCreateInput', { description: 'A new shift a review calls for.' })
export class ReviewShiftCreateInput extends ReviewPartCreateInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s shifts, from 1. Default: last.',
  })
  position?: number | null;

  @Field({ description: 'Where the forum stands, e.g. "detaljfokus".' })
  from: string;

  @Field({ description: 'Where it should go, e.g. "helhet och strategi".' })
  to: string;
}

@InputType('ReviewShiftUpdateInput', {
  description: 'Changes to a shift (never its review); omitted fields stay as they are.',
})
export class ReviewShiftUpdateInput extends ReviewPartUpdateInput {
  @Field(() => ID, { description: 'The shift to change.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s shifts, from 1 (null: last).',
  })
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the forum stands.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it should go.' })
  to?: string | null;
}

export const ReviewShiftPayload = Payload(ReviewShiftType, 'ReviewShift', {
  description: 'The result of creating or changing a shift of a review.',
  noun: 'shift',
});
