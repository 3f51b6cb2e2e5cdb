import { Field, InputType } from 'type-graphql';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';

@InputType('TopicUpsertItem', {
  description:
    'A topic as an external register has it: found by `key` (its ID or slug), made when none has it. Fields left out stay as they are.',
})
export class TopicUpsertItem {
  @Field(() => RecordKeyInput, { description: 'Which topic: its ID or slug.' })
  key: RecordKeyInput;

  @Field(() => String, { nullable: true, description: 'The name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'What it covers (null clears).' })
  description?: string | null;
}

export const TopicBulkResolver = BulkUpsertResolver({
  mutation: 'topicsUpsert',
  recordType: 'Topic',
  item: TopicUpsertItem,
  noun: 'Topics',
  service: 'topic',
  required: ['name'],
  references: {},
  access: 'ADMIN',
  description:
    'Creates or changes up to 1,000 topics, each found by its key (see `actorsUpsert`); topics are reference data, for admins.',
});
