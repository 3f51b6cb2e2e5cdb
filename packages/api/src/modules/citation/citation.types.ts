import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Citation', {
  description:
    'Where a fact comes from: a source document and, where given, the exact passage and its section.',
})
export class CitationType {
  sourceId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The exact words of the source, as written.',
  })
  quote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The heading of the section the quote stands under.',
  })
  section: string | null;
}

@InputType('CitationInput', { description: 'A citation of a source document.' })
export class CitationInput {
  @Field(() => ID, { description: 'The cited source.' })
  source: string;

  @Field(() => String, { nullable: true, description: 'The exact words of the source.' })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'The section heading of the passage.' })
  section?: string | null;
}
