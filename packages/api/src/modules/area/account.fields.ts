import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { AreaType } from './area.types';
import { ApiTokenType, InvitationType, UserType } from '../account';

/** The field `areas` of an account type (user, invitation, token) that holds area ids, read in one batch (`areaById`). */
function areasOf<T extends { areaIds: string[] }>(type: ClassType<T>, description: string) {
  @Resolver(() => type)
  class AreasResolver {
    @FieldResolver(() => [AreaType], { description })
    async areas(@Root() root: T, @Ctx() { loaders }: Context) {
      const areas = await loaders.areaById.loadMany(root.areaIds);
      return areas.filter((area) => area && !(area instanceof Error));
    }
  }
  return AreasResolver;
}

export const accountAreaResolvers: ClassType[] = [
  areasOf(
    UserType,
    'Where the user edits, as an EDITOR: records belonging to these areas or to areas inside them.',
  ),
  areasOf(InvitationType, 'The areas the new user will edit.'),
  areasOf(
    ApiTokenType,
    'The areas it is limited to (empty: none beyond its holder’s): it writes only records belonging to them or to areas inside them.',
  ),
];
