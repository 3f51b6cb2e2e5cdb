import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';

@ObjectType('Measurement', {
  implements: Node,
  description: 'The value of an indicator on a date: one point of its time series.',
})
export class MeasurementType extends RecordNode {
  @Field(() => LocalDateResolver, { description: 'The date the value holds for.' })
  date: string;

  @Field(() => Float, { description: 'The value, in the unit of the indicator.' })
  value: number;

  @Field(() => String, { nullable: true, description: 'A remark on the value.' })
  note: string | null;
}

@InputType('MeasurementCreateInput', { description: 'A new value of an indicator.' })
export class MeasurementCreateInput {
  @Field(() => ID, { description: 'The indicator measured.' })
  indicator: string;

  @Field(() => LocalDateResolver, {
    description: 'The date the value holds for; one value per indicator and date.',
  })
  date: string;

  @Field(() => Float, { description: 'The value, in the unit of the indicator.' })
  value: number;

  @Field(() => ID, { nullable: true, description: 'The document the figure comes from.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A remark on the value.' })
  note?: string | null;
}

@InputType('MeasurementUpdateInput', {
  description: 'Changes to a measurement (never its indicator); omitted fields stay as they are.',
})
export class MeasurementUpdateInput {
  @Field(() => ID, { description: 'The measurement to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the value holds for.' })
  date?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value.' })
  value?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The document the figure comes from (null clears it).',
  })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A remark on the value (null clears it).' })
  note?: string | null;
}

export const MeasurementPayload = Payload(MeasurementType, 'Measurement', {
  description: 'The result of creating or changing a measurement.',
  noun: 'measurement',
});
