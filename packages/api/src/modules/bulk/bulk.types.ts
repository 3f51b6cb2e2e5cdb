import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../core/graphql/enums';
import { AuditReferenceType } from '../../core/graphql/audit-event.type';
import { Node } from '../../core/graphql/node';
import { OneOf } from '../../core/graphql/one-of';
import { MutationPayload, UserError } from '../../core/graphql/payload';
import { IdentifierInput } from '../identifier';
import type { BulkItemStatus, BulkMode } from './bulk.service';

export const BulkModeEnum = enumOf<BulkMode>(['ALL_OR_NOTHING', 'PER_ITEM']);
registerEnumType(BulkModeEnum, {
  name: 'BulkMode',
  description: 'What a bulk write does when some of its items are refused.',
  valuesConfig: {
    ALL_OR_NOTHING: {
      description: 'Any item refused writes nothing; every item is still checked and reported.',
    },
    PER_ITEM: { description: 'The valid items are written; each refused one reports why.' },
  },
});

export const BulkItemStatusEnum = enumOf<BulkItemStatus>([
  'CREATED',
  'UPDATED',
  'UNCHANGED',
  'FAILED',
]);
registerEnumType(BulkItemStatusEnum, {
  name: 'BulkItemStatus',
  description: 'What a bulk write did (or, in a dry run or a refused call, would do) with an item.',
  valuesConfig: {
    CREATED: { description: 'No record had its key: a new one was made.' },
    UPDATED: { description: 'The record with its key was changed (see `changes`).' },
    UNCHANGED: { description: 'The record with its key already said all this: nothing written.' },
    FAILED: { description: 'The item was refused (see `userErrors`).' },
  },
});

@OneOf()
@InputType('RecordKeyInput', {
  description:
    "How a bulk write names a record: exactly one of its global ID, its slug (a former slug too), or an identifier in an external register (an integrator's own key is a scheme of `identifierSchemes` too). A slug or identifier no record has yet makes a new record carrying it.",
})
export class RecordKeyInput {
  @Field(() => ID, { nullable: true, description: 'The global ID of an existing record.' })
  id?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The slug, e.g. "almi-mitt"; for an area, its official code ("2380", "SE32").',
  })
  slug?: string;

  @Field(() => IdentifierInput, {
    nullable: true,
    description: 'An identifier in a scheme, e.g. { scheme: "se-orgnr", value: "5565948520" }.',
  })
  identifier?: IdentifierInput;
}

/** What every bulk write's input has besides its items. */
@InputType()
export abstract class BulkInput {
  @Field(() => BulkModeEnum, {
    nullable: true,
    description: 'ALL_OR_NOTHING (the default) or PER_ITEM.',
  })
  mode?: BulkMode | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Check every item and report what would change, field by field, writing nothing (default false).',
  })
  dryRun?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes a retry safe: the same key with the same input gives the first result again (`replayed`) without writing; with other input it is KEY_REUSED. Kept at least 24 hours, per caller; ignored in a dry run.',
  })
  idempotencyKey?: string | null;
}

@ObjectType('FieldChange', { description: 'One field a write changed, before and after.' })
export class FieldChangeType {
  @Field({ description: 'The field, as the audit log names it ("name", "areaIds").' })
  field: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Its value before (records named by their global IDs); null for a new record.',
  })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value after.' })
  after: unknown;
}

@ObjectType('BulkItemResult', { description: 'What a bulk write did with one of its items.' })
export class BulkItemResultType {
  @Field(() => Int, { description: 'The place of the item in `items`, from 0.' })
  index: number;

  @Field(() => BulkItemStatusEnum, { description: 'What became of it.' })
  status: BulkItemStatus;

  @Field(() => Node, {
    nullable: true,
    description:
      'The record as it now is; null when the item failed, and for a new record when nothing was written.',
  })
  record: Node | null;

  @Field(() => [FieldChangeType], {
    description: 'The fields it changed (or would change), before and after.',
  })
  changes: FieldChangeType[];

  @Field(() => [AuditReferenceType], {
    description:
      'The records `changes` refer to, with their names now: to show names rather than IDs.',
  })
  references: AuditReferenceType[];

  @Field(() => [UserError], {
    description: 'Why it was refused, at paths from the input ("input", "items", "3", "name").',
  })
  userErrors: UserError[];
}

@ObjectType('BulkUpsertPayload', { description: 'What a bulk upsert did, item by item.' })
export class BulkUpsertPayload extends MutationPayload {
  @Field(() => [BulkItemResultType], { description: 'One result per item, in input order.' })
  items: BulkItemResultType[];

  @Field({
    description:
      'Whether anything was written: false for a dry run, an ALL_OR_NOTHING call with a refused item, and a call whose items all changed nothing or failed.',
  })
  written: boolean;

  @Field({ description: 'Whether this was a dry run.' })
  dryRun: boolean;

  @Field({
    description:
      'This is the result of an earlier call with the same idempotency key, given again.',
  })
  replayed: boolean;

  @Field(() => Int, { description: 'How many items made a new record.' })
  created: number;

  @Field(() => Int, { description: 'How many items changed a record.' })
  updated: number;

  @Field(() => Int, { description: 'How many items changed nothing.' })
  unchanged: number;

  @Field(() => Int, { description: 'How many items were refused.' })
  failed: number;
}
