import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
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
    COUNTRY: { description: 'A country.' },
    NUTS2: { description: 'A NUTS level-2 region (e.g. SE32 Mellersta Norrland).' },
    COUNTY: { description: 'A county (län), also a NUTS level-3 region.' },
    MUNICIPALITY: { description: 'A municipality (kommun).' },
    OTHER: { description: 'Any other territory.' },
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
