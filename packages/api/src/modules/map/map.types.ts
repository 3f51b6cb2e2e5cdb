import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Language } from '../../core/audit/summary';
import { enumOf } from '../../core/graphql/enums';
import {
  type ActorLevel,
  ActorLevelEnum,
  type ActorSector,
  ActorSectorEnum,
  type ActorType,
  ActorKindEnum,
} from '../actor';
import { type AreaKind, AreaKindEnum } from '../area';
import { type ForumKind, ForumKindEnum, type MembershipRole, MembershipRoleEnum } from '../forum';
import {
  type RaciRole,
  RaciRoleEnum,
  type ResponsibilityRole,
  ResponsibilityRoleEnum,
} from '../responsibility';
import { type StrategyKind, StrategyKindEnum } from '../strategy';
import {
  DEFAULT_MAP_DEPTH,
  MAP_CHANGE_KINDS,
  MAP_EDGE_KINDS,
  MAP_NODE_KINDS,
  MAX_MAP_DEPTH,
  type MapChangeKind,
  type MapEdgeKind,
  type MapNodeKind,
} from './map.service';

export const MapNodeKindEnum = enumOf(MAP_NODE_KINDS);
registerEnumType(MapNodeKindEnum, {
  name: 'MapNodeKind',
  description: 'What kind of record a node of the who-does-what map is.',
  valuesConfig: {
    ACTOR: { description: 'An organisation (`Actor`).' },
    PERSON: { description: 'A person (`Person`).' },
    FORUM: { description: 'A forum (`Forum`).' },
    STRATEGY: { description: 'A strategy, programme or plan (`Strategy`).' },
    OBJECTIVE: { description: 'An objective of a strategy (`Objective`).' },
    TOPIC: { description: 'A topic (`Topic`).' },
    AREA: { description: 'An area (`Area`).' },
  },
});

export const MapEdgeKindEnum = enumOf(MAP_EDGE_KINDS);
registerEnumType(MapEdgeKindEnum, {
  name: 'MapEdgeKind',
  description: 'What relation an edge of the who-does-what map stands for, and its direction.',
  valuesConfig: {
    MEMBERSHIP: { description: 'A forum membership: member (actor or forum) → forum.' },
    RESPONSIBILITY: { description: 'A responsibility: actor → subject.' },
    POSITION: { description: 'A position: person → actor.' },
    PARENT: {
      description:
        'Part of: forum → parent forum; actor → its parent actor (`Actor.parent`, in valid time, until the actor is archived; the record is the actor); objective → parent objective, or → its strategy when it has no parent; area → the area it lies in (municipality → county → NUTS-2 → NUTS-1 → country; an added area → its parent). Without a starting node, only the areas something on the map is placed in, and the areas they lie in, are drawn.',
    },
    IMPLEMENTS: { description: 'A strategy → the strategy it carries out.' },
    ANCHORED_IN: { description: 'A forum → a strategy it is anchored in.' },
    REPRESENTS: {
      description: "A representative: person → the member they act for (the membership's member).",
    },
    SUCCEEDED_BY: {
      description:
        'A succession: an actor → the actor it was reorganised into, from the day it ceased (actorSucceed).',
    },
    OPERATES_IN: {
      description:
        'Where an actor works: actor → each of its areas (`Actor.areas`), while the area is among them and until the actor is archived. The record is the actor.',
    },
    CHAIRS: {
      description:
        "A forum's chair: person → forum (`Forum.chair`), while they are its chair and until the forum is dissolved. The record is the forum. Not a membership with the role CHAIR.",
    },
    CONVENES_FORUM: {
      description:
        "A forum's convenor: actor → forum (`Forum.convenor`), while it is its convenor and until the forum is dissolved. The record is the forum. Not a responsibility with the role CONVENES.",
    },
    OWNS: {
      description:
        "A strategy's owner: actor → strategy (`Strategy.owner`), while it is its owner. The record is the strategy.",
    },
  },
});

export const MapChangeKindEnum = enumOf(MAP_CHANGE_KINDS);
registerEnumType(MapChangeKindEnum, {
  name: 'MapChangeKind',
  description: 'How an edge changed between two days.',
  valuesConfig: {
    APPEARED: {
      description:
        'It began between the two days: it holds on the later day and did not on the earlier one, or it began and ended in between (then it ENDED too).',
    },
    ENDED: {
      description:
        'It ended between the two days: it held on the earlier day and no longer does on the later one, or it began and ended in between (then it APPEARED too).',
    },
  },
});

@ObjectType('MapNode', {
  description:
    'A record on the who-does-what map, with what a client needs to draw and filter it. Fields that do not apply to its kind are null.',
})
export class MapNodeType {
  @Field(() => MapNodeKindEnum, { description: 'What kind of record it is.' })
  kind: MapNodeKind;

  @Field({
    description: 'What to write on it: the name; for an objective its code and title ("2.1 …").',
  })
  label: string;

  @Field(() => String, {
    nullable: true,
    description: 'A short name (actors, forums, strategies), e.g. "LPS".',
  })
  shortName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The slug (actors, people, forums, strategies, topics).',
  })
  slug: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The code (objectives "2.1", areas "23").',
  })
  code: string | null;

  @Field(() => ActorSectorEnum, { nullable: true, description: "An actor's sector." })
  sector: ActorSector | null;

  @Field(() => ActorLevelEnum, { nullable: true, description: "An actor's level." })
  level: ActorLevel | null;

  @Field(() => ActorKindEnum, {
    nullable: true,
    description: 'What kind of organisation an actor is.',
  })
  actorType: ActorType | null;

  @Field(() => ForumKindEnum, { nullable: true, description: "A forum's kind." })
  forumKind: ForumKind | null;

  @Field(() => StrategyKindEnum, { nullable: true, description: "A strategy's kind." })
  strategyKind: StrategyKind | null;

  @Field(() => AreaKindEnum, { nullable: true, description: "An area's kind." })
  areaKind: AreaKind | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Hops from the nearest starting node (0: a starting node); null for the whole region.',
  })
  depth: number | null;
}

@ObjectType('MapEdge', {
  description:
    'A relation on the who-does-what map, from `source` to `target`, with the period it holds and where it comes from.',
})
export class MapEdgeType {
  @Field(() => MapEdgeKindEnum, { description: 'What relation it is; it sets the direction.' })
  kind: MapEdgeKind;

  @Field({
    description:
      'What to write on it: the role ("member", "convenes"), the title of a position, "represents in <forum>", "part of", "implements", "anchored in", "succeeded by", "operates in", "chair of", "convenor of", "owner of".',
  })
  label: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a representative (REPRESENTS), the name of the forum they represent the actor in, to word the relation in any language; null for other edges.',
  })
  forumName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a position (POSITION), its title, to word the relation in any language; null for other edges and for a position the sources give no title (its `label` is then "position").',
  })
  positionTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The role: a MembershipRole for memberships, a ResponsibilityRole for responsibilities; null for other edges.',
  })
  role: string | null;

  @Field(() => RaciRoleEnum, {
    nullable: true,
    description: "A responsibility's plain RACI letter; null for other edges.",
  })
  raci: RaciRole | null;

  @Field(() => String, {
    nullable: true,
    description: 'The group a membership is listed under, e.g. "Myndigheter".',
  })
  category: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A responsibility's mandate in words.",
  })
  mandate: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it holds; null: since before anyone recorded, or no valid time.',
  })
  validFrom: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The first day it no longer holds (exclusive); null while it lasts.',
  })
  validTo: string | null;
}

@ObjectType('WhoDoesWhatGraph', {
  description: 'The who-does-what map on a day: its nodes and edges.',
})
export class WhoDoesWhatGraphType {
  @Field(() => [MapNodeType], {
    description:
      'The records on the map, by kind (actors, people, forums, strategies, objectives, topics, areas), then label, then id.',
  })
  nodes: MapNodeType[];

  @Field(() => [MapEdgeType], {
    description:
      'The relations between them, by kind (MEMBERSHIP, RESPONSIBILITY, POSITION, PARENT, IMPLEMENTS, ANCHORED_IN, REPRESENTS, SUCCEEDED_BY, OPERATES_IN, CHAIRS, CONVENES_FORUM, OWNS), then a stable key.',
  })
  edges: MapEdgeType[];
}

@ObjectType('MapChange', { description: 'An edge that appeared or ended between two days.' })
export class MapChangeType {
  @Field(() => MapChangeKindEnum, { description: 'Whether it appeared or ended.' })
  change: MapChangeKind;

  @Field(() => LocalDateResolver, {
    description: 'The day it happened: the edge’s validFrom (appeared) or validTo (ended).',
  })
  day: string;

  @Field(() => MapEdgeType, {
    description: 'The edge, as the map on the later (appeared) or earlier (ended) day shows it.',
  })
  edge: MapEdgeType;

  @Field(() => MapNodeType, {
    nullable: true,
    description:
      'The record the edge starts from, to word the change in another language; null if it is no longer readable.',
  })
  sourceNode: MapNodeType | null;

  @Field(() => MapNodeType, {
    nullable: true,
    description:
      'The record the edge points to, to word the change in another language; null if it is no longer readable.',
  })
  targetNode: MapNodeType | null;

  /** The change in words, in each language: read by `summary(lang:)`. */
  summaries: Record<Language, string>;
}

@InputType('WhoDoesWhatFilter', {
  description:
    'Which part of the who-does-what map to draw. Without a starting node (area, strategy, objective, forum, actor) the whole region; with some, their neighbourhood up to `depth` hops over edges in either direction.',
})
export class WhoDoesWhatFilterInput {
  @Field(() => ID, { nullable: true, description: 'Start from this area.' })
  area?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from this strategy.' })
  strategy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from this objective.' })
  objective?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from this forum.' })
  forum?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from this actor.' })
  actor?: string | null;

  @Field(() => ResponsibilityRoleEnum, {
    nullable: true,
    description:
      'Keep only the responsibility edges of this role, and no membership edges unless `membershipRole` keeps some. Edges without a role stay.',
  })
  role?: ResponsibilityRole | null;

  @Field(() => MembershipRoleEnum, {
    nullable: true,
    description:
      'Keep only the membership edges of this role, and no responsibility edges unless `role` keeps some. Edges without a role stay.',
  })
  membershipRole?: MembershipRole | null;

  @Field(() => ActorSectorEnum, {
    nullable: true,
    description:
      'Keep only the actors of this sector, and drop the edges to or from the other actors.',
  })
  sector?: ActorSector | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day to draw (YYYY-MM-DD). Default: today. `diff` ignores it.',
  })
  asOf?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Draw the map as the register said it at this moment, rebuilt from the audit log: records entered later are left out, and changes made later (an ended responsibility, a new role, a new name) are not yet seen. `asOf` is the day the map is true of in the world; `knownAt` is when we believed it. Default: what the register says now.',
  })
  knownAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MAP_DEPTH,
    description: `How many hops from the starting nodes, 0–${MAX_MAP_DEPTH}. Ignored without a starting node.`,
  })
  depth?: number | null;
}
