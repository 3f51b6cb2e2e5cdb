import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { RecordKey } from '../../core/db/record-key';
import {
  BulkInput,
  BulkUpsertPayload,
  bulkUpsert,
  optionalRecordKey,
  recordKey,
  recordKeys,
  RecordKeyInput,
} from '../bulk';
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

  @Field({ description: 'The full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym (null clears).' })
  shortName?: string | null;

  @Field(() => ActorSectorEnum, { description: 'The quadruple-helix sector.' })
  sector: ActorSector;

  @Field(() => ActorLevelEnum, { description: 'The level it works at.' })
  level: ActorLevel;

  @Field(() => ActorKindEnum, { description: 'What kind of organisation it is.' })
  type: ActorKind;

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

@InputType('ActorsUpsertInput', { description: 'Actors to create or change, up to 1,000.' })
export class ActorsUpsertInput extends BulkInput {
  @Field(() => [ActorUpsertItem], { description: 'The actors, each found by its key.' })
  items: ActorUpsertItem[];
}

@Resolver()
export class ActorBulkResolver {
  @Mutation(() => BulkUpsertPayload, {
    description:
      'Creates or changes up to 1,000 actors, each found by its key: all or nothing (the default) or item by item, optionally as a dry run.',
  })
  @Access('EDITOR')
  actorsUpsert(
    @Arg('input', { description: 'The actors and how to write them.' }) input: ActorsUpsertInput,
    @Ctx() context: Context,
  ) {
    const bulk = { recordType: 'Actor', operation: 'actorsUpsert', input };
    return bulkUpsert(context, bulk, (item, tx) => {
      const keys = decodeInputIds((ids) => ({
        key: recordKey(ids, item.key, 'Actor', ['key']) as RecordKey,
        areas: recordKeys(ids, item.areas, 'Area', 'areas'),
        parent: optionalRecordKey(ids, item.parent, 'Actor', ['parent']),
      }));
      return context.services.actor.upsertItem(context.caller, { ...item, ...keys }, tx);
    });
  }
}
