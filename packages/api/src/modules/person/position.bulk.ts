import { Field, InputType } from 'type-graphql';
import { ValidTimeCreateInput } from '../../core/graphql/valid-time';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';

@InputType('PositionUpsertItem', {
  description:
    "A person's title at an actor as an external register has it: found by `key`, or else as the same position (the person's at the actor under the same title, held on `validFrom`, or today when it is left out); made when there is none.",
})
export class PositionUpsertItem extends ValidTimeCreateInput {
  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The position by its ID; leave out to find it as the same position.',
  })
  key?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The person, by key.' })
  person?: RecordKeyInput;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The actor, by key.' })
  actor?: RecordKeyInput;

  @Field(() => String, { nullable: true, description: 'The title, as the sources write it.' })
  title?: string | null;
}

export const PositionBulkResolver = BulkUpsertResolver({
  mutation: 'positionsUpsert',
  recordType: 'Position',
  item: PositionUpsertItem,
  noun: 'Positions',
  service: 'position',
  required: ['person', 'actor'],
  references: {
    person: { kind: 'person', field: 'personId' },
    actor: { kind: 'actor', field: 'actorId' },
  },
  description:
    "Creates or changes up to 1,000 people's positions at actors (see `actorsUpsert`); one without a key is found as the same position.",
});
