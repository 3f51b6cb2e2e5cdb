import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { StrategyType } from '../strategy';
import { ForumType } from './forum.types';

@Resolver(() => StrategyType)
export class StrategyForumsResolver {
  @FieldResolver(() => [ForumType], { description: 'The forums anchored in this strategy.' })
  async anchoredForums(@Root() strategy: { id: string }, @Ctx() { loaders }: Context) {
    return loaders.forumById.loadMany(await loaders.strategyAnchoredForumIds.load(strategy.id));
  }
}
