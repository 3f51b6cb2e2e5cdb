import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OneOf } from '../../core/graphql/one-of';
import { LocalDateResolver } from 'graphql-scalars';
import { enumOf } from '../../core/graphql/enums';
import { type AreaEntity, AreaType } from '../area';
import { type StrategyEntity, StrategyType } from '../strategy';
import {
  CHECK_FINDING_KINDS,
  type CheckFindingKind,
  type RecordReference,
} from './responsibility-check.service';

export const CheckFindingKindEnum = enumOf(CHECK_FINDING_KINDS);
registerEnumType(CheckFindingKindEnum, {
  name: 'CheckFindingKind',
  description: 'What a responsibility check found.',
  valuesConfig: {
    GAP: { description: 'An objective nobody leads (no LEADS, RACI A) on the day.' },
    CONFLICT: { description: 'A subject more than one actor leads on the day.' },
    NO_MANDATE: { description: 'A responsibility without a recorded mandate.' },
    ACTOR_ENDED: { description: 'A responsibility held by an actor that is archived.' },
    SUBJECT_ENDED: {
      description:
        'A responsibility for something that has ended: a strategy (or an objective of one) with status ENDED or whose period is over, a dissolved forum.',
    },
  },
});

@ObjectType('CheckFinding', { description: 'One thing a responsibility check found.' })
export class CheckFindingType {
  @Field(() => CheckFindingKindEnum, { description: 'What kind of finding it is.' })
  kind: CheckFindingKind;

  @Field({ description: 'The finding in words, naming the records involved.' })
  message: string;

  /** The records as type and id; the resolver loads them. */
  records: RecordReference[];
}

@ObjectType('ResponsibilityCheck', {
  description:
    'What is amiss with the responsibilities of a strategy, or of everything within an area, on a day.',
})
export class ResponsibilityCheckType {
  @Field(() => LocalDateResolver, { description: 'The day checked.' })
  asOf: string;

  @Field(() => StrategyType, { nullable: true, description: 'The strategy checked, if one was.' })
  strategy: StrategyEntity | null;

  @Field(() => AreaType, { nullable: true, description: 'The area checked, if one was.' })
  area: AreaEntity | null;

  @Field(() => Int, { description: 'How many responsibilities valid on the day were checked.' })
  checked: number;

  @Field(() => [CheckFindingType], {
    description:
      'The findings by kind (GAP, CONFLICT, NO_MANDATE, ACTOR_ENDED, SUBJECT_ENDED); gaps and conflicts in objective order, the others by actor name.',
  })
  findings: CheckFindingType[];
}

@OneOf()
@InputType('ResponsibilityCheckScope', {
  description: 'What `responsibilityCheck` checks: a strategy or an area (exactly one).',
})
export class ResponsibilityCheckScope {
  @Field(() => ID, { nullable: true, description: 'This strategy and its objectives.' })
  strategy?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Everything within this area: responsibilities for it or an area within it, or for a strategy, objective or forum whose area is within it.',
  })
  area?: string | null;
}
