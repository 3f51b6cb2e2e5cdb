import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { SearchFilterInput } from '../../core/graphql/filter';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';
import { IdentifierInput } from '../identifier';

@ObjectType('Person', {
  implements: Node,
  description:
    'A person in a public role (elected representative, official). Nothing more personal.',
})
export class PersonType extends RecordNode {
  @Field({ description: 'The name, as the sources write it.' })
  name: string;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'A public work contact, where published.' })
  workContact: string | null;

  @Field({
    description:
      'They object to publication (GDPR art. 21): anonymous callers do not see them (signed-in callers do). Anonymous callers find no such person, and where a record names one they get null, or, where a person is required, the withheld person: no record of the register (its id refetches nothing), named "Namn undanhållet", with no positions, sources or history.',
  })
  objectsToPublication: boolean;
}

export const PersonConnection = Connection(PersonType, 'Person');

@InputType('PersonCreateInput', { description: 'A new person in a public role.' })
export class PersonCreateInput {
  @Field({ description: 'The name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'A public work contact, where published.' })
  workContact?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'They object to publication (GDPR art. 21): hidden from anonymous callers. Default false.',
  })
  objectsToPublication?: boolean | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description:
      'Its Wikidata item, the one register people have identifiers in: { scheme: "wikidata", value: "Q42" }.',
  })
  identifiers?: IdentifierInput[] | null;
}

@InputType('PersonUpdateInput', {
  description: 'Changes to a person; omitted fields stay as they are.',
})
export class PersonUpdateInput {
  @Field(() => ID, { description: 'The person to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'A public work contact (null clears it).' })
  workContact?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'They object to publication (GDPR art. 21), or no longer do: hidden from anonymous callers while true.',
  })
  objectsToPublication?: boolean | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description:
      'Its Wikidata item (replaces the list; people have identifiers in no other register).',
  })
  identifiers?: IdentifierInput[] | null;
}

export const PersonPayload = Payload(PersonType, 'Person', {
  description: 'The result of creating or changing a person.',
  noun: 'person',
});

@InputType('PersonEraseInput', {
  description: 'A person to erase at their request (GDPR art. 17), and why.',
})
export class PersonEraseInput {
  @Field(() => ID, { description: 'The person to erase.' })
  person: string;

  @Field({
    description:
      'Why: the request it answers (its date and reference), at most 1000 characters; required. Kept in the audit log: never write the erased values here.',
  })
  reason: string;
}

export const PersonErasePayload = Payload(PersonType, 'PersonErase', {
  description:
    'The result of erasing a person: the person as the placeholder now standing for them.',
  noun: 'person (now the placeholder)',
  field: 'person',
});

export const PersonFilterInput = SearchFilterInput(
  'Person',
  'people',
  'Words of the name (prefixes match).',
);
export type PersonFilterInput = InstanceType<typeof PersonFilterInput>;

export const PersonOrderInput = OrderInput('Person', 'people', RECORD_ORDER);
export type PersonOrderInput = InstanceType<typeof PersonOrderInput>;
