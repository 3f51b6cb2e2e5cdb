import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import { localDateTime } from '../../core/valid-time';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { ForumType } from '../forum';
import { ActionType } from './action.types';
import { AgendaItemType } from './agenda-item.types';
import { DecisionType } from './decision.types';
import type { MeetingEntity } from './meeting.entity';
import {
  AgendaReorderInput,
  MeetingCreateInput,
  MeetingPayload,
  MeetingType,
  MeetingUpdateInput,
} from './meeting.types';
import { meetingCitations } from './meeting.service';

@Resolver(() => MeetingType)
export class MeetingResolver extends RecordResolver(MeetingType, 'Meeting', meetingCitations) {
  @Mutation(() => MeetingPayload, { description: 'Records a meeting of a forum.' })
  @Access('EDITOR')
  meetingCreate(
    @Arg('input', { description: 'The new meeting.' }) input: MeetingCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('meeting', async () => {
      const references = decodeInputIds((ids) => ({
        forumId: ids.one(input.forum, 'Forum', 'forum') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      const { forum: _f, sources: _s, ...fields } = input;
      return services.meeting.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => MeetingPayload, {
    description: 'Changes a meeting (not its forum); pass the version you read.',
  })
  @Access('EDITOR')
  meetingUpdate(
    @Arg('input', { description: 'The changes.' }) input: MeetingUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('meeting', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Meeting', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.meeting.update(caller, { ...input, ...references });
    });
  }

  @Mutation(() => MeetingPayload, {
    description:
      "Sets the order of a meeting's whole agenda at once; a change of the meeting, so pass its version.",
  })
  @Access('EDITOR')
  agendaReorder(
    @Arg('input', { description: 'The meeting and its items in the new order.' })
    input: AgendaReorderInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('meeting', async () => {
      const references = decodeInputIds((ids) => ({
        meetingId: ids.one(input.meeting, 'Meeting', 'meeting') ?? '',
        itemIds: ids.many(input.items, 'AgendaItem', 'items'),
      }));
      return services.meeting.reorderAgenda(caller, { ...references, version: input.version });
    });
  }

  @FieldResolver(() => ForumType, { description: 'The forum that meets.' })
  forum(@Root() meeting: MeetingEntity, @Ctx() { loaders }: Context) {
    return loaders.forumById.load(meeting.forumId);
  }

  @FieldResolver(() => String, {
    description:
      'When it starts on the clock in Europe/Stockholm, e.g. "2019-02-06 11:00" (summer time included).',
  })
  startsAtLocal(@Root() meeting: MeetingEntity) {
    return localDateTime(meeting.startsAt);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'Its agenda, in order.' })
  agenda(@Root() meeting: MeetingEntity, @Ctx() { loaders }: Context) {
    return loaders.agendaOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [DecisionType], {
    description: 'The decisions taken at it, in the order they were recorded.',
  })
  decisions(@Root() meeting: MeetingEntity, @Ctx() { loaders }: Context) {
    return loaders.decisionsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [ActionType], {
    description: 'The actions agreed at it, by due date (none last), then title.',
  })
  actions(@Root() meeting: MeetingEntity, @Ctx() { loaders }: Context) {
    return loaders.actionsOfMeeting.load(meeting.id);
  }
}
