import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { type ForumEntity, ForumType } from '../forum';
import { ForumCompositionType } from './composition.types';

@Resolver(() => ForumType)
export class ForumCompositionResolver {
  @FieldResolver(() => ForumCompositionType, {
    description:
      'Who sits in the forum on the day: members by sector, level and area, the municipalities covered and missing, representatives per member, memberships ending soon.',
  })
  composition(
    @Root() forum: ForumEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .forumComposition({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(forum.id);
  }
}
