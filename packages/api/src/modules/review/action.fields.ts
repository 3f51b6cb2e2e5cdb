import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ActionEntity, ActionType, AgendaItemType } from '../meeting';
import { OpenQuestionType } from './open-question.types';

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
