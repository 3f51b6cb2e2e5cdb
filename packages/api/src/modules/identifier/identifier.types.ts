import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('Identifier', {
  description:
    'An identifier of the record in an external register, e.g. { scheme: "scb", value: "2380" } or { scheme: "se-orgnr", value: "232100-0214" }.',
})
export class IdentifierType {
  @Field({
    description:
      'The register, in lower case: "se-orgnr" (organisation number), "scb" (county and municipality codes), "nuts", "wikidata", or one of your own.',
  })
  scheme: string;

  @Field({ description: "The record's identifier in that register." })
  value: string;
}

@InputType('IdentifierInput', { description: 'An identifier in an external register.' })
export class IdentifierInput {
  @Field({ description: 'The register, e.g. "se-orgnr", "scb", "nuts", "wikidata".' })
  scheme: string;

  @Field({ description: 'The identifier in that register.' })
  value: string;
}
