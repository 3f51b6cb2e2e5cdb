import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';

@ObjectType('CollaborationLevel', {
  implements: Node,
  description: 'One level (step) of a collaboration scale, as people entered it.',
})
export class CollaborationLevelType extends RecordNode {
  @Field({ description: 'The name of the level.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'What collaboration at this level looks like.',
  })
  description: string | null;

  @Field(() => Int, {
    description: 'Its place on the scale: 1 is the first step; unique in the scale.',
  })
  rank: number;
}

@InputType('CollaborationLevelCreateInput', {
  description: 'A new level of a collaboration scale.',
})
export class CollaborationLevelCreateInput {
  @Field(() => ID, { description: 'The scale it belongs to; it cannot change later.' })
  scale: string;

  @Field({ description: 'The name of the level.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'What collaboration at this level looks like.',
  })
  description?: string | null;

  @Field(() => Int, {
    description: 'Its place on the scale, from 1 (the first step); unique in the scale.',
  })
  rank: number;
}

@InputType('CollaborationLevelUpdateInput', {
  description: 'Changes to a level (never its scale); omitted fields stay as they are.',
})
export class CollaborationLevelUpdateInput {
  @Field(() => ID, { description: 'The level to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The name of the level.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What collaboration at this level looks like (null clears it).',
  })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place on the scale, from 1; unique in the scale.',
  })
  rank?: number | null;
}

export const CollaborationLevelPayload = Payload(CollaborationLevelType, 'CollaborationLevel', {
  description: 'The result of creating or changing a level of a collaboration scale.',
  noun: 'level',
});
