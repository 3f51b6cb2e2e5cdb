import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { AsOfArg } from '../../core/graphql/valid-time';
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
    @Ctx() { loaders }: Context,
  ) {
    const membershipIds = await loaders
      .representationIds({ asOf: asOf ?? today() })
      .load(person.id);
    return present(await loaders.forumMembershipById.loadMany(membershipIds));
  }
}
