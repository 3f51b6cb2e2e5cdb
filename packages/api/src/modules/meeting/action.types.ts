import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import { ACTION_STATUSES, type ActionStatus } from './action.entity';

export const ActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'Where an action stands.',
  valuesConfig: {
    OPEN: { description: 'Agreed, not yet started.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    DONE: { description: 'Carried out.' },
    CANCELLED: { description: 'Dropped; it will not be carried out.' },
  },
});

@ObjectType('Action', {
  implements: Node,
  description:
    'Something an actor (and maybe one of its people) has undertaken to do, often agreed at a meeting.',
})
export class ActionType extends RecordNode {
  @Field({ description: 'What is to be done, in a line.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  description: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is due.' })
  due: string | null;

  @Field(() => ActionStatusEnum, { description: 'Where it stands.' })
  status: ActionStatus;
}

@InputType('ActionCreateInput', { description: 'A new action.' })
export class ActionCreateInput {
  @Field({ description: 'What is to be done.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  description?: string | null;

  @Field(() => ID, { description: 'The actor that owns it.' })
  owner: string;

  @Field(() => ID, { nullable: true, description: 'The person who carries it out, if named.' })
  person?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is due.' })
  due?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true, description: 'Where it stands. Default: OPEN.' })
  status?: ActionStatus | null;

  @Field(() => ID, { nullable: true, description: 'The meeting that agreed on it.' })
  meeting?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The open question of a review it follows up.',
  })
  openQuestion?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('ActionUpdateInput', {
  description:
    'Changes to an action; omitted fields stay as they are. Its status changes with actionSetStatus.',
})
export class ActionUpdateInput {
  @Field(() => ID, { description: 'The action to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What is to be done.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'More about it (null clears it).' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that owns it.' })
  owner?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person who carries it out (null clears it).',
  })
  person?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it is due (null clears it).',
  })
  due?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The meeting that agreed on it (null clears it).',
  })
  meeting?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The open question of a review it follows up (null clears it).',
  })
  openQuestion?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

@InputType('ActionSetStatusInput', { description: 'A new status for an action.' })
export class ActionSetStatusInput {
  @Field(() => ID, { description: 'The action.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => ActionStatusEnum, { description: 'Where it now stands.' })
  status: ActionStatus;
}

export const ActionPayload = Payload(ActionType, 'Action', {
  description: 'The result of creating or changing an action.',
  noun: 'action',
});
