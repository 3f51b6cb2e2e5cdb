import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('Objective', {
  implements: Node,
  description: 'An objective of a strategy, possibly a sub-objective of another one.',
})
export class ObjectiveType extends RecordNode {
  @Field({ description: 'Its number in the strategy, e.g. "2.1".' })
  code: string;

  @Field({ description: 'The objective, as the strategy words it.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the objective means, in more words.' })
  description: string | null;

  @Field(() => Int, { description: 'Its order among its siblings (smallest first).' })
  position: number;
}

@InputType('ObjectiveCreateInput', { description: 'A new objective of a strategy.' })
export class ObjectiveCreateInput {
  @Field(() => ID, { description: 'The strategy it belongs to.' })
  strategy: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The objective (of the same strategy) it is part of.',
  })
  parent?: string | null;

  @Field({ description: 'Its number in the strategy, e.g. "2.1"; unique in the strategy.' })
  code: string;

  @Field({ description: 'The objective, as the strategy words it.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the objective means.' })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its order among its siblings; after the last one when left out.',
  })
  position?: number | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('ObjectiveUpdateInput', {
  description: 'Changes to an objective (never its strategy); omitted fields stay as they are.',
})
export class ObjectiveUpdateInput {
  @Field(() => ID, { description: 'The objective to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The objective it is part of (null makes it a top-level objective).',
  })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: 'Its number in the strategy.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'The objective, as the strategy words it.' })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the objective means (null clears it).',
  })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Its order among its siblings; null puts it after the last one (also under a new parent).',
  })
  position?: number | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

@InputType('ObjectivesReorderInput', {
  description: 'A new order for all the objectives at one level of a strategy.',
})
export class ObjectivesReorderInput {
  @Field(() => ID, { description: 'The strategy whose objectives to reorder.' })
  strategy: string;

  @Field(() => Int, {
    description: 'The version of the strategy you read; a stale one changes nothing.',
  })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The objective whose sub-objectives to reorder; null: the top-level objectives.',
  })
  parent?: string | null;

  @Field(() => [ID], {
    description: 'Every objective at that level, each exactly once, in the new order.',
  })
  objectives: string[];
}

export const ObjectivePayload = Payload(ObjectiveType, 'Objective', {
  description: 'The result of creating or changing an objective.',
  noun: 'objective',
});
