import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { ReviewPartCreateInput, ReviewPartUpdateInput } from './review-part.types';

@ObjectType('OpenQuestion', {
  implements: Node,
  description:
    'A question a review leaves open, e.g. "Beredningsfrågan"; actions and agenda items follow it up.',
})
export class OpenQuestionType extends RecordNode {
  @Field(() => Int, { description: 'Its place among the review’s open questions, from 1.' })
  position: number;

  @Field({ description: 'The question, in a few words, e.g. "Beredningsfrågan".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  text: string | null;

  @Field(() => [String], { description: 'Its bullet points, in order.' })
  points: string[];
}

@InputType('OpenQuestionCreateInput', { description: 'A new open question of a review.' })
export class OpenQuestionCreateInput extends ReviewPartCreateInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s open questions, from 1. Default: last.',
  })
  position?: number | null;

  @Field({ description: 'The question, in a few words.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its bullet points, in order; each non-blank.',
  })
  points?: string[] | null;
}

@InputType('OpenQuestionUpdateInput', {
  description: 'Changes to an open question (never its review); omitted fields stay as they are.',
})
export class OpenQuestionUpdateInput extends ReviewPartUpdateInput {
  @Field(() => ID, { description: 'The open question to change.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place among the review’s open questions, from 1 (null: last).',
  })
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'The question, in a few words.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'More about it (null clears it).' })
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its bullet points (replaces the list; null clears it).',
  })
  points?: string[] | null;
}

export const OpenQuestionPayload = Payload(OpenQuestionType, 'OpenQuestion', {
  description: 'The result of creating or changing an open question.',
  noun: 'open question',
});
