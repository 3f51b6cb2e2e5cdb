import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { AsOfArg } from '../../core/graphql/valid-time';
import { today } from '../../core/valid-time';
import type { Context } from '../../core/context';
import { AreaType } from '../area/area.types';
import type { ForumEntity } from '../forum/forum.entity';
import { ForumType } from '../forum/forum.types';
import { ForumMember } from '../forum/membership.types';
import {
  AreaCountType,
  ForumCompositionType,
  MemberRepresentativeCountType,
  MunicipalityCoverageType,
} from './composition.types';

@Resolver(() => ForumType)
export class ForumCompositionResolver {
  @FieldResolver(() => ForumCompositionType, {
    description:
      'Who sits in the forum on the day: members by sector, level and area, the municipalities covered and missing, representatives per member, memberships ending soon.',
  })
  composition(
    @Root() forum: ForumEntity,
    @AsOfArg() asOf: string | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.forumComposition({ asOf: asOf ?? today() }).load(forum.id);
  }
}

@Resolver(() => AreaCountType)
export class AreaCountResolver {
  @FieldResolver(() => AreaType, { description: 'The area.' })
  area(@Root() count: AreaCountType, @Ctx() { loaders }: Context) {
    return loaders.areaById.load(count.areaId);
  }
}

@Resolver(() => MunicipalityCoverageType)
export class MunicipalityCoverageResolver {
  @FieldResolver(() => [AreaType], {
    description: 'The municipalities some member actor works in, by code.',
  })
  async represented(@Root() coverage: MunicipalityCoverageType, @Ctx() { loaders }: Context) {
    return present(await loaders.areaById.loadMany(coverage.representedIds));
  }

  @FieldResolver(() => [AreaType], {
    description: 'The municipalities no member actor works in, by code.',
  })
  async missing(@Root() coverage: MunicipalityCoverageType, @Ctx() { loaders }: Context) {
    return present(await loaders.areaById.loadMany(coverage.missingIds));
  }
}

@Resolver(() => MemberRepresentativeCountType)
export class MemberRepresentativeCountResolver {
  @FieldResolver(() => ForumMember, { description: 'The member: an actor or another forum.' })
  member(@Root() { member }: MemberRepresentativeCountType, @Ctx() { loaders }: Context) {
    return member.kind === 'Actor'
      ? loaders.actorById.load(member.id)
      : loaders.forumById.load(member.id);
  }
}

export const COMPOSITION_RESOLVERS = [
  ForumCompositionResolver,
  AreaCountResolver,
  MunicipalityCoverageResolver,
  MemberRepresentativeCountResolver,
];
