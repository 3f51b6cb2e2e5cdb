import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, nodeTypeOf, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';
import { ForumType } from '../forum';
import { ObjectiveType, StrategyType } from '../strategy';
import { TopicType } from '../topic';

export const DecisionSubject = createUnionType({
  name: 'DecisionSubject',
  description: 'What a decision is about.',
  types: () => [StrategyType, ObjectiveType, ForumType, TopicType] as const,
  resolveType: (value: object) => nodeTypeOf(value),
});

@ObjectType('Decision', {
  implements: Node,
  description:
    'A decision, at a meeting or elsewhere, optionally about a strategy, objective, forum or topic.',
})
export class DecisionType extends RecordNode {
  @Field({ description: 'What was decided, as the minutes word it.' })
  text: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it was decided.' })
  date: string | null;
}

@InputType('DecisionCreateInput', { description: 'A new decision.' })
export class DecisionCreateInput {
  @Field({ description: 'What was decided.' })
  text: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it was decided.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting that decided it.' })
  meeting?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'What it is about: the ID of a Strategy, Objective, Forum or Topic.',
  })
  subject?: string | null;

  @Field(() => ID, { nullable: true, description: 'The review it answers.' })
  review?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('DecisionUpdateInput', {
  description: 'Changes to a decision; omitted fields stay as they are.',
})
export class DecisionUpdateInput {
  @Field(() => ID, { description: 'The decision to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What was decided.' })
  text?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it was decided (null clears it).',
  })
  date?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The meeting that decided it (null clears it).',
  })
  meeting?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'What it is about: a Strategy, Objective, Forum or Topic (null clears it).',
  })
  subject?: string | null;

  @Field(() => ID, { nullable: true, description: 'The review it answers (null clears it).' })
  review?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const DecisionPayload = Payload(DecisionType, 'Decision', {
  description: 'The result of creating or changing a decision.',
  noun: 'decision',
});
