import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { MutationPayload } from '../../core/graphql/payload';
import { ActorType } from '../actor';

@InputType('ActorSucceedInput', {
  description: 'An organisation reorganised into another: which, into which, from which day.',
})
export class ActorSucceedInput {
  @Field(() => ID, { description: 'The actor that ceases: it is archived on the day.' })
  predecessor: string;

  @Field(() => ID, { description: 'The actor that takes over.' })
  successor: string;

  @Field(() => LocalDateResolver, {
    description: 'The first day the successor acts instead (the predecessor no longer does).',
  })
  on: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Carry its memberships and responsibilities open on the day over to the successor, from that day (memberships without their representatives). Default false.',
  })
  carryOver?: boolean | null;
}

@ObjectType('ActorSucceedPayload', { description: 'The result of actorSucceed.' })
export class ActorSucceedPayload extends MutationPayload {
  @Field(() => ActorType, {
    nullable: true,
    description: 'The predecessor, archived and naming its successor; null when refused.',
  })
  actor: object | null;

  @Field(() => [Node], {
    nullable: true,
    description: 'What depended on the predecessor and ended on the day; null when refused.',
  })
  ended: object[] | null;

  @Field(() => [Node], {
    nullable: true,
    description:
      'The memberships and responsibilities the successor took over from the day; null when refused.',
  })
  carried: object[] | null;
}
