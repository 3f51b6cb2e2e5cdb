import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { MutationPayload } from '../../core/graphql/payload';
import { ActorType } from '../actor';
import { PersonType } from '../person';

@InputType('ActorMergeInput', {
  description: 'Two records of one organisation: the duplicate is merged into the survivor.',
})
export class ActorMergeInput {
  @Field(() => ID, { description: 'The actor that stays.' })
  survivor: string;

  @Field(() => ID, {
    description: 'The duplicate: retracted, its relations moved to the survivor.',
  })
  duplicate: string;
}

@InputType('PersonMergeInput', {
  description: 'Two records of one person: the duplicate is merged into the survivor.',
})
export class PersonMergeInput {
  @Field(() => ID, { description: 'The person that stays.' })
  survivor: string;

  @Field(() => ID, {
    description: 'The duplicate: retracted, its relations moved to the survivor.',
  })
  duplicate: string;
}

@ObjectType({ description: 'What every merge payload says besides the survivor.' })
export abstract class MergePayload extends MutationPayload {
  @Field(() => [Node], {
    nullable: true,
    description:
      'The records that named the duplicate and now name the survivor; null when refused.',
  })
  moved: Node[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many records, once naming the survivor, repeated one of its own and were retracted as duplicates; null when refused.',
  })
  retractedDuplicates: number | null;
}

@ObjectType('ActorMergePayload', { description: 'The result of actorMerge.' })
export class ActorMergePayload extends MergePayload {
  @Field(() => ActorType, {
    nullable: true,
    description: 'The survivor as it now is; null when refused.',
  })
  actor: object | null;
}

@ObjectType('PersonMergePayload', { description: 'The result of personMerge.' })
export class PersonMergePayload extends MergePayload {
  @Field(() => PersonType, {
    nullable: true,
    description: 'The survivor as it now is; null when refused.',
  })
  person: object | null;
}
