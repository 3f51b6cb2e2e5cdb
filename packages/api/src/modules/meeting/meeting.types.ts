import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { enumOf } from '../../core/graphql/enums';
import { CitationInput } from '../citation';
import { MEETING_FORMATS, type MeetingFormat } from './meeting.entity';

export const MeetingFormatEnum = enumOf(MEETING_FORMATS);
registerEnumType(MeetingFormatEnum, {
  name: 'MeetingFormat',
  description: 'Where people meet: in a room, online, or both.',
  valuesConfig: {
    IN_PERSON: { description: 'Everyone in the same room (fysiskt möte).' },
    ONLINE: { description: 'Online only (digitalt möte, webbinarium).' },
    HYBRID: { description: 'In a room, with some taking part online.' },
  },
});

@ObjectType('Meeting', {
  implements: Node,
  description:
    'One meeting of a forum: when, what about, its agenda, and the decisions and actions it led to.',
})
export class MeetingType extends RecordNode {
  @Field(() => GraphQLISODateTime, {
    description:
      'When it starts, as an instant (UTC); `startsAtLocal` shows it on the clock in Europe/Stockholm.',
  })
  startsAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it ends, as an instant; after `startsAt`. Null when not recorded.',
  })
  endsAt: Date | null;

  @Field({ description: 'Its title, e.g. "Länspartnerskapets möte".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Its theme, e.g. "Kompetensförsörjning".' })
  theme: string | null;

  @Field(() => MeetingFormatEnum, { nullable: true, description: 'In a room, online or both.' })
  format: MeetingFormat | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in a series of the forum ("webinar 2 of 5"); unique in the forum.',
  })
  seriesPosition: number | null;
}

@InputType('MeetingCreateInput', { description: 'A new meeting of a forum.' })
export class MeetingCreateInput {
  @Field(() => ID, { description: 'The forum that meets.' })
  forum: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When it starts, with its offset, e.g. "2019-02-06T11:00:00+01:00".',
  })
  startsAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it ends, with its offset; after startsAt.',
  })
  endsAt?: Date | null;

  @Field({ description: 'Its title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Its theme.' })
  theme?: string | null;

  @Field(() => MeetingFormatEnum, { nullable: true, description: 'In a room, online or both.' })
  format?: MeetingFormat | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in a series of the forum, from 1; unique in the forum.',
  })
  seriesPosition?: number | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('MeetingUpdateInput', {
  description: 'Changes to a meeting (never its forum); omitted fields stay as they are.',
})
export class MeetingUpdateInput {
  @Field(() => ID, { description: 'The meeting to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it starts.' })
  startsAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it ends (null clears it).',
  })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Its title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Its theme (null clears it).' })
  theme?: string | null;

  @Field(() => MeetingFormatEnum, {
    nullable: true,
    description: 'In a room, online or both (null clears it).',
  })
  format?: MeetingFormat | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in a series of the forum (null clears it).',
  })
  seriesPosition?: number | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

@InputType('AgendaReorderInput', {
  description: "A new order for all the items of a meeting's agenda.",
})
export class AgendaReorderInput {
  @Field(() => ID, { description: 'The meeting whose agenda to reorder.' })
  meeting: string;

  @Field(() => Int, {
    description: 'The version of the meeting you read; a stale one changes nothing.',
  })
  version: number;

  @Field(() => [ID], {
    description: "Every item of the meeting's agenda, each exactly once, in the new order.",
  })
  items: string[];
}

export const MeetingPayload = Payload(MeetingType, 'Meeting', {
  description: 'The result of creating or changing a meeting, or reordering its agenda.',
  noun: 'meeting',
});
