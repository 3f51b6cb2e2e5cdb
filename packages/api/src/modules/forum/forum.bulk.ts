import { Field, InputType } from 'type-graphql';
import { BulkUpsertResolver, RecordKeyInput } from '../bulk';
import { IdentifierInput } from '../identifier';
import type { ForumKind, ForumStatus } from './forum.entity';
import { ForumKindEnum, ForumStatusEnum } from './forum.types';

@InputType('ForumUpsertItem', {
  description:
    'A forum as an external register has it: found by `key`, made when none has it. Fields left out stay as they are; identifiers given are added (one per scheme).',
})
export class ForumUpsertItem {
  @Field(() => RecordKeyInput, { description: 'Which forum: its ID, slug or an identifier.' })
  key: RecordKeyInput;

  @Field(() => ForumKindEnum, { nullable: true, description: 'What kind of body it is.' })
  kind?: ForumKind;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym (null clears).' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is (null clears).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its stated goal (null clears).' })
  goal?: string | null;

  @Field(() => [String], { nullable: true, description: 'Its purpose statements, in order.' })
  purpose?: string[] | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The forum it is part of.' })
  parent?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The actor that convenes it.' })
  convenor?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The person who chairs it.' })
  chair?: RecordKeyInput | null;

  @Field(() => RecordKeyInput, { nullable: true, description: 'The area it works for.' })
  area?: RecordKeyInput | null;

  @Field(() => ForumStatusEnum, {
    nullable: true,
    description: 'PROPOSED or ACTIVE (dissolve it with forumDissolve). Default: ACTIVE.',
  })
  status?: ForumStatus | null;

  @Field(() => [RecordKeyInput], {
    nullable: true,
    description: 'The strategies it is anchored in (replaces the list).',
  })
  anchoredIn?: RecordKeyInput[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Identifiers in external registers to add; one given in a scheme replaces its.',
  })
  identifiers?: IdentifierInput[] | null;
}

export const ForumBulkResolver = BulkUpsertResolver({
  mutation: 'forumsUpsert',
  recordType: 'Forum',
  item: ForumUpsertItem,
  noun: 'Forums',
  service: 'forum',
  required: ['kind', 'name'],
  references: {
    parent: { kind: 'forum', field: 'parentId' },
    convenor: { kind: 'actor', field: 'convenorId' },
    chair: { kind: 'person', field: 'chairId' },
    area: { kind: 'area', field: 'areaId' },
    anchoredIn: { kind: 'strategy', field: 'anchoredInIds', many: true },
  },
  description: 'Creates or changes up to 1,000 forums, each found by its key (see `actorsUpsert`).',
});
