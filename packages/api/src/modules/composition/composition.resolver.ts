import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import type { Context } from '../../context';
import { AreaType } from '../area';
import { ForumMember } from '../forum';
import {
  AreaCountType,
  MemberRepresentativeCountType,
  MunicipalityCoverageType,
} from './composition.types';

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
