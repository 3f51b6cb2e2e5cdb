import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ActorEntity, ActorType } from '../actor';
import type { ActionStatus } from './action.entity';
import { ActionStatusEnum, ActionType } from './action.types';

@Resolver(() => ActorType)
export class ActorActionsResolver {
  @FieldResolver(() => [ActionType], {
    description: 'The actions this actor owns, by due date (none last), then title.',
  })
  actions(
    @Root() actor: ActorEntity,
    @Arg('status', () => ActionStatusEnum, { nullable: true, description: 'Only this status.' })
    status: ActionStatus | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.actionsOfActor({ status: status ?? null }).load(actor.id);
  }
}
