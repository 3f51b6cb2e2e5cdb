import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Access, PUBLIC } from '../../core/graphql/access';
import { argumentId, toGlobalId } from '../../core/relay/global-id';
import type { Context } from '../../context';
import type { Language } from '../../core/audit/summary';
import { LangArg } from '../../core/graphql/language';
import { CitationType } from '../citation';
import {
  MAP_NODE_TYPES,
  edgeCitationsKey,
  MAP_RECORD_TYPES,
  type MapEdge,
  type MapFilter,
  type MapNode,
  type MapNodeKind,
  type MapNodeRef,
} from './map.service';
import {
  MapChangeType,
  MapEdgeType,
  MapNodeType,
  WhoDoesWhatFilterInput,
  WhoDoesWhatGraphType,
} from './map.types';

/** The filter fields that name a starting node, and the kind of node each takes. */
const STARTS: [keyof WhoDoesWhatFilterInput & string, MapNodeKind][] = [
  ['area', 'AREA'],
  ['strategy', 'STRATEGY'],
  ['objective', 'OBJECTIVE'],
  ['forum', 'FORUM'],
  ['actor', 'ACTOR'],
];

/** The filter with its global IDs decoded; an ID of the wrong type is a BAD_USER_INPUT error. */
function mapFilter(filter: WhoDoesWhatFilterInput | null): MapFilter {
  const starts = STARTS.flatMap(([field, kind]) => {
    const globalId = filter?.[field] as string | null | undefined;
    return globalId
      ? [{ kind, id: argumentId(globalId, MAP_NODE_TYPES[kind], `filter.${field}`) }]
      : [];
  });
  return {
    starts,
    role: filter?.role,
    membershipRole: filter?.membershipRole,
    sector: filter?.sector,
    asOf: filter?.asOf,
    knownAt: filter?.knownAt?.toISOString() ?? null,
    depth: filter?.depth,
  };
}

const nodeId = (node: MapNodeRef) => toGlobalId(MAP_NODE_TYPES[node.kind], node.id);

const FilterArg = (description: string) =>
  Arg('filter', () => WhoDoesWhatFilterInput, { nullable: true, description });

@Resolver()
export class MapResolver {
  @Query(() => WhoDoesWhatGraphType, {
    description:
      'The who-does-what map on a day: actors, people, forums, strategies, objectives, topics and areas, and the memberships, responsibilities, positions, representatives, the areas actors operate in and the structure that connect them — the whole region (with the areas something is placed in), or the neighbourhood of some records.',
  })
  @Access(PUBLIC)
  whoDoesWhat(
    @FilterArg('Where to start, what to keep, which day. Default: the whole region today.')
    filter: WhoDoesWhatFilterInput | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.map.whoDoesWhat(mapFilter(filter), viewer);
  }

  @Query(() => [MapChangeType], {
    description:
      'What changed on the who-does-what map between two days: the edges that appeared (hold on `to`, not on `from`) and ended (held on `from`, not on `to`), by the day it happened. Only memberships, responsibilities, positions, representatives, successions and the areas actors operate in have valid time, so only they change.',
  })
  @Access(PUBLIC)
  whoDoesWhatChanges(
    @Arg('from', () => LocalDateResolver, { description: 'The earlier day.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'The later day; after `from`.' })
    to: string,
    @FilterArg(
      'Which part of the map to compare, applied to the map of each day; `asOf` is ignored, `knownAt` compares the two days as the register said them at that moment.',
    )
    filter: WhoDoesWhatFilterInput | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.map.changesBetween(from, to, mapFilter(filter), viewer);
  }

  @Query(() => [LocalDateResolver], {
    description:
      'The days on which an edge of the who-does-what map begins or ends, earliest first: the stops of a replay of how the picture changed. For the whole region, the days of the edges `role`, `membershipRole` and `sector` keep: exactly the days its map changes. With a starting node, the days of every edge within `depth` hops of it on any day, whatever `role`, `membershipRole` and `sector` say: a superset — on some of these days the drawn part may not change. Only memberships, responsibilities, positions, representatives, successions and the areas actors operate in have valid time, so only they give days; empty when none is dated.',
  })
  @Access(PUBLIC)
  whoDoesWhatTimeline(
    @FilterArg(
      'Which part of the map to replay; `asOf` is ignored, `knownAt` gives the days as the register said them at that moment.',
    )
    filter: WhoDoesWhatFilterInput | null,
    @Ctx() { services }: Context,
  ) {
    return services.map.timeline(mapFilter(filter));
  }
}

@Resolver(() => MapNodeType)
export class MapNodeResolver {
  @FieldResolver(() => ID, {
    description: "The record's global ID: refetch it with `node(id:)`; edges name nodes by it.",
  })
  id(@Root() node: MapNode) {
    return nodeId(node);
  }
}

@Resolver(() => MapEdgeType)
export class MapEdgeResolver {
  @FieldResolver(() => ID, {
    description: 'A stable, opaque ID of the edge: the same edge has the same ID on every day.',
  })
  id(@Root() edge: MapEdge) {
    return toGlobalId('MapEdge', `${edge.kind}:${edge.key}`);
  }

  @FieldResolver(() => ID, { description: 'The ID of the node it starts from.' })
  source(@Root() edge: MapEdge) {
    return nodeId(edge.source);
  }

  @FieldResolver(() => ID, { description: 'The ID of the node it points to.' })
  target(@Root() edge: MapEdge) {
    return nodeId(edge.target);
  }

  @FieldResolver(() => ID, {
    description:
      'The global ID of the record it comes from and cites: the membership, responsibility or position; for a representative the membership; for PARENT, IMPLEMENTS and ANCHORED_IN the child forum, objective, area or strategy; for SUCCEEDED_BY the predecessor; for OPERATES_IN the actor.',
  })
  record(@Root() edge: MapEdge) {
    return toGlobalId(MAP_RECORD_TYPES[edge.record.table], edge.record.id);
  }

  @FieldResolver(() => [CitationType], {
    description: 'Where it comes from: the citations of the record it comes from (see `record`).',
  })
  sources(@Root() edge: MapEdge, @Ctx() { loaders }: Context) {
    return loaders.citations.load(edgeCitationsKey(edge));
  }
}

@Resolver(() => MapChangeType)
export class MapChangeResolver {
  @FieldResolver(() => String, {
    description:
      'The change in words, its ends named as on the day of the change (as the register had them by the end of that day; else as the map shows them): "Almi joined Länspartnerskapet", "Region Jämtland Härjedalen is no longer responsible for objective 2.1"; in Swedish "Almi gick med i Länspartnerskapet".',
  })
  summary(@Root() change: MapChangeType, @LangArg() lang: Language): string {
    return change.summaries[lang];
  }
}
