import { ChangesFromField } from '../../core/graphql/valid-time';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderInput, RECORD_ORDER } from '../../core/graphql/order';
import { Node, RecordNode } from '../../core/graphql/node';
import { Connection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import { IdentifierInput } from '../identifier';
import { FORUM_KINDS, FORUM_STATUSES, type ForumKind, type ForumStatus } from './forum.entity';

export const ForumKindEnum = enumOf(FORUM_KINDS);
registerEnumType(ForumKindEnum, {
  name: 'ForumKind',
  description: 'What kind of body a forum is.',
  valuesConfig: {
    PARTNERSHIP: { description: 'A partnership (partnerskap), e.g. Länspartnerskapet.' },
    PRESIDIUM: { description: 'A presidium: the chairs who lead a larger forum.' },
    COUNCIL: { description: 'A council (råd), e.g. a regional development council.' },
    WORKING_GROUP: { description: 'A working group (arbetsgrupp) with a defined task.' },
    NETWORK: { description: 'A network (nätverk) of peers who meet to share and coordinate.' },
    WEBINAR_SERIES: { description: 'A series of webinars open to a wider circle.' },
  },
});

export const ForumStatusEnum = enumOf(FORUM_STATUSES);
registerEnumType(ForumStatusEnum, {
  name: 'ForumStatus',
  description: 'Where a forum stands in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Planned or proposed; not yet meeting.' },
    ACTIVE: { description: 'Meeting and working.' },
    DISSOLVED: { description: 'No longer exists; kept with its history.' },
  },
});

@ObjectType('Forum', {
  implements: Node,
  description:
    'A body where actors meet and decide or coordinate: a partnership, council, working group, network …',
})
export class ForumType extends RecordNode {
  @Field(() => ForumKindEnum, { description: 'What kind of body it is.' })
  kind: ForumKind;

  @Field({ description: 'The full name, e.g. "Länspartnerskapet".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym, e.g. "LPS".' })
  shortName: string | null;

  @Field({ description: 'A stable, readable identifier for URLs and scripts.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'What it is, in a few sentences.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Its stated goal, as the sources word it.' })
  goal: string | null;

  @Field(() => [String], {
    description: 'Its purpose statements, in the order the sources give them.',
  })
  purpose: string[];

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it no longer exists; null unless it is dissolved.',
  })
  dissolvedOn: string | null;
}

export const ForumConnection = Connection(ForumType, 'Forum');

@InputType('ForumFilter', { description: 'Narrows a list of forums; all given conditions apply.' })
export class ForumFilterInput {
  @Field(() => ForumKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: ForumKind | null;

  @Field(() => ForumStatusEnum, { nullable: true, description: 'Only this status.' })
  status?: ForumStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only forums for this area.' })
  area?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for in names, short names and descriptions (Swedish stemming, prefixes match).',
  })
  search?: string | null;
}

@InputType('ForumCreateInput', { description: 'A new forum.' })
export class ForumCreateInput {
  @Field(() => ForumKindEnum, { description: 'What kind of body it is.' })
  kind: ForumKind;

  @Field({ description: 'The full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym.' })
  shortName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The slug; made from the name when left out.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its stated goal.' })
  goal?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its purpose statements, in order; each non-blank, at most 1000 characters.',
  })
  purpose?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The forum it is part of.' })
  parent?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that convenes it.' })
  convenor?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who chairs it.' })
  chair?: string | null;

  @Field(() => ID, { nullable: true, description: 'The area it works for.' })
  area?: string | null;

  @Field(() => ForumStatusEnum, {
    nullable: true,
    description:
      'Where it stands: PROPOSED or ACTIVE (dissolve it with forumDissolve). Default: ACTIVE.',
  })
  status?: ForumStatus | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The strategies it is anchored in, e.g. the RUS as its "röd tråd".',
  })
  anchoredIn?: string[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers (Wikidata, an organisation number…).',
  })
  identifiers?: IdentifierInput[] | null;
}

@InputType('ForumUpdateInput', {
  description: 'Changes to a forum; omitted fields stay as they are.',
})
export class ForumUpdateInput {
  @Field(() => ID, { description: 'The forum to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => ForumKindEnum, { nullable: true, description: 'What kind of body it is.' })
  kind?: ForumKind | null;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A short name or acronym (null clears it).' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'The slug.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is (null clears it).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its stated goal (null clears it).' })
  goal?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Its purpose statements (replaces the list; null clears it).',
  })
  purpose?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The forum it is part of (null clears it).' })
  parent?: string | null;

  @Field(() => ID, { nullable: true, description: 'The actor that convenes it (null clears it).' })
  convenor?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who chairs it (null clears it).' })
  chair?: string | null;

  @Field(() => ID, { nullable: true, description: 'The area it works for (null clears it).' })
  area?: string | null;

  @Field(() => ForumStatusEnum, {
    nullable: true,
    description:
      'Where it stands: PROPOSED or ACTIVE (null: ACTIVE). Dissolve it with forumDissolve, undo that with forumRestore.',
  })
  status?: ForumStatus | null;

  @ChangesFromField('parent, convenor, chair and status')
  changesFrom?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The strategies it is anchored in, e.g. the RUS as its "röd tråd" (replaces the list).',
  })
  anchoredIn?: string[] | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Its identifiers in external registers (replaces the list).',
  })
  identifiers?: IdentifierInput[] | null;
}

export const ForumPayload = Payload(ForumType, 'Forum', {
  description: 'The result of creating or changing a forum.',
  noun: 'forum',
});

export const ForumOrderInput = OrderInput('Forum', 'forums', RECORD_ORDER);
export type ForumOrderInput = InstanceType<typeof ForumOrderInput>;
