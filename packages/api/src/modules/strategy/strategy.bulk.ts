import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';
import type { IndicatorDirection } from './indicator.entity';
import { IndicatorDirectionEnum } from './indicator.types';
import type { StrategyKind, StrategyStatus } from './strategy.entity';
import { StrategyKindEnum, StrategyStatusEnum } from './strategy.types';

@InputType('MeasurementUpsertItem', {
  description: "A value of an indicator, found by its date (one a date); it replaces that date's.",
})
export class MeasurementUpsertItem {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the value holds for.' })
  date?: string;

  @Field(() => Float, { nullable: true, description: 'The value, in the unit of the indicator.' })
  value?: number;

  @Field(() => String, { nullable: true, description: 'A remark on the value (null clears).' })
  note?: string | null;
}

@InputType('IndicatorUpsertItem', {
  description: 'An indicator of an objective, found by its name under the objective.',
})
export class IndicatorUpsertItem {
  @Field(() => String, { nullable: true, description: 'What is measured; finds the indicator.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'The unit, e.g. "procent".' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value it started from.' })
  baseline?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the baseline held.' })
  baselineDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value aimed for.' })
  target?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the target is due.' })
  targetDate?: string | null;

  @Field(() => IndicatorDirectionEnum, { nullable: true, description: 'Which way it should move.' })
  direction?: IndicatorDirection;

  @Field(() => [MeasurementUpsertItem], {
    nullable: true,
    description: 'Its values; dates left out stay as they are.',
  })
  measurements?: MeasurementUpsertItem[] | null;
}

@InputType('ObjectiveUpsertItem', {
  description: 'An objective of the strategy, found by its code in the strategy.',
})
export class ObjectiveUpsertItem {
  @Field(() => String, {
    nullable: true,
    description: 'Its code in the strategy, e.g. "1.2"; finds the objective.',
  })
  code?: string;

  @Field(() => String, { nullable: true, description: 'The objective as the strategy words it.' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'More about it (null clears).' })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The code of the objective it falls under (given earlier in the list, or already recorded); null: none.',
  })
  parentCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its place among its siblings, from 1.' })
  position?: number | null;

  @Field(() => [IndicatorUpsertItem], {
    nullable: true,
    description: 'Its indicators; those left out stay as they are.',
  })
  indicators?: IndicatorUpsertItem[] | null;
}

@InputType('StrategyUpsertItem', {
  description:
    'A strategy, programme or plan with its objectives, indicators and measurements, as an external register has it: found by `key`, made when none has it. Fields and parts left out stay as they are.',
})
export class StrategyUpsertItem {
  @Field(() => RecordKeyInput, { description: 'Which strategy: its ID or slug.' })
  key: RecordKeyInput;

  @Field(() => StrategyKindEnum, {
    nullable: true,
    description: 'What kind of steering document it is.',
  })
  kind?: StrategyKind;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'A short name, e.g. "RUS" (null clears).' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about (null clears).' })
  description?: string | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The actor that owns it.' })
  owner?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The area it is for (its code).' })
  area?: RecordKeyInput | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The first day it covers.' })
  periodFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day it covers.' })
  periodTo?: string | null;

  @Field(() => StrategyStatusEnum, {
    nullable: true,
    description: 'Whether it is proposed, in force or ended.',
  })
  status?: StrategyStatus;

  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The strategy this one carries out.',
  })
  implements?: RecordKeyInput | null;

  @Field(() => [ObjectiveUpsertItem], {
    nullable: true,
    description: 'Its objectives, parents before children; those left out stay as they are.',
  })
  objectives?: ObjectiveUpsertItem[] | null;
}

export const StrategyBulkResolver = BulkUpsertResolver({
  mutation: 'strategiesUpsert',
  recordType: 'Strategy',
  item: StrategyUpsertItem,
  noun: 'Strategies',
  service: 'strategyTree',
  required: ['kind', 'name', 'status'],
  references: {
    owner: { kind: 'actor', field: 'ownerId' },
    area: { kind: 'area', field: 'areaId' },
    implements: { kind: 'strategy', field: 'implementsId' },
  },
  description:
    'Creates or changes up to 1,000 strategies with their objectives, indicators and measurements (see `actorsUpsert`).',
});
