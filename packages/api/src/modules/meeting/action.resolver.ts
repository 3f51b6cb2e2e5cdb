import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import { omit } from '../../core/validate';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import { PersonType, visiblePerson } from '../person';
import type { ActionEntity } from './action.entity';
import {
  ActionCreateInput,
  ActionPayload,
  ActionSetStatusInput,
  ActionType,
  ActionUpdateInput,
} from './action.types';
import { MeetingType } from './meeting.types';
import { actionCitations } from './action.service';

/** The ids in an action's create or update input, decoded; `undefined` means "not given". */
function actionReferences(ids: InputIds, input: ActionCreateInput | ActionUpdateInput) {
  return {
    ownerId: ids.optional(input.owner, 'Actor', 'owner'),
    personId: ids.optional(input.person, 'Person', 'person'),
    meetingId: ids.optional(input.meeting, 'Meeting', 'meeting'),
    openQuestionId: ids.optional(input.openQuestion, 'OpenQuestion', 'openQuestion'),
    sources: citationIds(ids, input.sources),
  };
}

/** The fields of an action's input that `actionReferences` decodes. */
const REFERENCES = ['owner', 'person', 'meeting', 'openQuestion', 'sources'] as const;

@Resolver(() => ActionType)
export class ActionResolver extends RecordResolver(ActionType, 'Action', actionCitations) {
  @Mutation(() => ActionPayload, { description: 'Records an action an actor has undertaken.' })
  @Access('EDITOR')
  actionCreate(
    @Arg('input', { description: 'The new action.' }) input: ActionCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('action', async () => {
      const { ownerId, ...references } = decodeInputIds((ids) => actionReferences(ids, input));
      return services.action.create(caller, {
        ...omit(input, REFERENCES),
        ...references,
        ownerId: ownerId ?? '',
      });
    });
  }

  @Mutation(() => ActionPayload, {
    description:
      'Changes an action (not its status: see actionSetStatus); pass the version you read.',
  })
  @Access('EDITOR')
  actionUpdate(
    @Arg('input', { description: 'The changes.' }) input: ActionUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('action', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Action', 'id') ?? '',
        references: actionReferences(ids, input),
      }));
      return services.action.update(caller, { ...omit(input, REFERENCES), ...references, id });
    });
  }

  @Mutation(() => ActionPayload, {
    description: 'Moves an action to another status; recorded in its history as an UPDATE.',
  })
  @Access('EDITOR')
  actionSetStatus(
    @Arg('input', { description: 'The action and its new status.' }) input: ActionSetStatusInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('action', async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'Action', 'id') ?? '');
      return services.action.setStatus(caller, { ...input, id });
    });
  }

  @FieldResolver(() => ActorType, { description: 'The actor that owns it.' })
  owner(@Root() action: ActionEntity, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(action.ownerId);
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description:
      'The person who carries it out, if named; null for anonymous callers when they object to publication.',
  })
  async person(@Root() action: ActionEntity, @Ctx() { loaders, viewer }: Context) {
    return action.personId
      ? visiblePerson(viewer, await loaders.personById.load(action.personId))
      : null;
  }

  @FieldResolver(() => MeetingType, {
    nullable: true,
    description: 'The meeting that agreed on it, if recorded.',
  })
  meeting(@Root() action: ActionEntity, @Ctx() { loaders }: Context) {
    return action.meetingId ? loaders.meetingById.load(action.meetingId) : null;
  }
}
