import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { type PersonEntity, PersonType } from '../person';
import { ForumMembershipType } from './membership.types';

@Resolver(() => PersonType)
export class PersonRepresentationsResolver {
  @FieldResolver(() => [ForumMembershipType], {
    description: 'The forum memberships this person acts for on the day.',
  })
  async representations(
    @Root() person: PersonEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .representations({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(person.id);
  }
}
