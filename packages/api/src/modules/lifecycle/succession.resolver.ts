import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { payloadOf } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ActorType, type ActorEntity } from '../actor';
import { ActorSucceedInput, ActorSucceedPayload } from './succession.types';

@Resolver(() => ActorType)
export class SuccessionResolver {
  @Mutation(() => ActorSucceedPayload, {
    description:
      'Records that an organisation was reorganised into another: the predecessor is archived on the day naming its successor, what depends on it ends then, and its memberships and responsibilities can carry over to the successor.',
  })
  @Access('EDITOR')
  actorSucceed(
    @Arg('input', { description: 'The predecessor, the successor and the day.' })
    input: ActorSucceedInput,
    @Ctx() { services, caller }: Context,
  ) {
    return payloadOf(() => {
      const ids = decodeInputIds((decode) => ({
        predecessorId: decode.one(input.predecessor, 'Actor', 'predecessor') ?? '',
        successorId: decode.one(input.successor, 'Actor', 'successor') ?? '',
      }));
      const carryOver = input.carryOver ?? false;
      return services.succession.succeed(caller, { ...ids, on: input.on, carryOver });
    });
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The actor it was reorganised into, from the day it was archived; null: none.',
  })
  successor(@Root() actor: ActorEntity, @Ctx() { loaders }: Context) {
    return actor.successorId ? loaders.actorById.load(actor.successorId) : null;
  }

  @FieldResolver(() => [ActorType], {
    description: 'The actors reorganised into this one (their successor).',
  })
  predecessors(@Root() actor: ActorEntity, @Ctx() { loaders }: Context) {
    return loaders.actorPredecessors.load(actor.id);
  }
}
