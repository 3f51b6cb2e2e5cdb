import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('Identifier', {
  description:
    'An identifier of the record in an external register, in the normal form of its scheme: { scheme: "scb", value: "2380" } or { scheme: "se-orgnr", value: "232100-0214" }.',
})
export class IdentifierType {
  @Field({
    description:
      'The register: the name of a scheme of `identifierSchemes`, e.g. "se-orgnr" (organisation number), "scb", "nuts", "wikidata".',
  })
  scheme: string;

  @Field({
    description:
      'The record\'s identifier in that register, in normal form ("212000-2411", "Q42"). Values stored before schemes were checked may be as they were typed.',
  })
  value: string;
}

@InputType('IdentifierInput', {
  description:
    'An identifier in an external register. The value is normalised and checked by its scheme (refused: INVALID on `identifiers.<i>.value`); an unknown scheme is NOT_FOUND, one not for this type of record WRONG_KIND, both on `identifiers.<i>.scheme`.',
})
export class IdentifierInput {
  @Field({
    description:
      'The register: the name of a scheme of `identifierSchemes` for this type of record, e.g. "se-orgnr", "scb", "nuts", "wikidata".',
  })
  scheme: string;

  @Field({
    description:
      'The identifier in that register, in any spelling the scheme accepts ("2120002411" and "16212000-2411" are stored as "212000-2411"); at most 100 characters.',
  })
  value: string;
}
