import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { Access, PUBLIC } from '../../core/graphql/access';
import { loadNode, Node } from '../../core/graphql/node';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { argumentId } from '../../core/relay/global-id';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { CheckFindingType, ResponsibilityCheckScope, ResponsibilityCheckType } from './check.types';
import {
  RaciCellType,
  RaciConflictType,
  RaciMatrixType,
  RaciRowTotalType,
  RaciRowType,
} from './raci.types';

@Resolver(() => RaciMatrixType)
export class RaciMatrixResolver {
  @Query(() => RaciMatrixType, {
    description:
      "A strategy's RACI matrix on a day: who holds which roles for the strategy and each objective, with totals, gaps and conflicts.",
  })
  @Access(PUBLIC)
  raciMatrix(
    @Arg('strategy', () => ID, { description: 'The strategy.' }) strategy: string,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { services }: Context,
  ) {
    return services.raciMatrix.matrix(
      argumentId(strategy, 'Strategy', 'strategy'),
      asOf ?? today(),
      knownAtOf(knownAt),
    );
  }
}

/** `actor` on a part of the matrix that names its actor by id. */
function ActorField(type: ClassType<{ actorId: string }>, description: string) {
  @Resolver(() => type)
  class ActorFieldResolver {
    @FieldResolver(() => ActorType, { description })
    actor(@Root() part: { actorId: string }, @Ctx() { loaders }: Context) {
      return loaders.actorById.load(part.actorId);
    }
  }
  return ActorFieldResolver;
}

export const RaciRowActorResolver = ActorField(RaciRowType, 'The actor of the row.');
export const RaciCellActorResolver = ActorField(RaciCellType, 'The actor of the cell.');
export const RaciRowTotalActorResolver = ActorField(RaciRowTotalType, 'The actor of the row.');

@Resolver(() => RaciConflictType)
export class RaciConflictResolver {
  @FieldResolver(() => [ActorType], { description: 'The actors that lead it, by name.' })
  async leads(@Root() conflict: RaciConflictType, @Ctx() { loaders }: Context) {
    return present(await loaders.actorById.loadMany(conflict.leadIds));
  }
}

@Resolver(() => ResponsibilityCheckType)
export class ResponsibilityCheckResolver {
  @Query(() => ResponsibilityCheckType, {
    description:
      'Checks responsibilities on a day: objectives nobody leads, subjects several actors lead, missing mandates, archived actors and ended subjects.',
  })
  @Access(PUBLIC)
  responsibilityCheck(
    @Arg('scope', () => ResponsibilityCheckScope, { description: 'What to check.' })
    scope: ResponsibilityCheckScope,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { services }: Context,
  ) {
    const checked = scope.strategy
      ? { strategyId: argumentId(scope.strategy, 'Strategy', 'scope.strategy') }
      : { areaId: argumentId(scope.area!, 'Area', 'scope.area') };
    return services.responsibilityCheck.check(checked, asOf ?? today(), knownAtOf(knownAt));
  }
}

@Resolver(() => CheckFindingType)
export class CheckFindingResolver {
  @FieldResolver(() => [Node], {
    description:
      'The records involved (objective, responsibility, actor, strategy, forum …), to navigate to.',
  })
  async records(@Root() finding: CheckFindingType, @Ctx() context: Context) {
    return present(
      await Promise.all(finding.records.map(({ type, id }) => loadNode(context, type, id))),
    );
  }
}
