import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { argumentId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { RecordResolver } from '../citation';
import { IdentifierType } from '../identifier';
import type { AreaEntity } from './area.entity';
import { AreaConnection, AreaFilterInput, AreaOrderInput, AreaType } from './area.types';
import { OrderByArg } from '../../core/graphql/order';
import { areaCitations } from './area.service';

@Resolver(() => AreaType)
export class AreaResolver extends RecordResolver(AreaType, 'Area', areaCitations) {
  @Query(() => AreaType, { nullable: true, description: 'The area with this official code.' })
  @Access(PUBLIC)
  area(
    @Arg('code', { description: 'The official code, e.g. "23" or "2380".' }) code: string,
    @Ctx() { services }: Context,
  ) {
    return services.area.findByCode(code);
  }

  @Query(() => AreaType, {
    nullable: true,
    description:
      'The area an external register knows by this identifier (e.g. scheme "nuts", "SE322" or "se322"); an unknown scheme is BAD_USER_INPUT.',
  })
  @Access(PUBLIC)
  areaByIdentifier(
    @Arg('scheme', { description: 'The register, e.g. "scb" or "nuts".' }) scheme: string,
    @Arg('value', { description: 'The identifier, in any spelling its scheme accepts.' })
    value: string,
    @Ctx() { services }: Context,
  ) {
    return services.area.findByIdentifier({ scheme, value });
  }

  @Query(() => AreaConnection, {
    description: 'Areas, filtered and sorted (by code unless told).',
  })
  @Access(PUBLIC)
  async areas(
    @Args() page: PageArgs,
    @Arg('filter', () => AreaFilterInput, { nullable: true, description: 'Which areas to list.' })
    filter: AreaFilterInput | null,
    @OrderByArg(AreaOrderInput, 'by code') orderBy: AreaOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    const parentId = filter?.parent ? argumentId(filter.parent, 'Area', 'filter.parent') : null;
    return toConnection(await services.area.list({ kind: filter?.kind, parentId }, page, orderBy));
  }

  @FieldResolver(() => AreaType, { nullable: true, description: 'The area this one lies in.' })
  parent(@Root() area: AreaEntity, @Ctx() { loaders }: Context) {
    return area.parentId ? loaders.areaById.load(area.parentId) : null;
  }

  @FieldResolver(() => [IdentifierType], { description: 'Its identifiers in external registers.' })
  identifiers(@Root() area: AreaEntity, @Ctx() { loaders }: Context) {
    return loaders.areaIdentifiers.load(area.id);
  }

  @FieldResolver(() => [AreaType], { description: 'The areas directly within this one, by code.' })
  children(@Root() area: AreaEntity, @Ctx() { loaders }: Context) {
    return loaders.areaChildren.load(area.id);
  }
}
