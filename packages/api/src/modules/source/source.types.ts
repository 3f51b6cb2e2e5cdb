import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderInput, TITLED_RECORD_ORDER } from '../../core/graphql/order';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';

@ObjectType('Source', {
  implements: Node,
  description: 'A document that records cite as their source.',
})
export class SourceType extends RecordNode {
  @Field({ description: 'The title of the document.' })
  title: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the document bears.' })
  publishedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the document can be read on the web.',
  })
  url: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The file name of the document, where it has one.',
  })
  fileName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The document's text, when the register holds it: citations' quotations are checked against it, and `Citation.passage` says where each stands in it.",
  })
  text: string | null;
}

export const SourceConnection = Connection(SourceType, 'Source');

/** The fields a source's create and update inputs take alike. */
@InputType()
abstract class SourceDetailsInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the document bears.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read on the web.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Its file name.' })
  fileName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Its text, as plain text: new quotations of it must stand in it (white space aside). Null or blank: none.',
  })
  text?: string | null;
}

@InputType('SourceCreateInput', { description: 'A new source document.' })
export class SourceCreateInput extends SourceDetailsInput {
  @Field({ description: 'The title of the document.' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The actor that published it.' })
  publisher?: string | null;
}

@InputType('SourceUpdateInput', {
  description: 'Changes to a source; omitted fields stay as they are.',
})
export class SourceUpdateInput extends SourceDetailsInput {
  @Field(() => ID, { description: 'The source to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field({ nullable: true, description: 'The title of the document.' })
  title?: string;

  @Field(() => ID, { nullable: true, description: 'The actor that published it (null clears it).' })
  publisher?: string | null;
}

export const SourcePayload = Payload(SourceType, 'Source', {
  description: 'The result of creating or changing a source.',
  noun: 'source',
});

export const SourceOrderInput = OrderInput('Source', 'sources', TITLED_RECORD_ORDER);
export type SourceOrderInput = InstanceType<typeof SourceOrderInput>;
