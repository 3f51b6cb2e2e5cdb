import { Field, ID, InputType, Int } from 'type-graphql';
import { CitationInput } from '../citation';

/** What the create input of every part of a review (finding, shift, open question) takes. */
@InputType()
export abstract class ReviewPartCreateInput {
  @Field(() => ID, { description: 'The review; it cannot change later.' })
  review: string;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

/** What the update input of every part of a review takes besides the part's id. */
@InputType()
export abstract class ReviewPartUpdateInput {
  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}
