import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { type ActorEntity, ActorType } from '../actor';
import { ForumMembershipType } from './membership.types';

@Resolver(() => ActorType)
export class ActorMembershipsResolver {
  @FieldResolver(() => [ForumMembershipType], {
    description: 'The forums this actor is a member of on the day.',
  })
  memberships(
    @Root() actor: ActorEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .membershipsOfActor({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(actor.id);
  }
}
