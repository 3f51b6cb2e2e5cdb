import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type AreaEntity, AreaType } from '../area';
import { StrategyType } from './strategy.types';

@Resolver(() => AreaType)
export class AreaStrategiesResolver {
  @FieldResolver(() => [StrategyType], {
    description: 'The strategies, programmes and plans for this area, by name.',
  })
  strategies(@Root() area: AreaEntity, @Ctx() { loaders }: Context) {
    return loaders.strategiesInArea.load(area.id);
  }
}
