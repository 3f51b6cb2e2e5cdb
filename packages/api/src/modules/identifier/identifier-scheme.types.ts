import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../core/graphql/enums';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { IDENTIFIED_KINDS, type IdentifiedKind } from './schemes';

export const IdentifiedRecordTypeEnum = enumOf(IDENTIFIED_KINDS);
registerEnumType(IdentifiedRecordTypeEnum, {
  name: 'IdentifiedRecordType',
  description: 'A type of record that has identifiers in external registers.',
  valuesConfig: {
    ACTOR: { description: 'Actors (organisations).' },
    AREA: { description: 'Areas (territories).' },
    FORUM: { description: 'Forums.' },
    PERSON: { description: 'People: in the scheme "wikidata" only.' },
  },
});

@ObjectType('IdentifierScheme', {
  implements: Node,
  description:
    'An external register whose identifiers records carry, e.g. "se-orgnr" (organisation numbers). Built-in schemes normalise and check values in code; the schemes admins add check them by their pattern.',
})
export class IdentifierSchemeType extends RecordNode {
  @Field({ description: 'The name identifiers give as their scheme: "se-orgnr". Never changes.' })
  name: string;

  @Field({ description: 'What the register is and how its values are written.' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The form of a value (in normal form) as a regular expression matching the whole value, e.g. "\\d{6}-\\d{4}"; null when any value up to 100 characters is accepted.',
  })
  pattern: string | null;

  @Field(() => [IdentifiedRecordTypeEnum], {
    description: 'The types of record that may have identifiers in this scheme.',
  })
  appliesTo: IdentifiedKind[];
}

@InputType('IdentifierSchemeCreateInput', { description: 'A new identifier scheme.' })
export class IdentifierSchemeCreateInput {
  @Field({
    description:
      'The name identifiers will give as their scheme: lower-case letters, digits and dashes, e.g. "kolada". It cannot change later.',
  })
  name: string;

  @Field({ description: 'What the register is and how its values are written.' })
  description: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The form of a value as a regular expression (JavaScript syntax) that must match the whole trimmed value; leave out to accept any value up to 100 characters.',
  })
  pattern?: string | null;

  @Field(() => [IdentifiedRecordTypeEnum], {
    description: 'The types of record that may have identifiers in it (PERSON only for wikidata).',
  })
  appliesTo: IdentifiedKind[];
}

@InputType('IdentifierSchemeUpdateInput', {
  description:
    'Changes to an identifier scheme; omitted fields stay as they are. Identifiers already stored stay, whatever the new pattern or types; new ones are checked by them.',
})
export class IdentifierSchemeUpdateInput {
  @Field(() => ID, { description: 'The scheme to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What the register is.' })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The form of a value as a regular expression (null: any value). A built-in scheme keeps its own.',
  })
  pattern?: string | null;

  @Field(() => [IdentifiedRecordTypeEnum], {
    nullable: true,
    description: 'The types of record that may have identifiers in it (replaces the list).',
  })
  appliesTo?: IdentifiedKind[] | null;
}

export const IdentifierSchemePayload = Payload(IdentifierSchemeType, 'IdentifierScheme', {
  description: 'The result of adding or changing an identifier scheme.',
  noun: 'identifier scheme',
});
