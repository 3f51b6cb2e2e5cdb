import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import { omit } from '../../core/validate';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import { PersonType, shownPerson } from '../person';
import { ObjectiveType } from '../strategy';
import { TopicType } from '../topic';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { Presenter } from './agenda-item.service';
import {
  AgendaItemCreateInput,
  AgendaItemPayload,
  AgendaItemType,
  AgendaItemUpdateInput,
  PresenterType,
} from './agenda-item.types';
import { MeetingType } from './meeting.types';
import { agendaItemCitations } from './agenda-item.service';

/** The ids in an agenda item's create or update input, decoded; `undefined` means "not given". */
function agendaItemReferences(ids: InputIds, input: AgendaItemCreateInput | AgendaItemUpdateInput) {
  return {
    presenters:
      input.presenters === undefined
        ? undefined
        : (input.presenters ?? []).map((presenter, index) => ({
            personId:
              ids.one(presenter.person, 'Person', ['presenters', String(index), 'person']) ?? '',
            actorId: ids.optional(presenter.actor, 'Actor', ['presenters', String(index), 'actor']),
            title: presenter.title,
          })),
    objectiveIds: ids.list(input.objectives, 'Objective', 'objectives'),
    topicIds: ids.list(input.topics, 'Topic', 'topics'),
    openQuestionId: ids.optionalOfKind(input.openQuestion, 'OpenQuestion', 'openQuestion'),
    actionId: ids.optionalOfKind(input.action, 'Action', 'action'),
    sources: citationIds(ids, input.sources),
  };
}

/** The fields of an agenda item's input that `agendaItemReferences` decodes. */
const REFERENCES = [
  'presenters',
  'objectives',
  'topics',
  'openQuestion',
  'action',
  'sources',
] as const;

@Resolver(() => AgendaItemType)
export class AgendaItemResolver extends RecordResolver(
  AgendaItemType,
  'AgendaItem',
  agendaItemCitations,
) {
  @Mutation(() => AgendaItemPayload, { description: "Adds an item to a meeting's agenda." })
  @Access('EDITOR')
  agendaItemCreate(
    @Arg('input', { description: 'The new agenda item.' }) input: AgendaItemCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('agendaItem', async () => {
      const references = decodeInputIds((ids) => ({
        meetingId: ids.one(input.meeting, 'Meeting', 'meeting') ?? '',
        ...agendaItemReferences(ids, input),
      }));
      const fields = omit(input, ['meeting', ...REFERENCES]);
      return services.agendaItem.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => AgendaItemPayload, {
    description:
      'Changes an agenda item (not its place: see agendaReorder); pass the version you read.',
  })
  @Access('EDITOR')
  agendaItemUpdate(
    @Arg('input', { description: 'The changes.' }) input: AgendaItemUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('agendaItem', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'AgendaItem', 'id') ?? '',
        references: agendaItemReferences(ids, input),
      }));
      return services.agendaItem.update(caller, { ...omit(input, REFERENCES), ...references, id });
    });
  }

  @FieldResolver(() => MeetingType, { description: 'The meeting whose agenda it is on.' })
  meeting(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    return loaders.meetingById.load(item.meetingId);
  }

  @FieldResolver(() => [PresenterType], { description: 'Who presents it, in order.' })
  presenters(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    return loaders.agendaItemPresenters.load(item.id);
  }

  @FieldResolver(() => [ObjectiveType], { description: 'The objectives it concerns, in order.' })
  async objectives(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    const objectiveIds = await loaders.agendaItemObjectiveIds.load(item.id);
    return present(await loaders.objectiveById.loadMany(objectiveIds));
  }

  @FieldResolver(() => [TopicType], { description: 'The topics it concerns, in order.' })
  async topics(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    return present(
      await loaders.topicById.loadMany(await loaders.agendaItemTopicIds.load(item.id)),
    );
  }
}

@Resolver(() => PresenterType)
export class PresenterResolver {
  @FieldResolver(() => PersonType, {
    description:
      'The person presenting; for anonymous callers the withheld person when they object to publication.',
  })
  async person(@Root() presenter: Required<Presenter>, @Ctx() { loaders, viewer }: Context) {
    return shownPerson(viewer, await loaders.personById.load(presenter.personId));
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The actor (organisation) they speak for, if recorded.',
  })
  actor(@Root() presenter: Required<Presenter>, @Ctx() { loaders }: Context) {
    return presenter.actorId ? loaders.actorById.load(presenter.actorId) : null;
  }
}
