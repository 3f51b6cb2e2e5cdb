import { ChangesFromField } from '../../core/graphql/valid-time';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import {
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  type StrategyKind,
  type StrategyStatus,
} from './strategy.entity';

export const StrategyKindEnum = enumOf(STRATEGY_KINDS);
registerEnumType(StrategyKindEnum, {
  name: 'StrategyKind',
  description: 'What kind of steering document a strategy is.',
  valuesConfig: {
    REGIONAL_DEVELOPMENT_STRATEGY: {
      description: 'A regional development strategy (regional utvecklingsstrategi, RUS).',
    },
    PROGRAMME: { description: 'A programme, e.g. a regional structural fund programme.' },
    EU_PROGRAMME: { description: 'An EU programme, e.g. Interreg or the ESF+ programme.' },
    ACTION_PLAN: { description: 'An action plan that carries out a strategy (handlingsplan).' },
  },
});

export const StrategyStatusEnum = enumOf(STRATEGY_STATUSES);
registerEnumType(StrategyStatusEnum, {
  name: 'StrategyStatus',
  description: 'Where a strategy stands in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Drafted or out for consultation, not yet adopted.' },
    ACTIVE: { description: 'Adopted and in force.' },
    ENDED: { description: 'No longer in force (its period is over or it was replaced).' },
  },
});

@ObjectType('Strategy', {
  implements: Node,
  description:
    'A strategy, programme or plan for regional development, with its tree of objectives.',
})
export class StrategyType extends RecordNode {
  @Field(() => StrategyKindEnum, { description: 'What kind of steering document it is.' })
  kind: StrategyKind;

  @Field({
    description: 'The full name, e.g. "Regional utvecklingsstrategi för Jämtlands län 2021–2030".',
  })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name, e.g. "RUS" or "RSP".' })
  shortName: string | null;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'What it is about, in a few sentences.' })
  description: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day of the period it covers.',
  })
  periodFrom: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day of the period it covers.',
  })
  periodTo: string | null;
}

export const StrategyConnection = Connection(StrategyType, 'Strategy');

@InputType('StrategyFilter', {
  description: 'Narrows a list of strategies; all given conditions apply.',
})
export class StrategyFilterInput {
  @Field(() => StrategyKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: StrategyKind | null;

  @Field(() => StrategyStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: StrategyStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only strategies for this area.' })
  area?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only strategies owned by this actor.' })
  owner?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for in names, short names and descriptions (Swedish stemming, prefixes match).',
  })
  search?: string | null;
}

@InputType('StrategyCreateInput', { description: 'A new strategy, programme or plan.' })
export class StrategyCreateInput {
  @Field(() => StrategyKindEnum, { description: 'What kind of steering document it is.' })
  kind: StrategyKind;

  @Field({ description: 'The full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name, e.g. "RUS".' })
  shortName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that owns (adopted) it.' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'The area it is for.' })
  area?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day of the period it covers.',
  })
  periodFrom?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day of the period it covers; after periodFrom.',
  })
  periodTo?: string | null;

  @Field(() => StrategyStatusEnum, { description: 'Whether it is proposed, in force or ended.' })
  status: StrategyStatus;

  @Field(() => ID, { nullable: true, description: 'The strategy this one carries out.' })
  implements?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('StrategyUpdateInput', {
  description: 'Changes to a strategy; omitted fields stay as they are.',
})
export class StrategyUpdateInput {
  @Field(() => ID, { description: 'The strategy to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => StrategyKindEnum, {
    nullable: true,
    description: 'What kind of steering document it is.',
  })
  kind?: StrategyKind | null;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A short name (null clears it).' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about (null clears it).' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that owns it (null clears it).' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'The area it is for (null clears it).' })
  area?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day of the period it covers (null clears it).',
  })
  periodFrom?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day of the period it covers (null clears it).',
  })
  periodTo?: string | null;

  @Field(() => StrategyStatusEnum, {
    nullable: true,
    description: 'Whether it is proposed, in force or ended (ENDED ends it).',
  })
  status?: StrategyStatus | null;

  @ChangesFromField('owner and status')
  changesFrom?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The strategy this one carries out (null clears it).',
  })
  implements?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const StrategyPayload = Payload(StrategyType, 'Strategy', {
  description: 'The result of creating or changing a strategy.',
  noun: 'strategy',
});

export const StrategyOrderInput = OrderInput('Strategy', 'strategies', RECORD_ORDER);
export type StrategyOrderInput = InstanceType<typeof StrategyOrderInput>;
