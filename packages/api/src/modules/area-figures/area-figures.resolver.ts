import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { AsOfArg, KnownAtArg, knownAtOf } from '../../core/graphql/valid-time';
import { argumentId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { type AreaEntity, type AreaKind, AreaKindEnum, AreaType } from '../area';
import { AreaFiguresType } from './area-figures.types';

const IncludeWithinArg = () =>
  Arg('includeWithin', {
    defaultValue: false,
    description:
      'Count what lies within each area too: for a county its municipalities, for an area drawn across municipalities those it covers.',
  });

@Resolver(() => AreaType)
export class AreaFiguresFieldResolver {
  @FieldResolver(() => AreaFiguresType, {
    description:
      'How many actors, responsibilities, forums and memberships it has on a day; batched across areas.',
  })
  figures(
    @Root() area: AreaEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @IncludeWithinArg() includeWithin: boolean,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.areaFigures({ asOf, knownAt: knownAtOf(knownAt), includeWithin }).load(area.id);
  }
}

@Resolver(() => AreaFiguresType)
export class AreaFiguresResolver {
  @Query(() => [AreaFiguresType], {
    description:
      "The figures of every area of a kind (e.g. all 290 municipalities, or a county's), by code: a whole map of areas in one request.",
  })
  @Access(PUBLIC)
  async areaFigures(
    @Arg('kind', () => AreaKindEnum, { description: 'Which kind of area.' }) kind: AreaKind,
    @Arg('within', () => ID, {
      nullable: true,
      description: 'Only the areas of that kind within this area (e.g. a county).',
    })
    within: string | null,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @IncludeWithinArg() includeWithin: boolean,
    @Ctx() { services, loaders }: Context,
  ) {
    const withinId = within ? argumentId(within, 'Area', 'within') : null;
    const areas = await services.area.ofKind(kind, withinId);
    for (const area of areas) loaders.areaById.prime(area.id, area);
    return loaders
      .areaFigures({ asOf, knownAt: knownAtOf(knownAt), includeWithin })
      .loadMany(areas.map((area) => area.id));
  }

  @FieldResolver(() => AreaType, { description: 'The area counted.' })
  area(@Root() figures: AreaFiguresType, @Ctx() { loaders }: Context) {
    return loaders.areaById.load(figures.areaId);
  }
}
