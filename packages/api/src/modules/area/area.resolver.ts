import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { argumentId, decodeInputIds, type InputIds } from '../../core/relay/global-id';
import { mutationPayload } from '../../core/graphql/payload';
import { present } from '../../core/db/loaders';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { IdentifierType } from '../identifier';
import type { AreaEntity } from './area.entity';
import {
  AreaConnection,
  AreaCreateInput,
  AreaFilterInput,
  AreaOrderInput,
  AreaPayload,
  AreaType,
  AreaUpdateInput,
} from './area.types';
import { OrderByArg } from '../../core/graphql/order';
import { areaCitations } from './area.service';

/** The ids in an area's create or update input, decoded; `undefined` means "not given". */
function areaReferences(ids: InputIds, input: AreaCreateInput | AreaUpdateInput) {
  return {
    parentId: ids.optional(input.parent, 'Area', 'parent'),
    municipalityIds:
      input.municipalities === undefined
        ? undefined
        : ids.many(input.municipalities ?? [], 'Area', 'municipalities'),
    sources: citationIds(ids, input.sources),
    identifiers: input.identifiers === null ? [] : input.identifiers,
  };
}

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

  @Mutation(() => AreaPayload, {
    description:
      "Adds an area drawn across municipalities (admins only); Sweden's reference areas are there already.",
  })
  @Access('ADMIN')
  areaCreate(
    @Arg('input', { description: 'The new area.' }) input: AreaCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('area', async () => {
      const references = decodeInputIds((ids) => areaReferences(ids, input));
      return services.area.createCustom(caller, { ...input, ...references });
    });
  }

  @Mutation(() => AreaPayload, {
    description: 'Changes an area an admin added (admins only); pass the version you read.',
  })
  @Access('ADMIN')
  areaUpdate(
    @Arg('input', { description: 'The changes.' }) input: AreaUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('area', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Area', 'id') ?? '',
        references: areaReferences(ids, input),
      }));
      const { parent: _p, municipalities: _m, sources: _s, ...fields } = input;
      return services.area.updateCustom(caller, { ...fields, ...references, id });
    });
  }

  @FieldResolver(() => [AreaType], {
    description:
      'The municipalities an area drawn across them covers, in the order given; empty for reference areas.',
  })
  async municipalities(@Root() area: AreaEntity, @Ctx() { loaders }: Context) {
    const ids = await loaders.areaMunicipalityIds.load(area.id);
    return present(await loaders.areaById.loadMany(ids));
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
