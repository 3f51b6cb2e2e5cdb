import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { argumentId, decodeInputIds, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { KnownAtArg, ValueAsOfArg, timedFieldOf, valueAsOf } from '../../core/graphql/valid-time';
import { AreaType } from '../area';
import { citationIds, RecordResolver } from '../citation';
import { IdentifierType } from '../identifier';
import type { ActorEntity } from './actor.entity';
import {
  ActorConnection,
  ActorCreateInput,
  ActorFilterInput,
  ActorOrderInput,
  ActorPayload,
  ActorSnapshotType,
  ActorType,
  ActorUpdateInput,
} from './actor.types';
import { OrderByArg } from '../../core/graphql/order';
import { actorCitations } from './actor.service';

/** The ids in an actor's create or update input, decoded; `undefined` means "not given". */
function actorReferences(ids: InputIds, input: ActorCreateInput | ActorUpdateInput) {
  return {
    areaIds: input.areas === undefined ? undefined : ids.many(input.areas ?? [], 'Area', 'areas'),
    parentId: ids.optional(input.parent, 'Actor', 'parent'),
    sources: citationIds(ids, input.sources),
    identifiers: input.identifiers === null ? [] : input.identifiers,
  };
}

/** A actor's field that holds for periods, as the timeline loaders name it. */
const timed = timedFieldOf('Actor');

@Resolver(() => ActorType)
export class ActorResolver extends RecordResolver(ActorType, 'Actor', actorCitations) {
  @Query(() => ActorType, {
    nullable: true,
    description: 'The actor with this slug, archived or not.',
  })
  @Access(PUBLIC)
  actor(
    @Arg('slug', { description: 'The slug, e.g. "region-jamtland-harjedalen".' }) slug: string,
    @Ctx() { services }: Context,
  ) {
    return services.actor.findBySlug(slug);
  }

  @Query(() => ActorType, {
    nullable: true,
    description:
      'The actor an external register knows by this identifier, for matching registers; an unknown scheme is BAD_USER_INPUT.',
  })
  @Access(PUBLIC)
  actorByIdentifier(
    @Arg('scheme', { description: 'The register, e.g. "se-orgnr" or "wikidata".' }) scheme: string,
    @Arg('value', { description: 'The identifier, in any spelling its scheme accepts.' })
    value: string,
    @Ctx() { services }: Context,
  ) {
    return services.actor.findByIdentifier({ scheme, value });
  }

  @Query(() => ActorConnection, {
    description: 'Actors, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async actors(
    @Args() page: PageArgs,
    @Arg('filter', () => ActorFilterInput, { nullable: true, description: 'Which actors to list.' })
    filter: ActorFilterInput | null,
    @OrderByArg(ActorOrderInput, 'by name') orderBy: ActorOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    const areaId = filter?.area ? argumentId(filter.area, 'Area', 'filter.area') : null;
    return toConnection(await services.actor.list({ ...filter, areaId }, page, orderBy));
  }

  @Mutation(() => ActorPayload, { description: 'Records a new actor.' })
  @Access('EDITOR')
  actorCreate(
    @Arg('input', { description: 'The new actor.' }) input: ActorCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('actor', async () => {
      const references = decodeInputIds((ids) => actorReferences(ids, input));
      return services.actor.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => ActorPayload, { description: 'Changes an actor; pass the version you read.' })
  @Access('EDITOR')
  actorUpdate(
    @Arg('input', { description: 'The changes.' }) input: ActorUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('actor', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Actor', 'id') ?? '',
        references: actorReferences(ids, input),
      }));
      const { areas: _a, parent: _p, sources: _s, ...fields } = input;
      return services.actor.update(caller, { ...fields, ...references, id });
    });
  }

  @FieldResolver(() => [AreaType], { description: 'The areas it works in.' })
  async areas(
    @Root() actor: ActorEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const recorded = () => loaders.actorAreaIds.load(actor.id);
    const areaIds =
      (await valueAsOf(loaders, timed(actor, 'areaIds'), recorded, { asOf, knownAt })) ?? [];
    return (await loaders.areaById.loadMany(areaIds)).filter(
      (area) => area && !(area instanceof Error),
    );
  }

  @FieldResolver(() => [IdentifierType], { description: 'Its identifiers in external registers.' })
  identifiers(@Root() actor: ActorEntity, @Ctx() { loaders }: Context) {
    return loaders.actorIdentifiers.load(actor.id);
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The organisation it is part of.',
  })
  async parent(
    @Root() actor: ActorEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const id = await valueAsOf(loaders, timed(actor, 'parentId'), actor.parentId, {
      asOf,
      knownAt,
    });
    return id ? loaders.actorById.load(id) : null;
  }

  @FieldResolver(() => ActorSnapshotType, {
    nullable: true,
    description:
      'The actor as the register said it at a moment, rebuilt from the audit log: its name, sector and the rest as they were recorded then, whatever was changed since. Null if it was not registered yet.',
  })
  asKnownAt(
    @Root() actor: ActorEntity,
    @Arg('at', () => GraphQLISODateTime, { description: 'The moment to look back to.' }) at: Date,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.actorAsKnownAt({ at: at.toISOString() }).load(actor.id);
  }
}
