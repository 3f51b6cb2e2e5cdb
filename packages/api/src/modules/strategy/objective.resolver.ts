import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { IndicatorType } from './indicator.types';
import type { ObjectiveEntity } from './objective.entity';
import {
  ObjectiveCreateInput,
  ObjectivePayload,
  ObjectiveType,
  ObjectiveUpdateInput,
} from './objective.types';
import { StrategyType } from './strategy.types';
import { objectiveCitations } from './objective.service';

@Resolver(() => ObjectiveType)
export class ObjectiveResolver extends RecordResolver(
  ObjectiveType,
  'Objective',
  objectiveCitations,
) {
  @Mutation(() => ObjectivePayload, { description: 'Records an objective of a strategy.' })
  @Access('EDITOR')
  objectiveCreate(
    @Arg('input', { description: 'The new objective.' }) input: ObjectiveCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('objective', async () => {
      const references = decodeInputIds((ids) => ({
        strategyId: ids.one(input.strategy, 'Strategy', 'strategy') ?? '',
        parentId: ids.optional(input.parent, 'Objective', 'parent'),
        sources: citationIds(ids, input.sources),
      }));
      return services.objective.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => ObjectivePayload, {
    description: 'Changes an objective (not its strategy); pass the version you read.',
  })
  @Access('EDITOR')
  objectiveUpdate(
    @Arg('input', { description: 'The changes.' }) input: ObjectiveUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('objective', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Objective', 'id') ?? '',
        parentId: ids.optional(input.parent, 'Objective', 'parent'),
        sources: citationIds(ids, input.sources),
      }));
      return services.objective.update(caller, { ...input, ...references });
    });
  }

  @FieldResolver(() => StrategyType, { description: 'The strategy it belongs to.' })
  strategy(@Root() objective: ObjectiveEntity, @Ctx() { loaders }: Context) {
    return loaders.strategyById.load(objective.strategyId);
  }

  @FieldResolver(() => ObjectiveType, {
    nullable: true,
    description: 'The objective it is part of; null for a top-level objective.',
  })
  parent(@Root() objective: ObjectiveEntity, @Ctx() { loaders }: Context) {
    return objective.parentId ? loaders.objectiveById.load(objective.parentId) : null;
  }

  @FieldResolver(() => [ObjectiveType], { description: 'Its sub-objectives, in order.' })
  children(@Root() objective: ObjectiveEntity, @Ctx() { loaders }: Context) {
    return loaders.objectiveChildren.load(objective.id);
  }

  @FieldResolver(() => [IndicatorType], {
    description: 'The indicators that follow it up, by name.',
  })
  indicators(@Root() objective: ObjectiveEntity, @Ctx() { loaders }: Context) {
    return loaders.indicatorsOfObjective.load(objective.id);
  }
}
