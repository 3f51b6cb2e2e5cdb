import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import {
  AsOfArg,
  KnownAtArg,
  knownAtOf,
  ValueAsOfArg,
  timedFieldOf,
  valueAsOf,
} from '../../core/graphql/valid-time';
import { argumentId, decodeInputIds, type InputIds } from '../../core/relay/global-id';
import { omit } from '../../core/validate';
import { today } from '../../core/valid-time';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { AreaType } from '../area';
import { citationIds, RecordResolver } from '../citation';
import { IdentifierType } from '../identifier';
import { StrategyType } from '../strategy';
import { PersonType, visiblePerson } from '../person';
import type { ForumEntity } from './forum.entity';
import {
  ForumConnection,
  ForumCreateInput,
  ForumFilterInput,
  ForumOrderInput,
  ForumPayload,
  ForumStatusEnum,
  ForumType,
  ForumUpdateInput,
} from './forum.types';
import type { MembershipRole } from './membership.entity';
import { ForumMembershipType, MembershipRoleEnum } from './membership.types';
import { OrderByArg } from '../../core/graphql/order';
import { forumCitations } from './forum.service';

/** The ids in a forum's create or update input, decoded; `undefined` means "not given". */
function forumReferences(ids: InputIds, input: ForumCreateInput | ForumUpdateInput) {
  return {
    parentId: ids.optional(input.parent, 'Forum', 'parent'),
    convenorId: ids.optional(input.convenor, 'Actor', 'convenor'),
    chairId: ids.optional(input.chair, 'Person', 'chair'),
    areaId: ids.optional(input.area, 'Area', 'area'),
    sources: citationIds(ids, input.sources),
    anchoredInIds:
      input.anchoredIn === undefined
        ? undefined
        : ids.many(input.anchoredIn ?? [], 'Strategy', 'anchoredIn'),
  };
}

/** The fields of a forum's input that `forumReferences` decodes. */
/** A forum's field that holds for periods, as the timeline loaders name it. */
const timed = timedFieldOf('Forum');

const REFERENCES = ['parent', 'convenor', 'chair', 'area', 'sources', 'anchoredIn'] as const;

@Resolver(() => ForumType)
export class ForumResolver extends RecordResolver(ForumType, 'Forum', forumCitations) {
  @Query(() => ForumType, { nullable: true, description: 'The forum with this slug.' })
  @Access(PUBLIC)
  forum(
    @Arg('slug', { description: 'The slug, e.g. "lanspartnerskapet".' }) slug: string,
    @Ctx() { services }: Context,
  ) {
    return services.forum.findBySlug(slug);
  }

  @Query(() => ForumType, {
    nullable: true,
    description:
      'The forum an external register knows by this identifier, for matching registers; an unknown scheme is BAD_USER_INPUT.',
  })
  @Access(PUBLIC)
  forumByIdentifier(
    @Arg('scheme', { description: 'The register, e.g. "wikidata".' }) scheme: string,
    @Arg('value', { description: 'The identifier, in any spelling its scheme accepts.' })
    value: string,
    @Ctx() { services }: Context,
  ) {
    return services.forum.findByIdentifier({ scheme, value });
  }

  @Query(() => ForumConnection, {
    description: 'Forums, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async forums(
    @Args() page: PageArgs,
    @Arg('filter', () => ForumFilterInput, { nullable: true, description: 'Which forums to list.' })
    filter: ForumFilterInput | null,
    @OrderByArg(ForumOrderInput, 'by name') orderBy: ForumOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    const areaId = filter?.area ? argumentId(filter.area, 'Area', 'filter.area') : null;
    return toConnection(await services.forum.list({ ...filter, areaId }, page, orderBy));
  }

  @Mutation(() => ForumPayload, { description: 'Records a new forum.' })
  @Access('EDITOR')
  forumCreate(
    @Arg('input', { description: 'The new forum.' }) input: ForumCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forum', async () => {
      const references = decodeInputIds((ids) => forumReferences(ids, input));
      return services.forum.create(caller, {
        ...omit(input, REFERENCES),
        ...references,
        identifiers: input.identifiers ?? [],
      });
    });
  }

  @Mutation(() => ForumPayload, {
    description: 'Changes a forum (dissolving it too); pass the version you read.',
  })
  @Access('EDITOR')
  forumUpdate(
    @Arg('input', { description: 'The changes.' }) input: ForumUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('forum', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Forum', 'id') ?? '',
        references: forumReferences(ids, input),
      }));
      return services.forum.update(caller, { ...omit(input, REFERENCES), ...references, id });
    });
  }

  @FieldResolver(() => ForumType, { nullable: true, description: 'The forum it is part of.' })
  async parent(
    @Root() forum: ForumEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const id = await valueAsOf(loaders, timed(forum, 'parentId'), forum.parentId, {
      asOf,
      knownAt,
    });
    return id ? loaders.forumById.load(id) : null;
  }

  @FieldResolver(() => [IdentifierType], { description: 'Its identifiers in external registers.' })
  identifiers(@Root() forum: ForumEntity, @Ctx() { loaders }: Context) {
    return loaders.forumIdentifiers.load(forum.id);
  }

  @FieldResolver(() => [ForumType], { description: 'The forums directly part of it, by name.' })
  children(@Root() forum: ForumEntity, @Ctx() { loaders }: Context) {
    return loaders.forumChildren.load(forum.id);
  }

  @FieldResolver(() => [StrategyType], {
    description: 'The strategies it is anchored in (the RUS as "röd tråd"), in order.',
  })
  async anchoredIn(@Root() forum: ForumEntity, @Ctx() { loaders }: Context) {
    return loaders.strategyById.loadMany(await loaders.forumAnchorIds.load(forum.id));
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The actor that convenes it.' })
  async convenor(
    @Root() forum: ForumEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    const id = await valueAsOf(loaders, timed(forum, 'convenorId'), forum.convenorId, {
      asOf,
      knownAt,
    });
    return id ? loaders.actorById.load(id) : null;
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description:
      'The person who chairs it; null for anonymous callers when they object to publication.',
  })
  async chair(
    @Root() forum: ForumEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders, viewer }: Context,
  ) {
    const id = await valueAsOf(loaders, timed(forum, 'chairId'), forum.chairId, { asOf, knownAt });
    return id ? visiblePerson(viewer, await loaders.personById.load(id)) : null;
  }

  @FieldResolver(() => ForumStatusEnum, {
    nullable: true,
    description:
      'Where it stands: proposed, active, dissolved; null at a `knownAt` before the register knew the forum.',
  })
  status(
    @Root() forum: ForumEntity,
    @ValueAsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return valueAsOf(loaders, timed(forum, 'status'), forum.status, { asOf, knownAt });
  }

  @FieldResolver(() => AreaType, { nullable: true, description: 'The area it works for.' })
  area(@Root() forum: ForumEntity, @Ctx() { loaders }: Context) {
    return forum.areaId ? loaders.areaById.load(forum.areaId) : null;
  }

  @FieldResolver(() => [ForumMembershipType], {
    description:
      'Its members on the day, by category (members without one first), role (in the order of MembershipRole), then name.',
  })
  members(
    @Root() forum: ForumEntity,
    @AsOfArg() asOf: string | null,
    @Arg('category', () => String, {
      nullable: true,
      description: 'Only members listed under this category, e.g. "Myndigheter".',
    })
    category: string | null,
    @Arg('role', () => MembershipRoleEnum, {
      nullable: true,
      description: 'Only members in this role.',
    })
    role: MembershipRole | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .membersOfForum({
        asOf: asOf ?? today(),
        knownAt: knownAtOf(knownAt),
        category: category ?? null,
        role: role ?? null,
      })
      .load(forum.id);
  }

  @FieldResolver(() => [ForumMembershipType], {
    description: 'The memberships this forum itself holds in other forums on the day.',
  })
  memberships(
    @Root() forum: ForumEntity,
    @AsOfArg() asOf: string | null,
    @KnownAtArg() knownAt: Date | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders
      .membershipsOfForum({ asOf: asOf ?? today(), knownAt: knownAtOf(knownAt) })
      .load(forum.id);
  }
}
