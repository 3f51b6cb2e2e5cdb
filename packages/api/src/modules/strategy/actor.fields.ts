import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ActorEntity, ActorType } from '../actor';
import { StrategyType } from './strategy.types';

@Resolver(() => ActorType)
export class ActorStrategiesResolver {
  @FieldResolver(() => [StrategyType], {
    description: 'The strategies, programmes and plans this actor owns, by name.',
  })
  strategiesOwned(@Root() actor: ActorEntity, @Ctx() { loaders }: Context) {
    return loaders.strategiesOwnedBy.load(actor.id);
  }
}
