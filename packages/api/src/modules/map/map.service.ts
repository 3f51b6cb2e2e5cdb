import type { DataSource } from 'typeorm';
import { withheldFrom } from '../../core/auth/publication';
import { tablesSchema } from '../../core/db/publication';
import type { Viewer } from '../../core/auth/roles';
import { InvalidArgument } from '../../core/errors';
import { today } from '../../core/valid-time';
import type { Language } from '../../core/audit/summary';
import { namesOnTheDay, summarise } from './change-summary';
import { actorCitations, type ActorKind, type ActorLevel, type ActorSector } from '../actor';
import { areaCitations, type AreaKind } from '../area';
import type { CitationStore } from '../citation';
import {
  forumCitations,
  type ForumKind,
  forumMembershipCitations,
  type MembershipRole,
} from '../forum';
import { positionCitations } from '../person';
import {
  RACI_OF,
  type RaciRole,
  responsibilityCitations,
  type ResponsibilityRole,
} from '../responsibility';
import { objectiveCitations, strategyCitations, type StrategyKind } from '../strategy';

/** The kinds of records the map draws, in the order it lists them. */
export const MAP_NODE_KINDS = [
  'ACTOR',
  'PERSON',
  'FORUM',
  'STRATEGY',
  'OBJECTIVE',
  'TOPIC',
  'AREA',
] as const;
export type MapNodeKind = (typeof MAP_NODE_KINDS)[number];

/** The relations the map draws (rows of the `map_edge` view), in the order it lists them. */
export const MAP_EDGE_KINDS = [
  'MEMBERSHIP',
  'RESPONSIBILITY',
  'POSITION',
  'PARENT',
  'IMPLEMENTS',
  'ANCHORED_IN',
  'REPRESENTS',
  'SUCCEEDED_BY',
  'OPERATES_IN',
  'CHAIRS',
  'CONVENES_FORUM',
  'OWNS',
] as const;
export type MapEdgeKind = (typeof MAP_EDGE_KINDS)[number];

export const MAP_CHANGE_KINDS = ['APPEARED', 'ENDED'] as const;
export type MapChangeKind = (typeof MAP_CHANGE_KINDS)[number];

/** The record behind each edge, whose citations the edge shows (`map_edge.record_table`). */
const RECORD_CITATIONS = {
  forum_membership: forumMembershipCitations,
  responsibility: responsibilityCitations,
  position: positionCitations,
  forum: forumCitations,
  objective: objectiveCitations,
  strategy: strategyCitations,
  actor: actorCitations,
  area: areaCitations,
} satisfies Record<string, CitationStore>;
export type MapRecordTable = keyof typeof RECORD_CITATIONS;

/** The key of an edge's citations (those of the record it comes from) in the citation loader. */
export const edgeCitationsKey = (edge: MapEdge) =>
  RECORD_CITATIONS[edge.record.table].keyOf(edge.record.id);

/** The record type (as `node(id:)` and the audit log name it) of each table behind an edge. */
export const MAP_RECORD_TYPES: Record<MapRecordTable, string> = {
  forum_membership: 'ForumMembership',
  responsibility: 'Responsibility',
  position: 'Position',
  forum: 'Forum',
  objective: 'Objective',
  strategy: 'Strategy',
  actor: 'Actor',
  area: 'Area',
};

/** The record type of each kind of node. */
export const MAP_NODE_TYPES: Record<MapNodeKind, string> = {
  ACTOR: 'Actor',
  PERSON: 'Person',
  FORUM: 'Forum',
  STRATEGY: 'Strategy',
  OBJECTIVE: 'Objective',
  TOPIC: 'Topic',
  AREA: 'Area',
};

export const MAX_MAP_DEPTH = 4;
export const DEFAULT_MAP_DEPTH = 2;

export interface MapNodeRef {
  kind: MapNodeKind;
  id: string;
}

export interface MapFilter {
  /** Where the walk starts; none: the whole region. */
  starts: MapNodeRef[];
  /** Only responsibility edges of this role (and no membership edge unless `membershipRole`). */
  role?: ResponsibilityRole | null;
  /** Only membership edges of this role (and no responsibility edge unless `role`). */
  membershipRole?: MembershipRole | null;
  /** Only actors of this sector, and the edges between the nodes kept. */
  sector?: ActorSector | null;
  /** Default: today. */
  asOf?: string | null;
  /**
   * What the register said at this moment (ISO timestamp), rebuilt from the audit log; default:
   * what it says now.
   */
  knownAt?: string | null;
  /** Hops from the starting nodes, 0–4; default 2. Ignored without a starting node. */
  depth?: number | null;
}

export interface MapNode extends MapNodeRef {
  label: string;
  shortName: string | null;
  slug: string | null;
  code: string | null;
  sector: ActorSector | null;
  level: ActorLevel | null;
  actorType: ActorKind | null;
  forumKind: ForumKind | null;
  strategyKind: StrategyKind | null;
  areaKind: AreaKind | null;
  /** Hops from the nearest starting node; null for the whole region. */
  depth: number | null;
}

export interface MapEdge {
  kind: MapEdgeKind;
  /** Unique within its kind: the record's id, or "<a>/<b>" for a link between two records. */
  key: string;
  source: MapNodeRef;
  target: MapNodeRef;
  label: string;
  /** For a representative (REPRESENTS), the forum they act in; null for other edges. */
  forumName: string | null;
  /** For a position (POSITION), its title; null for other edges and a position without one. */
  positionTitle: string | null;
  role: string | null;
  raci: RaciRole | null;
  category: string | null;
  mandate: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The record the edge comes from and cites. */
  record: { table: MapRecordTable; id: string };
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MapChange {
  change: MapChangeKind;
  /** The day it happened: the edge's validFrom (appeared) or validTo (ended). */
  day: string;
  edge: MapEdge;
  /** The records at the two ends of the edge, so that a client can word the change itself. */
  sourceNode: MapNode | null;
  targetNode: MapNode | null;
  /** The change in words, in each language. */
  summaries: Record<Language, string>;
}

interface EdgeRow {
  /** The day of the map it is on; null for an edge that came and went between two days. */
  day: string | null;
  edge_kind: MapEdgeKind;
  edge_id: string;
  source_kind: MapNodeKind;
  source_id: string;
  target_kind: MapNodeKind;
  target_id: string;
  role: string | null;
  category: string | null;
  valid_from: string | null;
  valid_to: string | null;
  record_table: MapRecordTable;
  record_id: string;
  source_depth: number | null;
  target_depth: number | null;
  position_title: string | null;
  mandate: string | null;
  forum_name: string | null;
}

interface NodeRow {
  kind: MapNodeKind;
  id: string;
  label: string;
  short_name: string | null;
  slug: string | null;
  code: string | null;
  sector: ActorSector | null;
  level: ActorLevel | null;
  actor_type: ActorKind | null;
  forum_kind: ForumKind | null;
  strategy_kind: StrategyKind | null;
  area_kind: AreaKind | null;
  /** A person who objects to publication (see `withheldFrom`). */
  objects_to_publication: boolean;
}

/** A node as `nodes` reads it: whether it is withheld from anonymous callers beside it. */
type ReadNode = Omit<MapNode, 'depth'> & { objectsToPublication: boolean };

/**
 * CTEs named as the `tables` (table → record type) that stand in for them in a statement: each
 * row as the audit log knew it at the parameter `at` (timestamptz). A record the log first saw
 * later did not exist yet and is left out; one it never saw (written around the services) keeps
 * its present values. For the details of edges and nodes; the edges are `map_edge_known_at`'s.
 * `schema`: where the tables are (`tablesSchema`), named past the CTEs that stand in for them.
 */
function knownTables(tables: Record<string, string>, at: string, schema: string): string {
  return Object.entries(tables)
    .map(
      ([table, recordType]) => `
      "${table}" AS (
        SELECT known.* FROM ${schema}."${table}" live
          LEFT JOIN audit_known(${at}::timestamptz, ARRAY['${recordType}']) k
            ON k.record_id = live.id
         CROSS JOIN LATERAL jsonb_populate_record(live, coalesce(k.fields, '{}')) AS known
         WHERE k.record_id IS NOT NULL
            OR NOT EXISTS (SELECT FROM audit_event e
                            WHERE e.record_type = '${recordType}' AND e.record_id = live.id)
      ),`,
    )
    .join('');
}

/** The tables the edge statement reads details from, with `knownAt`: as the log knew them. */
const EDGE_DETAIL_TABLES = {
  actor: 'Actor',
  position: MAP_RECORD_TYPES.position,
  responsibility: MAP_RECORD_TYPES.responsibility,
  forum_membership: MAP_RECORD_TYPES.forum_membership,
  forum: MAP_RECORD_TYPES.forum,
};

/** The node tables (named as their kinds), with `knownAt`: as the log knew them. */
const NODE_TABLES = Object.fromEntries(
  MAP_NODE_KINDS.map((kind) => [kind.toLowerCase(), MAP_NODE_TYPES[kind]]),
);

/**
 * The filters on an edge `g` whose actor ends are `sa` and `ta` (null for other kinds): the
 * parameters `role` (responsibility role), `membershipRole` and `sector`, each null for none.
 */
const edgeFilters = (role: string, membershipRole: string, sector: string) => `
  ((CAST(${role} AS text) IS NULL AND CAST(${membershipRole} AS text) IS NULL)
   OR g.edge_kind NOT IN ('RESPONSIBILITY', 'MEMBERSHIP')
   OR (g.edge_kind = 'RESPONSIBILITY' AND g.role = ${role})
   OR (g.edge_kind = 'MEMBERSHIP' AND g.role = ${membershipRole}))
  AND (CAST(${sector} AS text) IS NULL
       OR (coalesce(sa.sector, ${sector}) = ${sector} AND coalesce(ta.sector, ${sector}) = ${sector}))`;

/**
 * Areas are walked up, never down: an area's PARENT edge is followed from the area to the one it
 * lies in, not from a county to each of its municipalities. A county's map is who works in the
 * county, its regions and the country above it; the municipalities within are maps of their own
 * (walked down, a county's map at depth 2 took in every actor of every municipality: 1,800 nodes
 * on the national set, several megabytes).
 */
const NOT_DOWN_AN_AREA = (e: string) =>
  `NOT (${e}edge_kind = 'PARENT' AND ${e}source_kind = 'AREA')`;

/**
 * The walk as one recursive CTE over every edge valid on the day (all of them materialised): for
 * the whole region, and with `knownAt`, whose edges come from a function and have no index.
 *
 * The whole region draws the areas the register places something in, not all of Sweden's:
 * `placed` holds each area at the end of an edge the filters keep (an actor operating there, a
 * responsibility for it), then the areas those lie in, up to the country; an area's PARENT edge
 * is drawn when its area is placed. From a starting node, area edges are walked like the others.
 */
const recursiveWalk = `
      edge AS (
        SELECT day.day, e.* FROM day
          JOIN map_edge e ON daterange(e.valid_from, e.valid_to, '[)') @> day.day
      ),
      arc(day, from_kind, from_id, to_kind, to_id) AS (
        SELECT day, source_kind, source_id, target_kind, target_id FROM edge
        UNION ALL
        SELECT day, target_kind, target_id, source_kind, source_id FROM edge
         WHERE ${NOT_DOWN_AN_AREA('')}
      ),
      walk(day, kind, id, depth) AS (
        SELECT day.day, start.kind, start.id, 0
          FROM day CROSS JOIN unnest($2::text[], $3::uuid[]) AS start(kind, id)
        UNION
        SELECT walk.day, arc.to_kind, arc.to_id, walk.depth + 1
          FROM walk
          JOIN arc ON arc.day = walk.day AND arc.from_kind = walk.kind AND arc.from_id = walk.id
         WHERE walk.depth < $4
      ),
      reached AS (SELECT day, kind, id, min(depth) AS depth FROM walk GROUP BY day, kind, id),
      placed(day, id) AS (
        SELECT g.day, g.target_id FROM edge g
          LEFT JOIN actor sa ON g.source_kind = 'ACTOR' AND sa.id = g.source_id
          LEFT JOIN actor ta ON g.target_kind = 'ACTOR' AND ta.id = g.target_id
         WHERE g.target_kind = 'AREA' AND g.source_kind <> 'AREA' AND ${edgeFilters('$5', '$6', '$7')}
        UNION
        SELECT placed.day, edge.target_id FROM placed
          JOIN edge ON edge.day = placed.day AND edge.source_kind = 'AREA' AND edge.source_id = placed.id
      ),
      graph AS (
        SELECT edge.*, rs.depth AS source_depth, rt.depth AS target_depth
          FROM edge
          LEFT JOIN reached rs
            ON rs.day = edge.day AND rs.kind = edge.source_kind AND rs.id = edge.source_id
          LEFT JOIN reached rt
            ON rt.day = edge.day AND rt.kind = edge.target_kind AND rt.id = edge.target_id
         WHERE CASE WHEN cardinality($3::uuid[]) > 0 THEN rs.depth < $4 OR rt.depth < $4
                    ELSE edge.source_kind <> 'AREA'
                         OR EXISTS (SELECT FROM placed p WHERE p.day = edge.day AND p.id = edge.source_id)
               END
      )`;

/**
 * The walk from the starting nodes as a breadth-first search unrolled to `hops` levels: level k
 * holds the nodes first reached in k hops, and the edges touching a level are found per node
 * through the tables' indexes (a LATERAL lookup on each end of the view), so the cost follows the
 * neighbourhood, not the region. Every edge touching a level below `hops` is kept, as the
 * recursive walk keeps it.
 */
export function unrolledWalk(hops: number): string {
  const touching = (level: string) => `
    SELECT s.day, e.* FROM ${level} s CROSS JOIN LATERAL (
      SELECT * FROM map_edge e WHERE e.source_kind = s.kind AND e.source_id = s.id
         AND daterange(e.valid_from, e.valid_to, '[)') @> s.day
      UNION ALL
      SELECT * FROM map_edge e WHERE e.target_kind = s.kind AND e.target_id = s.id
         AND daterange(e.valid_from, e.valid_to, '[)') @> s.day AND ${NOT_DOWN_AN_AREA('e.')}
    ) e`;
  const levels = ['s0'];
  const steps = [];
  for (let level = 1; level <= hops; level++) {
    const below = levels.map((name) => `SELECT day, kind, id FROM ${name}`).join(' UNION ALL ');
    steps.push(`
      e${level} AS MATERIALIZED (${touching(`s${level - 1}`)}),
      s${level} AS MATERIALIZED (
        (SELECT day, source_kind AS kind, source_id AS id FROM e${level}
         UNION SELECT day, target_kind, target_id FROM e${level})
        EXCEPT (${below})
      ),`);
    levels.push(`s${level}`);
  }
  const edges = Array.from({ length: hops }, (_, index) => `SELECT * FROM e${index + 1}`);
  return `
      s0 AS MATERIALIZED (
        SELECT day.day, start.kind, start.id
          FROM day CROSS JOIN unnest($2::text[], $3::uuid[]) AS start(kind, id)
         WHERE $4::int = ${hops} -- the depth, unrolled into the levels below
      ),
      ${steps.join('')}
      reached AS (${levels.map((name, depth) => `SELECT day, kind, id, ${depth} AS depth FROM ${name}`).join(' UNION ALL ')}),
      graph AS (
        SELECT edge.*, rs.depth AS source_depth, rt.depth AS target_depth
          FROM (SELECT DISTINCT ON (day, edge_kind, edge_id) * FROM (${edges.join(' UNION ALL ')}) walked) edge
          LEFT JOIN reached rs
            ON rs.day = edge.day AND rs.kind = edge.source_kind AND rs.id = edge.source_id
          LEFT JOIN reached rt
            ON rt.day = edge.day AND rt.kind = edge.target_kind AND rt.id = edge.target_id
      )`;
}

/**
 * For `diff` (`$1` is [from, to]): the edges that began and ended between the two days, holding on
 * neither, with a null day. Without starting nodes every such edge; with some, those touching a
 * node the walk reached on either day: the neighbourhood as it stood on the two days.
 */
const cameAndWent = `
  SELECT NULL::date AS day, e.*, rs.depth AS source_depth, rt.depth AS target_depth
    FROM map_edge e
    LEFT JOIN (SELECT kind, id, min(depth) AS depth FROM reached GROUP BY kind, id) rs
      ON rs.kind = e.source_kind AND rs.id = e.source_id
    LEFT JOIN (SELECT kind, id, min(depth) AS depth FROM reached GROUP BY kind, id) rt
      ON rt.kind = e.target_kind AND rt.id = e.target_id
   WHERE e.valid_from > ($1::date[])[1] AND e.valid_to <= ($1::date[])[2]
     AND (cardinality($3::uuid[]) = 0 OR rs.depth < $4 OR rt.depth < $4)`;

/**
 * The edges of the map on each of the days `$1` (date[]), in ONE statement over the `map_edge`
 * view — with `knownAt`, over `map_edge_known_at($9)` and the details as the audit log knew them
 * at `$9`, the rest of the statement unchanged: the rows valid that day (half-open periods, null bounds open, no valid time: always);
 * with starting nodes (`$2` kinds, `$3` ids) a recursive walk over them in both directions up to
 * `$4` hops, keeping every edge walked (one end fewer than `$4` hops away); then the filters —
 * `$5` responsibility role, `$6` membership role, `$7` sector. With `changesOnly` only the edges
 * of one day that do not hold on the other (for `diff`, `$1` is [from, to]).
 */
function edgesSql(changesOnly: boolean, knownIn: string | null, hops: number | null): string {
  return `
    WITH RECURSIVE
      ${
        knownIn
          ? `map_edge AS (SELECT * FROM map_edge_known_at($9::timestamptz)),
             ${knownTables(EDGE_DETAIL_TABLES, '$9', knownIn)}`
          : ''
      }
      day(day) AS (SELECT DISTINCT unnest($1::date[])),
      ${hops === null ? recursiveWalk : unrolledWalk(hops)}
    SELECT g.day::text AS day, g.edge_kind, g.edge_id, g.source_kind, g.source_id,
           g.target_kind, g.target_id, g.role, g.category,
           g.valid_from::text AS valid_from, g.valid_to::text AS valid_to,
           g.record_table, g.record_id, g.source_depth, g.target_depth,
           -- Each detail looked up by its record's id: joined, the planner hashed whole tables.
           CASE WHEN g.edge_kind = 'POSITION'
                THEN (SELECT p.title FROM position p WHERE p.id = g.record_id) END AS position_title,
           CASE WHEN g.edge_kind = 'RESPONSIBILITY'
                THEN (SELECT r.mandate FROM responsibility r WHERE r.id = g.record_id) END AS mandate,
           CASE WHEN g.edge_kind = 'REPRESENTS'
                THEN (SELECT f.name FROM forum_membership m JOIN forum f ON f.id = m.forum_id
                       WHERE m.id = g.record_id) END AS forum_name
      FROM ${changesOnly ? `(SELECT * FROM graph UNION ALL ${cameAndWent}) g` : 'graph g'}
      LEFT JOIN actor sa ON g.source_kind = 'ACTOR' AND sa.id = g.source_id
      LEFT JOIN actor ta ON g.target_kind = 'ACTOR' AND ta.id = g.target_id
     WHERE ${edgeFilters('$5', '$6', '$7')}
       ${
         changesOnly
           ? `AND (g.day IS NULL OR NOT daterange(g.valid_from, g.valid_to, '[)') @>
                (CASE WHEN g.day = ($1::date[])[1] THEN ($1::date[])[2] ELSE ($1::date[])[1] END))`
           : ''
       }
     ORDER BY g.day, array_position($8::text[], g.edge_kind), g.edge_id COLLATE "C"`;
}

/**
 * The days on which an edge of the map begins or ends (its `valid_from`, its `valid_to`), earliest
 * first, in one statement over the `map_edge` view — with `knownAt`, over `map_edge_known_at($7)`
 * and the actors as the audit log knew them at `$7`. Without starting nodes, the edges the
 * filters keep (`$4` responsibility role, `$5` membership role, `$6` sector): the days the map of
 * the whole region changes. With starting nodes (`$1` kinds, `$2` ids) every edge within `$3` hops
 * over the edges of all days, unfiltered: the neighbourhood of any one day lies within it, and an
 * edge the filters drop still carries the walk, so these days include every day the drawn part
 * changes (and maybe some on which it does not).
 */
const timelineSql = (knownIn: string | null) => `
  WITH RECURSIVE
    ${
      knownIn
        ? `map_edge AS (SELECT * FROM map_edge_known_at($7::timestamptz)),
           ${knownTables({ actor: 'Actor' }, '$7', knownIn)}`
        : ''
    }
    arc(from_kind, from_id, to_kind, to_id) AS (
      SELECT source_kind, source_id, target_kind, target_id FROM map_edge
      UNION ALL
      SELECT target_kind, target_id, source_kind, source_id FROM map_edge
       WHERE ${NOT_DOWN_AN_AREA('')}
    ),
    walk(kind, id, depth) AS (
      SELECT start.kind, start.id, 0 FROM unnest($1::text[], $2::uuid[]) AS start(kind, id)
      UNION
      SELECT arc.to_kind, arc.to_id, walk.depth + 1
        FROM walk JOIN arc ON arc.from_kind = walk.kind AND arc.from_id = walk.id
       WHERE walk.depth < $3
    ),
    near AS (SELECT DISTINCT kind, id FROM walk WHERE depth < $3)
  SELECT change.day::text AS day
    FROM map_edge g
    LEFT JOIN actor sa ON g.source_kind = 'ACTOR' AND sa.id = g.source_id
    LEFT JOIN actor ta ON g.target_kind = 'ACTOR' AND ta.id = g.target_id
   CROSS JOIN LATERAL (VALUES (g.valid_from), (g.valid_to)) AS change(day)
   WHERE change.day IS NOT NULL
     AND CASE WHEN cardinality($2::uuid[]) = 0 THEN ${edgeFilters('$4', '$5', '$6')}
              ELSE EXISTS (SELECT FROM near
                            WHERE (near.kind = g.source_kind AND near.id = g.source_id)
                               OR (near.kind = g.target_kind AND near.id = g.target_id))
         END
   GROUP BY change.day
   ORDER BY change.day`;

/**
 * The details of the nodes `$1` (kinds) × `$2` (ids) that exist, in one statement; with
 * `knownAt`, as the audit log knew them at `$3`.
 */
const nodesSql = (knownIn: string | null) => `
  ${knownIn ? `WITH ${knownTables(NODE_TABLES, '$3', knownIn).replace(/,$/, '')}` : ''}
  SELECT w.kind, w.id,
         coalesce(a.name, p.name, f.name, s.name, o.code || ' ' || o.title, t.name, ar.name) AS label,
         coalesce(a.short_name, f.short_name, s.short_name) AS short_name,
         coalesce(a.slug, p.slug, f.slug, s.slug, t.slug) AS slug,
         coalesce(o.code, ar.code) AS code,
         a.sector, a.level, a.type AS actor_type, f.kind AS forum_kind, s.kind AS strategy_kind,
         ar.kind AS area_kind, coalesce(p.objects_to_publication, false) AS objects_to_publication
    FROM unnest($1::text[], $2::uuid[]) AS w(kind, id)
    LEFT JOIN actor a ON w.kind = 'ACTOR' AND a.id = w.id
    LEFT JOIN person p ON w.kind = 'PERSON' AND p.id = w.id
    LEFT JOIN forum f ON w.kind = 'FORUM' AND f.id = w.id
    LEFT JOIN strategy s ON w.kind = 'STRATEGY' AND s.id = w.id
    LEFT JOIN objective o ON w.kind = 'OBJECTIVE' AND o.id = w.id
    LEFT JOIN topic t ON w.kind = 'TOPIC' AND t.id = w.id
    LEFT JOIN area ar ON w.kind = 'AREA' AND ar.id = w.id
   WHERE coalesce(a.id, p.id, f.id, s.id, o.id, t.id, ar.id) IS NOT NULL`;

const nodeKey = (node: MapNodeRef) => `${node.kind}:${node.id}`;
const byLabel = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

/** The label of a position the sources give no title. */
const UNTITLED_POSITION = 'position';

/** "member", "convenes": a role as the label of its edge. */
const roleWords = (role: string) => role.toLowerCase().replaceAll('_', ' ');

function edgeLabel(row: EdgeRow): string {
  switch (row.edge_kind) {
    case 'MEMBERSHIP':
    case 'RESPONSIBILITY':
      return roleWords(row.role ?? '');
    case 'POSITION':
      return row.position_title ?? UNTITLED_POSITION;
    case 'REPRESENTS':
      return `represents in ${row.forum_name}`;
    case 'PARENT':
      return 'part of';
    case 'IMPLEMENTS':
      return 'implements';
    case 'ANCHORED_IN':
      return 'anchored in';
    case 'SUCCEEDED_BY':
      return 'succeeded by';
    case 'OPERATES_IN':
      return 'operates in';
    case 'CHAIRS':
      return 'chair of';
    case 'CONVENES_FORUM':
      return 'convenor of';
    case 'OWNS':
      return 'owner of';
  }
}

function edgeOf(row: EdgeRow): MapEdge {
  return {
    kind: row.edge_kind,
    key: row.edge_id,
    source: { kind: row.source_kind, id: row.source_id },
    target: { kind: row.target_kind, id: row.target_id },
    label: edgeLabel(row),
    forumName: row.edge_kind === 'REPRESENTS' ? row.forum_name : null,
    positionTitle: row.edge_kind === 'POSITION' ? row.position_title : null,
    role: row.role,
    raci: row.edge_kind === 'RESPONSIBILITY' ? RACI_OF[row.role as ResponsibilityRole] : null,
    category: row.category,
    mandate: row.mandate,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    record: { table: row.record_table, id: row.record_id },
  };
}

/**
 * The who-does-what map: actors, people, forums, strategies, objectives, topics and areas, and
 * the relations between them that hold on a day — all of it, or the neighbourhood of some
 * records. Every query costs the same number of statements whatever the size of the region:
 * one for the edges (a recursive walk over the `map_edge` view), one for the nodes' details, and
 * one batch for the edges' citations when asked for.
 */
export class MapService {
  constructor(private readonly dataSource: DataSource) {}

  /** With `knownAt`, the schema whose tables the statements read as then known; else null. */
  private knownIn(knownAt: string | Date | null | undefined): string | null {
    return knownAt == null ? null : tablesSchema(this.dataSource);
  }

  /**
   * The map on `filter.asOf` (default today), as the register says now or said at
   * `filter.knownAt`. An anonymous `viewer` does not see people who object to publication, nor
   * the edges that end at them.
   */
  async whoDoesWhat(filter: MapFilter, viewer: Viewer | null): Promise<MapGraph> {
    const depth = this.depthOf(filter);
    const rows = await this.edges([filter.asOf ?? today()], filter, depth, false);
    const edges = rows.map(edgeOf);
    const depths = new Map<string, number | null>();
    const reach = (node: MapNodeRef, hops: number | null) => {
      const key = nodeKey(node);
      const known = depths.get(key);
      depths.set(key, known == null || (hops != null && hops < known) ? hops : known);
    };
    filter.starts.forEach((start) => reach(start, 0));
    rows.forEach((row, index) => {
      reach(edges[index].source, row.source_depth);
      reach(edges[index].target, row.target_depth);
    });
    const { shown, withheld } = splitWithheld(
      viewer,
      await this.nodes([...depths.keys()], filter.knownAt),
    );
    const nodes = shown
      .filter((node) => !filter.sector || node.kind !== 'ACTOR' || node.sector === filter.sector)
      .map((node) => ({ ...node, depth: depths.get(nodeKey(node)) ?? null }));
    return { nodes, edges: edges.filter((edge) => !touches(edge, withheld)) };
  }

  /**
   * What changed between two days: the edges of the map on `to` that did not hold on `from`
   * (APPEARED) and those of the map on `from` that no longer hold on `to` (ENDED), by the day it
   * happened, then as the map orders edges. Each is worded in English and Swedish, its ends named
   * as on the day of the change. An anonymous `viewer` is not told of edges that end at people who
   * object to publication.
   */
  async changesBetween(
    from: string,
    to: string,
    filter: MapFilter,
    viewer: Viewer | null,
  ): Promise<MapChange[]> {
    if (to <= from) throw new InvalidArgument('to', '"to" must be after "from".');
    const depth = this.depthOf(filter);
    const rows = await this.edges([from, to], filter, depth, true);
    const ends = rows.flatMap((row) => [
      nodeKey({ kind: row.source_kind, id: row.source_id }),
      nodeKey({ kind: row.target_kind, id: row.target_id }),
    ]);
    const { shown, withheld } = splitWithheld(
      viewer,
      await this.nodes([...new Set(ends)], filter.knownAt),
    );
    const nodes = new Map(shown.map((node) => [nodeKey(node), node]));
    const changes = rows.flatMap((row) => {
      const edge = edgeOf(row);
      if (touches(edge, withheld)) return [];
      // A row of no day began and ended between the two days: it appeared, then ended.
      const kinds: MapChangeKind[] =
        row.day === null ? ['APPEARED', 'ENDED'] : [row.day === to ? 'APPEARED' : 'ENDED'];
      return kinds.map((change) => ({
        change,
        day: (change === 'APPEARED' ? edge.validFrom : edge.validTo) as string,
        edge,
        forumName: row.forum_name,
      }));
    });
    const names = await namesOnTheDay(
      this.dataSource,
      changes.flatMap(({ edge, day }) => [edge.source, edge.target].map((ref) => ({ ref, day }))),
      filter.knownAt ?? null,
      (ref) => nodes.get(nodeKey(ref))?.label ?? null,
    );
    // Stable sort: rows come by day, kind and key; this puts them by the day of the change.
    return changes
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
      .map(({ forumName, ...change }) => {
        const ends = {
          source: nodeOf(change.edge.source, nodes),
          target: nodeOf(change.edge.target, nodes),
        };
        return {
          ...change,
          sourceNode: ends.source,
          targetNode: ends.target,
          summaries: summarise(change, ends, names, forumName),
        };
      });
  }

  /**
   * The stops of a replay: the days on which an edge of the map begins or ends, earliest first
   * (see `timelineSql` for what the filter narrows). `filter.asOf` is ignored.
   */
  async timeline(filter: MapFilter): Promise<string[]> {
    const depth = this.depthOf(filter);
    const knownAt = filter.knownAt ?? null;
    const rows: { day: string }[] = await this.dataSource.query(
      timelineSql(this.knownIn(knownAt)),
      [...walkParameters(filter, depth), ...(knownAt !== null ? [knownAt] : [])],
    );
    return rows.map((row) => row.day);
  }

  private depthOf(filter: MapFilter): number {
    const depth = filter.depth ?? DEFAULT_MAP_DEPTH;
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_MAP_DEPTH) {
      throw new InvalidArgument(
        'filter.depth',
        `"filter.depth" must be between 0 and ${MAX_MAP_DEPTH}, got ${depth}.`,
      );
    }
    return depth;
  }

  private edges(
    days: string[],
    filter: MapFilter,
    depth: number,
    changesOnly: boolean,
  ): Promise<EdgeRow[]> {
    const knownAt = filter.knownAt ?? null;
    // The indexed walk needs starting nodes, at least one hop, and the live tables' indexes.
    const indexed = filter.starts.length > 0 && depth > 0 && knownAt === null;
    return this.dataSource.query(
      edgesSql(changesOnly, this.knownIn(knownAt), indexed ? depth : null),
      [
        days,
        ...walkParameters(filter, depth),
        MAP_EDGE_KINDS,
        ...(knownAt !== null ? [knownAt] : []),
      ],
    );
  }

  /**
   * The nodes that exist among `keys` ("KIND:id"), by kind, then label, then id; with `knownAt`,
   * as the audit log knew them then.
   */
  private async nodes(keys: string[], knownAt: string | null | undefined): Promise<ReadNode[]> {
    if (keys.length === 0) return [];
    const refs = keys.map((key) => {
      const [kind, id] = key.split(':');
      return { kind, id };
    });
    const rows: NodeRow[] = await this.dataSource.query(nodesSql(this.knownIn(knownAt)), [
      refs.map((ref) => ref.kind),
      refs.map((ref) => ref.id),
      ...(knownAt != null ? [knownAt] : []),
    ]);
    return rows
      .map((row) => ({
        kind: row.kind,
        id: row.id,
        label: row.label,
        shortName: row.short_name,
        slug: row.slug,
        code: row.code,
        sector: row.sector,
        level: row.level,
        actorType: row.actor_type,
        forumKind: row.forum_kind,
        strategyKind: row.strategy_kind,
        areaKind: row.area_kind,
        objectsToPublication: row.objects_to_publication,
      }))
      .sort(
        (a, b) =>
          MAP_NODE_KINDS.indexOf(a.kind) - MAP_NODE_KINDS.indexOf(b.kind) ||
          byLabel.compare(a.label, b.label) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }
}

/** The nodes `viewer` is shown, and the keys of those withheld from them (`withheldFrom`). */
function splitWithheld(viewer: Viewer | null, nodes: ReadNode[]) {
  const withheld = new Set<string>();
  const shown: Omit<MapNode, 'depth'>[] = [];
  for (const { objectsToPublication, ...node } of nodes) {
    if (withheldFrom(viewer, { objectsToPublication })) withheld.add(nodeKey(node));
    else shown.push(node);
  }
  return { shown, withheld };
}

/** Whether either end of `edge` is among the node keys `nodes`. */
const touches = (edge: MapEdge, nodes: Set<string>) =>
  nodes.has(nodeKey(edge.source)) || nodes.has(nodeKey(edge.target));

/** The SQL parameters of the walk and its filters, in the order `edgesSql` and `timelineSql` number them. */
function walkParameters(filter: MapFilter, depth: number): unknown[] {
  return [
    filter.starts.map((start) => start.kind),
    filter.starts.map((start) => start.id),
    depth,
    filter.role ?? null,
    filter.membershipRole ?? null,
    filter.sector ?? null,
  ];
}

function nodeOf(ref: MapNodeRef, nodes: Map<string, Omit<MapNode, 'depth'>>): MapNode | null {
  const node = nodes.get(nodeKey(ref));
  return node ? { ...node, depth: null } : null;
}
