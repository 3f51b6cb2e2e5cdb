import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import { COLLABORATION_FACTOR_CATEGORIES, type CollaborationFactorCategory } from './factor.entity';

export const CollaborationFactorCategoryEnum = enumOf(COLLABORATION_FACTOR_CATEGORIES);
registerEnumType(CollaborationFactorCategoryEnum, {
  name: 'CollaborationFactorCategory',
  description: 'What a collaboration factor is: an effect, or what helps or hinders.',
  valuesConfig: {
    EFFECT: { description: 'What collaboration brings about, e.g. "Resurseffekter".' },
    ENABLER: { description: 'What makes collaboration work, e.g. "Engagerat ledarskap".' },
    CHALLENGE: { description: 'What makes collaboration hard in practice.' },
    STRUCTURAL_BARRIER: {
      description: 'What hinders collaboration in how things are organised or governed.',
    },
  },
});

@ObjectType('CollaborationFactor', {
  implements: Node,
  description:
    'Something collaboration brings, or that makes or breaks it, e.g. "Engagerat ledarskap".',
})
export class CollaborationFactorType extends RecordNode {
  @Field(() => CollaborationFactorCategoryEnum, { description: 'What kind of factor it is.' })
  category: CollaborationFactorCategory;

  @Field({ description: 'The title, e.g. "Resurseffekter".' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'What it means, e.g. the text after the colon in the source.',
  })
  description: string | null;

  @Field(() => Int, { description: 'Its order within its category (smallest first).' })
  position: number;
}

@InputType('CollaborationFactorCreateInput', { description: 'A new collaboration factor.' })
export class CollaborationFactorCreateInput {
  @Field(() => CollaborationFactorCategoryEnum, { description: 'What kind of factor it is.' })
  category: CollaborationFactorCategory;

  @Field({ description: 'The title, e.g. "Engagerat ledarskap".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What it means.' })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its order within its category, from 1; after the last one when left out.',
  })
  position?: number | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('CollaborationFactorUpdateInput', {
  description: 'Changes to a collaboration factor; omitted fields stay as they are.',
})
export class CollaborationFactorUpdateInput {
  @Field(() => ID, { description: 'The factor to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => CollaborationFactorCategoryEnum, {
    nullable: true,
    description: 'What kind of factor it is.',
  })
  category?: CollaborationFactorCategory | null;

  @Field(() => String, { nullable: true, description: 'The title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What it means (null clears it).' })
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Its order within its category; null puts it after the last one (also in a new category).',
  })
  position?: number | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const CollaborationFactorPayload = Payload(CollaborationFactorType, 'CollaborationFactor', {
  description: 'The result of creating or changing a collaboration factor.',
  noun: 'factor',
});
