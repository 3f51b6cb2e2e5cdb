import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';
import { IdentifierInput } from '../identifier';
import { OrderInput } from '../../core/graphql/order';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { AREA_KINDS, type AreaKind } from './area.entity';
import { enumOf } from '../../core/graphql/enums';

export const AreaKindEnum = enumOf(AREA_KINDS);
registerEnumType(AreaKindEnum, {
  name: 'AreaKind',
  description: 'What kind of territory an area is.',
  valuesConfig: {
    COUNTRY: { description: 'A country (reference data).' },
    NUTS1: { description: 'A NUTS level-1 region, e.g. SE3 Norra Sverige (reference data).' },
    NUTS2: {
      description: 'A NUTS level-2 region, e.g. SE32 Mellersta Norrland (reference data).',
    },
    COUNTY: { description: 'A county (län), also a NUTS level-3 region (reference data).' },
    MUNICIPALITY: { description: 'A municipality (kommun) (reference data).' },
    LEADER_AREA: { description: 'A Leader area, covering the municipalities listed.' },
    LABOUR_MARKET_REGION: {
      description:
        'A labour-market region (lokal arbetsmarknad), covering the municipalities listed.',
    },
    PROGRAMME_AREA: {
      description:
        "An EU programme's area, e.g. Interreg Aurora, covering the municipalities listed.",
    },
    OTHER: { description: 'Any other territory an admin added.' },
  },
});

@ObjectType('Area', {
  implements: Node,
  description: 'A territory: a country, region, county or municipality.',
})
export class AreaType extends RecordNode {
  @Field({ description: 'The official code: county "23", municipality "2380", NUTS "SE32".' })
  code: string;

  @Field({ description: 'The name, as officially written.' })
  name: string;

  @Field(() => AreaKindEnum, { description: 'What kind of territory this is.' })
  kind: AreaKind;
}

export const AreaConnection = Connection(AreaType, 'Area');

@InputType('AreaCreateInput', {
  description:
    "A new area drawn across municipalities (a Leader area, a labour-market region, an EU programme's area). Sweden's country, NUTS regions, counties and municipalities are reference data every database has.",
})
export class AreaCreateInput {
  @Field({ description: 'A code of your choosing, unique among areas, e.g. "leader-jamtland".' })
  code: string;

  @Field({ description: 'The name, as officially written.' })
  name: string;

  @Field(() => AreaKindEnum, {
    description:
      'What kind of area it is: LEADER_AREA, LABOUR_MARKET_REGION, PROGRAMME_AREA or OTHER.',
  })
  kind: AreaKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The area it lies in, e.g. the county or the country.',
  })
  parent?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The municipalities it covers, in order.' })
  municipalities?: string[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers.',
  })
  identifiers?: IdentifierInput[] | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('AreaUpdateInput', {
  description:
    'Changes to an area an admin added; omitted fields stay as they are. Reference areas cannot be changed.',
})
export class AreaUpdateInput {
  @Field(() => ID, { description: 'The area to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'The name.' })
  name?: string | null;

  @Field(() => AreaKindEnum, { nullable: true, description: 'What kind of area it is.' })
  kind?: AreaKind | null;

  @Field(() => ID, { nullable: true, description: 'The area it lies in (null: none).' })
  parent?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The municipalities it covers (replaces the list).',
  })
  municipalities?: string[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers (replaces the list).',
  })
  identifiers?: IdentifierInput[] | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const AreaPayload = Payload(AreaType, 'Area', {
  description: 'The result of creating or changing an area.',
  noun: 'area',
});

@InputType('AreaFilter', { description: 'Narrows a list of areas.' })
export class AreaFilterInput {
  @Field(() => AreaKindEnum, { nullable: true, description: 'Only areas of this kind.' })
  kind?: AreaKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this area.' })
  parent?: string | null;
}

export const AreaOrderInput = OrderInput('Area', 'areas', {
  CODE: 'By official code.',
  NAME: 'By name.',
});
export type AreaOrderInput = InstanceType<typeof AreaOrderInput>;
