import { Field, InputType } from 'type-graphql';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';
import { IdentifierInput } from '../identifier';
import type { ActorKind, ActorLevel, ActorSector } from './actor.entity';
import { ActorKindEnum, ActorLevelEnum, ActorSectorEnum } from './actor.types';

@InputType('ActorUpsertItem', {
  description:
    'An actor as an external register has it: found by `key`, made when no actor has it. Fields left out stay as they are; identifiers given are added (one per scheme).',
})
export class ActorUpsertItem {
  @Field(() => RecordKeyInput, {
    description: 'Which actor: its ID, slug, or an identifier such as the organisation number.',
  })
  key: RecordKeyInput;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym (null clears).' })
  shortName?: string | null;

  @Field(() => ActorSectorEnum, { nullable: true, description: 'The quadruple-helix sector.' })
  sector?: ActorSector;

  @Field(() => ActorLevelEnum, { nullable: true, description: 'The level it works at.' })
  level?: ActorLevel;

  @Field(() => ActorKindEnum, { nullable: true, description: 'What kind of organisation it is.' })
  type?: ActorKind;

  @Field(() => [RecordKeyInput], {
    nullable: true,
    description:
      'The areas it works in, by key, e.g. { identifier: { scheme: "scb", value: "2380" } } (replaces the list).',
  })
  areas?: RecordKeyInput[] | null;

  @Field(() => RecordKeyInput, {
    nullable: true,
    description: 'The organisation it is part of, by key (null: none).',
  })
  parent?: RecordKeyInput | null;

  @Field(() => String, { nullable: true, description: 'Its web site, https://… (null clears).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does (null clears).' })
  description?: string | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Identifiers in external registers to add; one given in a scheme replaces its.',
  })
  identifiers?: IdentifierInput[] | null;
}

export const ActorBulkResolver = BulkUpsertResolver({
  mutation: 'actorsUpsert',
  recordType: 'Actor',
  item: ActorUpsertItem,
  noun: 'Actors',
  service: 'actor',
  required: ['name', 'sector', 'level', 'type'],
  references: {
    areas: { kind: 'area', field: 'areaIds', many: true },
    parent: { kind: 'actor', field: 'parentId' },
  },
  description:
    'Creates or changes up to 1,000 actors, each found by its key: all or nothing (the default) or item by item, optionally as a dry run.',
});
