import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { SearchFilterInput } from '../../core/graphql/filter';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('Topic', {
  implements: Node,
  description:
    'A theme actors work on that is not (yet) an objective of a strategy, e.g. "Påverkansarbete".',
})
export class TopicType extends RecordNode {
  @Field({ description: 'The name of the theme.' })
  name: string;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the theme covers, in a few sentences.',
  })
  description: string | null;
}

export const TopicConnection = Connection(TopicType, 'Topic');

@InputType('TopicCreateInput', { description: 'A new topic.' })
export class TopicCreateInput {
  @Field({ description: 'The name of the theme.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What the theme covers.' })
  description?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('TopicUpdateInput', {
  description: 'Changes to a topic; omitted fields stay as they are.',
})
export class TopicUpdateInput {
  @Field(() => ID, { description: 'The topic to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The name of the theme.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the theme covers (null clears it).',
  })
  description?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const TopicPayload = Payload(TopicType, 'Topic', {
  description: 'The result of creating or changing a topic.',
  noun: 'topic',
});

export const TopicFilterInput = SearchFilterInput(
  'Topic',
  'topics',
  'Words of the name or description (Swedish stemming, prefixes match).',
);
export type TopicFilterInput = InstanceType<typeof TopicFilterInput>;

export const TopicOrderInput = OrderInput('Topic', 'topics', RECORD_ORDER);
export type TopicOrderInput = InstanceType<typeof TopicOrderInput>;
