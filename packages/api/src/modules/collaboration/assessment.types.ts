import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { OneOf } from '../../core/graphql/one-of';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('CollaborationAssessment', {
  implements: Node,
  description:
    'How well a forum, or a pair of actors, collaborates on a date: a level on a scale, rated factors, comments. In date order they follow the health of the collaboration over time.',
})
export class CollaborationAssessmentType extends RecordNode {
  @Field(() => LocalDateResolver, { description: 'The day the assessment holds for.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'The overall comment.' })
  comment: string | null;
}

@ObjectType('AssessedFactor', {
  description: 'A collaboration factor as one assessment rates and comments on it.',
})
export class AssessedFactorType {
  factorId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The rating, from 1 (lowest) to 5 (highest); null when only commented.',
  })
  rating: number | null;

  @Field(() => String, { nullable: true, description: 'What the assessment says about it.' })
  comment: string | null;
}

@InputType('AssessedFactorInput', { description: 'A factor an assessment rates.' })
export class AssessedFactorInput {
  @Field(() => ID, { description: 'The CollaborationFactor; each at most once per assessment.' })
  factor: string;

  @Field(() => Int, { nullable: true, description: 'The rating, from 1 (lowest) to 5 (highest).' })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: 'What the assessment says about it.' })
  comment?: string | null;
}

@OneOf()
@InputType('CollaborationAssessedInput', {
  description: 'What an assessment is of: a forum, or a pair of actors (exactly one).',
})
export class CollaborationAssessedInput {
  @Field(() => ID, { nullable: true, description: 'The forum assessed.' })
  forum?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The pair of actors assessed: exactly two different ones.',
  })
  actors?: string[] | null;
}

@InputType('CollaborationAssessmentCreateInput', {
  description:
    'A new assessment of a forum (give `forum`) or of a pair of actors (give `actors`), never both.',
})
export class CollaborationAssessmentCreateInput {
  @Field(() => CollaborationAssessedInput, { description: 'What is assessed.' })
  assessed: CollaborationAssessedInput;

  @Field(() => LocalDateResolver, { description: 'The day the assessment holds for.' })
  date: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The scale assessed on; when left out with a level, the scale of the level.',
  })
  scale?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The level reached: a CollaborationLevel of the scale.',
  })
  level?: string | null;

  @Field(() => [AssessedFactorInput], {
    nullable: true,
    description: 'The factors rated, in order; each factor once.',
  })
  factors?: AssessedFactorInput[] | null;

  @Field(() => String, { nullable: true, description: 'The overall comment.' })
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who made the assessment.' })
  author?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('CollaborationAssessmentUpdateInput', {
  description:
    'Changes to an assessment; omitted fields stay as they are. Giving `forum` or `actors` replaces what is assessed.',
})
export class CollaborationAssessmentUpdateInput {
  @Field(() => ID, { description: 'The assessment to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => CollaborationAssessedInput, {
    nullable: true,
    description: 'What is assessed, replaced as a whole (a forum replaces a pair, and back).',
  })
  assessed?: CollaborationAssessedInput | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day the assessment holds for.',
  })
  date?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The scale assessed on; a level must belong to it (null clears it).',
  })
  scale?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The level reached, of the scale (null clears it).',
  })
  level?: string | null;

  @Field(() => [AssessedFactorInput], {
    nullable: true,
    description: 'The factors rated (replaces the list).',
  })
  factors?: AssessedFactorInput[] | null;

  @Field(() => String, { nullable: true, description: 'The overall comment (null clears it).' })
  comment?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person who made the assessment (null clears it).',
  })
  author?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const CollaborationAssessmentPayload = Payload(
  CollaborationAssessmentType,
  'CollaborationAssessment',
  {
    description: 'The result of creating or changing a collaboration assessment.',
    noun: 'assessment',
  },
);
