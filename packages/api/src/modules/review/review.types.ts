import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderInput, TITLED_RECORD_ORDER } from '../../core/graphql/order';
import { LocalDateResolver } from 'graphql-scalars';
import { Connection } from '../../core/graphql/connection';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('Review', {
  implements: Node,
  description:
    'A review of a forum (utvärdering, uppföljning): why and how it was made, what it found, the shifts it calls for, the decisions it led to and the questions it leaves open.',
})
export class ReviewType extends RecordNode {
  @Field({ description: 'Its title, e.g. "Utvärdering av Länspartnerskapet".' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was made, e.g. the law and a new EU programme period.',
  })
  background: string | null;

  @Field(() => String, { nullable: true, description: 'What it set out to learn.' })
  goal: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How it was made, e.g. "Ett 30-tal intervjuer …".',
  })
  method: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is dated.' })
  date: string | null;

  @Field(() => [String], {
    description:
      'The themes the forum keeps shaping, in order, e.g. "Förväntningar", "Deltagarnas roller".',
  })
  themes: string[];
}

export const ReviewConnection = Connection(ReviewType, 'Review');

@ObjectType('ReviewContact', {
  description: 'A contact person of a review, with their role as the review writes it.',
})
export class ReviewContactType {
  personId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Their role, as written, e.g. "Ansvarig tjänsteperson".',
  })
  role: string | null;
}

@InputType('ReviewContactInput', { description: 'A contact person of a review.' })
export class ReviewContactInput {
  @Field(() => ID, { description: 'The person.' })
  person: string;

  @Field(() => String, {
    nullable: true,
    description: 'Their role, as written, e.g. "Ansvarig tjänsteperson".',
  })
  role?: string | null;
}

@InputType('ReviewCreateInput', { description: 'A new review of a forum.' })
export class ReviewCreateInput {
  @Field(() => ID, { description: 'The forum reviewed; it cannot change later.' })
  forum: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Why it was made.' })
  background?: string | null;

  @Field(() => String, { nullable: true, description: 'What it set out to learn.' })
  goal?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was made.' })
  method?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it is dated.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that commissioned it.' })
  commissionedBy?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The themes the forum keeps shaping, in order; each non-blank.',
  })
  themes?: string[] | null;

  @Field(() => [ReviewContactInput], {
    nullable: true,
    description: 'Its contact persons, in order.',
  })
  contacts?: ReviewContactInput[] | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('ReviewUpdateInput', {
  description: 'Changes to a review (never its forum); omitted fields stay as they are.',
})
export class ReviewUpdateInput {
  @Field(() => ID, { description: 'The review to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Its title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was made (null clears it).' })
  background?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it set out to learn (null clears it).',
  })
  goal?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was made (null clears it).' })
  method?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day it is dated (null clears it).',
  })
  date?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The actor that commissioned it (null clears it).',
  })
  commissionedBy?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The themes the forum keeps shaping (replaces the list; null clears it).',
  })
  themes?: string[] | null;

  @Field(() => [ReviewContactInput], {
    nullable: true,
    description: 'Its contact persons (replaces the list; null clears it).',
  })
  contacts?: ReviewContactInput[] | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const ReviewPayload = Payload(ReviewType, 'Review', {
  description: 'The result of creating or changing a review.',
  noun: 'review',
});

export const ReviewOrderInput = OrderInput('Review', 'reviews', TITLED_RECORD_ORDER);
export type ReviewOrderInput = InstanceType<typeof ReviewOrderInput>;
