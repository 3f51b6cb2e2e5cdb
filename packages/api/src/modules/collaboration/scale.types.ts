import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { SearchFilterInput } from '../../core/graphql/filter';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('CollaborationScale', {
  implements: Node,
  description:
    'A scale the health of collaboration is assessed on, e.g. "Samhandlingstrappan"; its levels are entered as records.',
})
export class CollaborationScaleType extends RecordNode {
  @Field({ description: 'The name, e.g. "Samhandlingstrappan".' })
  name: string;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the scale measures and how to read it.',
  })
  description: string | null;
}

export const CollaborationScaleConnection = Connection(
  CollaborationScaleType,
  'CollaborationScale',
);

@InputType('CollaborationScaleCreateInput', {
  description: 'A new collaboration scale; add its levels with collaborationLevelCreate.',
})
export class CollaborationScaleCreateInput {
  @Field({ description: 'The name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What the scale measures.' })
  description?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('CollaborationScaleUpdateInput', {
  description: 'Changes to a collaboration scale; omitted fields stay as they are.',
})
export class CollaborationScaleUpdateInput {
  @Field(() => ID, { description: 'The scale to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the scale measures (null clears it).',
  })
  description?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const CollaborationScalePayload = Payload(CollaborationScaleType, 'CollaborationScale', {
  description: 'The result of creating or changing a collaboration scale.',
  noun: 'scale',
});

export const CollaborationScaleFilterInput = SearchFilterInput(
  'CollaborationScale',
  'collaboration scales',
  'Words of the name or description (Swedish stemming, prefixes match).',
);
export type CollaborationScaleFilterInput = InstanceType<typeof CollaborationScaleFilterInput>;

export const CollaborationScaleOrderInput = OrderInput(
  'CollaborationScale',
  'collaboration scales',
  RECORD_ORDER,
);
export type CollaborationScaleOrderInput = InstanceType<typeof CollaborationScaleOrderInput>;
