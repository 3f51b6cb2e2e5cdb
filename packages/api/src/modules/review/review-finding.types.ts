import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { ReviewPartCreateInput, ReviewPartUpdateInput } from './review-part.types';

@ObjectType('ReviewFinding', {
  implements: Node,
  description: 'Something a review found: a title, a text and bullet points, in its order.',
})
export class ReviewFindingType extends RecordNode {
  @Field(() => Int, { description: 'Its place among the review’s findings, from 1.' })
  position: number;

  @Field({ description: 'What was found, in a line.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  text: string | null;

  @Field(() => [String], { description: 'Its bullet points, in order.' })
  points: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A category, as the review groups its findings, e.g. "Styrkor".',
  })
  category: string | null;
}

@InputType('ReviewFindingCreateInput', { description: 'A new finding of a review.' })
export class ReviewFindingCreateInput extends ReviewPartCreateInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s findings, from 1. Default: last.',
  })
  position?: number | null;

  @Field({ description: 'What was found, in a line.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its bullet points, in order; each non-blank.',
  })
  points?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A category, as the review groups them.' })
  category?: string | null;
}

@InputType('ReviewFindingUpdateInput', {
  description: 'Changes to a finding (never its review); omitted fields stay as they are.',
})
export class ReviewFindingUpdateInput extends ReviewPartUpdateInput {
  @Field(() => ID, { description: 'The finding to change.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s findings, from 1 (null: last).',
  })
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'What was found.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'More about it (null clears it).' })
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its bullet points (replaces the list; null clears it).',
  })
  points?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A category (null clears it).' })
  category?: string | null;
}

export const ReviewFindingPayload = Payload(ReviewFindingType, 'ReviewFinding', {
  description: 'The result of creating or changing a finding of a review.',
  noun: 'finding',
});
