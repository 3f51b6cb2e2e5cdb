import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import type { Citation } from './citation.store';

@ObjectType('Citation', {
  description:
    'Where a fact comes from: a source document and, where given, the exact passage and its section.',
})
export class CitationType {
  sourceId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The exact words of the source, as written.',
  })
  quote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The heading of the section the quote stands under.',
  })
  section: string | null;
}

@ObjectType('TextPassage', {
  description:
    "Where a quotation stands in its source's `text`: `text.slice(start, end)` in JavaScript (offsets in UTF-16 code units).",
})
export class TextPassageType {
  @Field(() => Int, { description: 'Where it begins.' })
  start: number;

  @Field(() => Int, { description: 'Where it ends (exclusive).' })
  end: number;
}

@InputType('CitationInput', { description: 'A citation of a source document.' })
export class CitationInput {
  @Field(() => ID, { description: 'The cited source.' })
  source: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The exact words of the source; when the source holds its text, they must stand in it (white space aside).',
  })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'The section heading of the passage.' })
  section?: string | null;
}

@ObjectType('SourceCitation', {
  description: 'A citation of a source document, as the document sees it: the record citing it.',
})
export class SourceCitationType {
  @Field(() => Node, { description: 'The record that cites the document.' })
  record: object;

  @Field(() => CitationType, { description: 'The citation: its quotation, section and passage.' })
  citation: Citation;

  @Field(() => Int, {
    description:
      "The citation's place among the record's sources, from 1 (as `citationRetract` takes it).",
  })
  position: number;
}
