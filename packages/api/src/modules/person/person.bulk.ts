import { Field, InputType } from 'type-graphql';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';
import { IdentifierInput } from '../identifier';

@InputType('PersonUpsertItem', {
  description:
    'A person as an external register has it: found by `key` (ID, slug or Wikidata item), made when none has it. Fields left out stay as they are.',
})
export class PersonUpsertItem {
  @Field(() => RecordKeyInput, { description: 'Which person: ID, slug or Wikidata item.' })
  key: RecordKeyInput;

  @Field(() => String, { nullable: true, description: 'The name.' })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A public work contact, where published (null clears).',
  })
  workContact?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'They object to publication (GDPR art. 21): hidden from anonymous callers.',
  })
  objectsToPublication?: boolean | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Identifiers to add (Wikidata only for people).',
  })
  identifiers?: IdentifierInput[] | null;
}

export const PersonBulkResolver = BulkUpsertResolver({
  mutation: 'peopleUpsert',
  recordType: 'Person',
  item: PersonUpsertItem,
  noun: 'People',
  service: 'person',
  required: ['name'],
  references: {},
  description: 'Creates or changes up to 1,000 people, each found by its key (see `actorsUpsert`).',
});
