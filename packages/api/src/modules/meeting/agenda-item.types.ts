import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, RecordNode } from '../../core/graphql/node';
import { Payload } from '../../core/graphql/payload';
import { CitationInput } from '../citation';

@ObjectType('AgendaItem', {
  implements: Node,
  description:
    "One item of a meeting's agenda: what is taken up, who presents it, which objectives and topics it concerns.",
})
export class AgendaItemType extends RecordNode {
  @Field(() => Int, { description: 'Its place on the agenda, from 1.' })
  position: number;

  @Field({ description: 'What is taken up, e.g. "Lägesrapport RUS".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it, in a few sentences.' })
  description: string | null;
}

@ObjectType('Presenter', {
  description: 'Who presents an agenda item: a person, for an organisation, in a role.',
})
export class PresenterType {
  personId: string;
  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their title at the time, as the sources give it, e.g. "utredare".',
  })
  title: string | null;
}

@InputType('PresenterInput', { description: 'Who presents an agenda item.' })
export class PresenterInput {
  @Field(() => ID, { description: 'The person presenting.' })
  person: string;

  @Field(() => ID, { nullable: true, description: 'The actor (organisation) they speak for.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Their title at the time.' })
  title?: string | null;
}

@InputType('AgendaItemCreateInput', { description: "A new item of a meeting's agenda." })
export class AgendaItemCreateInput {
  @Field(() => ID, { description: 'The meeting.' })
  meeting: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Its place on the agenda, from 1; the items from there on move down one. Default: last.',
  })
  position?: number | null;

  @Field({ description: 'What is taken up.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'More about it.' })
  description?: string | null;

  @Field(() => [PresenterInput], { nullable: true, description: 'Who presents it, in order.' })
  presenters?: PresenterInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'The objectives it concerns, in order.' })
  objectives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The topics it concerns, in order.' })
  topics?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The open question of a review it takes up; not together with `action`.',
  })
  openQuestion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The action it takes up; not together with `openQuestion`.',
  })
  action?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Where these facts come from.' })
  sources?: CitationInput[] | null;
}

@InputType('AgendaItemUpdateInput', {
  description:
    'Changes to an agenda item; omitted fields stay as they are. Its place changes with agendaReorder.',
})
export class AgendaItemUpdateInput {
  @Field(() => ID, { description: 'The agenda item to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'What is taken up.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'More about it (null clears it).' })
  description?: string | null;

  @Field(() => [PresenterInput], {
    nullable: true,
    description: 'Who presents it (replaces the list).',
  })
  presenters?: PresenterInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The objectives it concerns (replaces the list).',
  })
  objectives?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The topics it concerns (replaces the list).',
  })
  topics?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The open question of a review it takes up (null clears it); not together with an action.',
  })
  openQuestion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The action it takes up (null clears it); not together with an open question.',
  })
  action?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Where these facts come from (replaces the list).',
  })
  sources?: CitationInput[] | null;
}

export const AgendaItemPayload = Payload(AgendaItemType, 'AgendaItem', {
  description: 'The result of creating or changing an agenda item.',
  noun: 'agenda item',
});
