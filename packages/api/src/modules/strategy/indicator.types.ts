import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from './indicator.entity';

export const IndicatorDirectionEnum = enumOf(INDICATOR_DIRECTIONS);
registerEnumType(IndicatorDirectionEnum, {
  name: 'IndicatorDirection',
  description: 'Which way an indicator should move for its objective to be met.',
  valuesConfig: {
    INCREASE: { description: 'Higher is better.' },
    DECREASE: { description: 'Lower is better.' },
    MAINTAIN: { description: 'It should stay at its level.' },
  },
});

@ObjectType('Indicator', {
  implements: Node,
  description: 'A measurable figure that follows up an objective, with a baseline and a target.',
})
export class IndicatorType extends RecordNode {
  @Field({ description: 'What is measured, e.g. "Andel invånare med tillgång till bredband".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The unit, e.g. "procent" or "antal".' })
  unit: string | null;

  @Field(() => Float, { nullable: true, description: 'The value it started from.' })
  baseline: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date of the baseline value.',
  })
  baselineDate: string | null;

  @Field(() => Float, { nullable: true, description: 'The value the strategy aims for.' })
  target: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the target should be reached.',
  })
  targetDate: string | null;

  @Field(() => IndicatorDirectionEnum, { description: 'Which way it should move.' })
  direction: IndicatorDirection;
}

@InputType('IndicatorCreateInput', { description: 'A new indicator of an objective.' })
export class IndicatorCreateInput {
  @Field(() => ID, { description: 'The objective it follows up.' })
  objective: string;

  @Field({ description: 'What is measured.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The unit, e.g. "procent" or "antal".' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value it started from.' })
  baseline?: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date of the baseline value.',
  })
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value aimed for.' })
  target?: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the target should be reached.',
  })
  targetDate?: string | null;

  @Field(() => IndicatorDirectionEnum, { description: 'Which way it should move.' })
  direction: IndicatorDirection;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('IndicatorUpdateInput', {
  description: 'Changes to an indicator (never its objective); omitted fields stay as they are.',
})
export class IndicatorUpdateInput {
  @Field(() => ID, { description: 'The indicator to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What is measured.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit (null clears it).' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'The baseline value (null clears it).' })
  baseline?: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date of the baseline value (null clears it).',
  })
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value aimed for (null clears it).' })
  target?: number | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the target should be reached (null clears it).',
  })
  targetDate?: string | null;

  @Field(() => IndicatorDirectionEnum, { nullable: true, description: 'Which way it should move.' })
  direction?: IndicatorDirection | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const IndicatorPayload = Payload(IndicatorType, 'Indicator', {
  description: 'The result of creating or changing an indicator.',
  noun: 'indicator',
});
