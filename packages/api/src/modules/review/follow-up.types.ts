import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../core/graphql/enums';
import { OneOf } from '../../core/graphql/one-of';
import { ActionType } from '../meeting';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up.service';
import { OpenQuestionType } from './open-question.types';

export const FollowUpStatusEnum = enumOf(FOLLOW_UP_STATUSES);
registerEnumType(FollowUpStatusEnum, {
  name: 'FollowUpStatus',
  description: 'How far the follow-up of an open question has come, from its actions.',
  valuesConfig: {
    NO_ACTION: { description: 'No action follows it up yet.' },
    OPEN: { description: 'Some action is still open or in progress.' },
    DONE: { description: 'Every action is done or cancelled, and at least one was done.' },
    CANCELLED: { description: 'Every action was cancelled.' },
  },
});

@ObjectType('ReviewFollowUp', {
  description: 'An open question of a review, the actions that follow it up and how far they are.',
})
export class ReviewFollowUpType {
  @Field(() => OpenQuestionType, { description: 'The open question.' })
  openQuestion: OpenQuestionType;

  @Field(() => [ActionType], {
    description: 'The actions that follow it up, by due date (none last), then title.',
  })
  actions: ActionType[];

  @Field(() => FollowUpStatusEnum, { description: 'How far the follow-up has come.' })
  status: FollowUpStatus;
}

@OneOf()
@InputType('FollowUpScheduleInput', {
  description:
    'An open question of a review or an action (exactly one) to put on the agenda of its forum’s next meeting.',
})
export class FollowUpScheduleInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The open question; its review’s forum meets next.',
  })
  openQuestion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The action; the forum of the meeting that agreed on it, or else of the review whose open question it follows up, meets next.',
  })
  action?: string | null;
}
