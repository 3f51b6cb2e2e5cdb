import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ActionType, type AgendaItemEntity, AgendaItemType } from '../meeting';
import { OpenQuestionType } from './open-question.types';

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
