import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../core/context';
import type { ActionEntity } from '../meeting/action.entity';
import { ActionType } from '../meeting/action.types';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { AgendaItemPayload, AgendaItemType } from '../meeting/agenda-item.types';
import { PutOnNextAgendaInput } from './follow-up.types';
import { OpenQuestionType } from './open-question.types';

@Resolver()
export class FollowUpResolver {
  @Mutation(() => AgendaItemPayload, {
    description:
      'Puts an open question or an action on the agenda of its forum’s next meeting (the first starting after now), last.',
  })
  @Access('EDITOR')
  putOnNextAgenda(
    @Arg('input', { description: 'What to put on the agenda.' }) input: PutOnNextAgendaInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('agendaItem', async () => {
      const references = decodeInputIds((ids) => ({
        openQuestionId: ids.optionalOfKind(input.openQuestion, 'OpenQuestion', 'openQuestion'),
        actionId: ids.optionalOfKind(input.action, 'Action', 'action'),
      }));
      return services.followUp.putOnNextAgenda(caller, references);
    });
  }
}

@Resolver(() => ActionType)
export class ActionFollowUpResolver {
  @FieldResolver(() => OpenQuestionType, {
    nullable: true,
    description: 'The open question of a review it follows up, if any.',
  })
  openQuestion(@Root() action: ActionEntity, @Ctx() { loaders }: Context) {
    return action.openQuestionId ? loaders.openQuestionById.load(action.openQuestionId) : null;
  }

  @FieldResolver(() => [AgendaItemType], {
    description: 'The agenda items that take it up, in the order they were put on agendas.',
  })
  agendaItems(@Root() action: ActionEntity, @Ctx() { loaders }: Context) {
    return loaders.agendaItemsOfAction.load(action.id);
  }
}

@Resolver(() => AgendaItemType)
export class AgendaItemFollowUpResolver {
  @FieldResolver(() => OpenQuestionType, {
    nullable: true,
    description: 'The open question of a review it takes up, if any.',
  })
  openQuestion(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    return item.openQuestionId ? loaders.openQuestionById.load(item.openQuestionId) : null;
  }

  @FieldResolver(() => ActionType, {
    nullable: true,
    description: 'The action it takes up, if any.',
  })
  action(@Root() item: AgendaItemEntity, @Ctx() { loaders }: Context) {
    return item.actionId ? loaders.actionById.load(item.actionId) : null;
  }
}
