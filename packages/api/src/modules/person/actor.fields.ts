import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { type ActorEntity, ActorType } from '../actor';
import { PositionType } from './position.types';

@Resolver(() => ActorType)
export class ActorPositionsResolver {
  @FieldResolver(() => [PositionType], {
    description: 'The positions held at this actor on the day.',
  })
  positions(
    @Root() actor: ActorEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .positionsAtActor({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(actor.id);
  }
}
