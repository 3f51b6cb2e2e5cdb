import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { argumentId, decodeInputIds, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { KnownAtArg, ValueAsOfArg, timedFieldOf, valueAsOf } from '../../core/graphql/valid-time';
import { ActorType } from '../actor';
import { AreaType } from '../area';
import { citationIds, RecordResolver } from '../citation';
import { ObjectivesReorderInput, ObjectiveType } from './objective.types';
import type { StrategyEntity } from './strategy.entity';
import {
  StrategyConnection,
  StrategyCreateInput,
  StrategyFilterInput,
  StrategyOrderInput,
  StrategyPayload,
  StrategyType,
  StrategyStatusEnum,
  StrategyUpdateInput,
} from './strategy.types';
import { OrderByArg } from '../../core/graphql/order';
import { strategyCitations } from './strategy.service';

/** The ids in a strategy's create or update input, decoded; `undefined` means "not given". */
function strategyReferences(ids: InputIds, input: StrategyCreateInput | StrategyUpdateInput) {
  return {
    ownerId: ids.optional(input.owner, 'Actor', 'owner'),
    areaId: ids.optional(input.area, 'Area', 'area'),
    implementsId: ids.optional(input.implements, 'Strategy', 'implements'),
    sources: citationIds(ids, input.sources),
  };
}

/** A strategy's field that holds for periods, as the timeline loaders name it. */
const timed = timedFieldOf('Strategy');

@Resolver(() => StrategyType)
export class StrategyResolver extends RecordResolver(StrategyType, 'Strategy', strategyCitations) {
  @Query(() => StrategyType, { nullable: true, description: 'The strategy with this slug.' })
  @Access(PUBLIC)
  strategy(
    @Arg('slug', { description: 'The slug, e.g. "regional-utvecklingsstrategi-2021-2030".' })
    slug: string,
    @Ctx() { services }: Context,
  ) {
    return services.strategy.findBySlug(slug);
  }

  @Query(() => StrategyConnection, {
    description: 'Strategies, programmes and plans, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async strategies(
    @Args() page: PageArgs,
    @Arg('filter', () => StrategyFilterInput, {
      nullable: true,
      description: 'Which strategies to list.',
    })
    filter: StrategyFilterInput | null,
    @OrderByArg(StrategyOrderInput, 'by name') orderBy: StrategyOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    const areaId = filter?.area ? argumentId(filter.area, 'Area', 'filter.area') : null;
    const ownerId = filter?.owner ? argumentId(filter.owner, 'Actor', 'filter.owner') : null;
    return toConnection(
      await services.strategy.list({ ...filter, areaId, ownerId }, page, orderBy),
    );
  }

  @Mutation(() => StrategyPayload, { description: 'Records a strategy, programme or plan.' })
  @Access('EDITOR')
  strategyCreate(
    @Arg('input', { description: 'The new strategy.' }) input: StrategyCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('strategy', async () => {
      const references = decodeInputIds((ids) => strategyReferences(ids, input));
      return services.strategy.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => StrategyPayload, {
    description: 'Changes a strategy (status ENDED ends it); pass the version you read.',
  })
  @Access('EDITOR')
  strategyUpdate(
    @Arg('input', { description: 'The changes.' }) input: StrategyUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('strategy', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Strategy', 'id') ?? '',
        references: strategyReferences(ids, input),
      }));
      return services.strategy.update(caller, { ...input, ...references, id });
    });
  }

  @Mutation(() => StrategyPayload, {
    description:
      'Sets the order of the objectives at one level of a strategy at once; a change of the strategy, so pass its version.',
  })
  @Access('EDITOR')
  objectivesReorder(
    @Arg('input', { description: 'The strategy, the level and its objectives in the new order.' })
    input: ObjectivesReorderInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('strategy', async () => {
      const references = decodeInputIds((ids) => ({
        strategyId: ids.one(input.strategy, 'Strategy', 'strategy') ?? '',
        parentId: ids.optional(input.parent, 'Objective', 'parent') ?? null,
        objectiveIds: ids.many(input.objectives, 'Objective', 'objectives'),
      }));
      return services.strategy.reorderObjectives(caller, {
        ...references,
        version: input.version,
      });
    });
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The actor that owns it.' })
  async owner(
    @Root() strategy: StrategyEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const id = await valueAsOf(loaders, timed(strategy, 'ownerId'), strategy.ownerId, {
      asOf,
      knownAt,
    });
    return id ? loaders.actorById.load(id) : null;
  }

  @FieldResolver(() => StrategyStatusEnum, {
    nullable: true,
    description:
      'Whether it is proposed, in force or ended; null at a `knownAt` before the register knew the strategy.',
  })
  status(
    @Root() strategy: StrategyEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return valueAsOf(loaders, timed(strategy, 'status'), strategy.status, { asOf, knownAt });
  }

  @FieldResolver(() => AreaType, { nullable: true, description: 'The area it is for.' })
  area(@Root() strategy: StrategyEntity, @Ctx() { loaders }: Context) {
    return strategy.areaId ? loaders.areaById.load(strategy.areaId) : null;
  }

  @FieldResolver(() => StrategyType, {
    nullable: true,
    description: 'The strategy this one carries out, e.g. the RUS an action plan implements.',
  })
  implements(@Root() strategy: StrategyEntity, @Ctx() { loaders }: Context) {
    return strategy.implementsId ? loaders.strategyById.load(strategy.implementsId) : null;
  }

  @FieldResolver(() => [StrategyType], {
    description: 'The strategies and plans that carry this one out, by name.',
  })
  implementedBy(@Root() strategy: StrategyEntity, @Ctx() { loaders }: Context) {
    return loaders.strategiesImplementing.load(strategy.id);
  }

  @FieldResolver(() => [ObjectiveType], {
    description: 'All its objectives, sub-objectives included, in tree order (1, 1.1, 1.2, 2).',
  })
  objectives(@Root() strategy: StrategyEntity, @Ctx() { loaders }: Context) {
    return loaders.objectivesOfStrategy.load(strategy.id);
  }

  @FieldResolver(() => [ObjectiveType], {
    description: 'Its top-level objectives, in order; their sub-objectives are their children.',
  })
  async rootObjectives(@Root() strategy: StrategyEntity, @Ctx() { loaders }: Context) {
    const objectives = await loaders.objectivesOfStrategy.load(strategy.id);
    return objectives.filter((objective) => !objective.parentId);
  }
}
