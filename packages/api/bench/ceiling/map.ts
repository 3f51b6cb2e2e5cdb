import {
  MAP_EDGE_KINDS,
  MAP_NODE_KINDS,
  MAP_NODE_TYPES,
  MAP_RECORD_TYPES,
  unrolledWalk,
} from '../../src/modules/map/map.service';
import { today } from '../../src/core/valid-time';
import { RACI_OF } from '../../src/modules/responsibility/raci';
import { answer, citations, gidOf, object } from './sql';

const cases = (value: string, pairs: Record<string, string>, otherwise = 'NULL') =>
  `CASE ${value} ${Object.entries(pairs)
    .map(([when, then]) => `WHEN '${when}' THEN ${then}`)
    .join(' ')} ELSE ${otherwise} END`;

/** The forum a representative's membership `g.record_id` is of, by name. */
const REPRESENTED_FORUM = `(SELECT f.name FROM forum_membership m JOIN forum f ON f.id = m.forum_id WHERE m.id = g.record_id)`;

/** The title of the position `g.record_id`, null when the sources give none. */
const POSITION_TITLE = `(SELECT p.title FROM position p WHERE p.id = g.record_id)`;

const quoted = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, `'${value}'`]));

/**
 * `whoDoesWhat(filter: { area, depth })` on today, as the web client's WhoDoesWhat document asks:
 * the walk from the area over the edges valid today (both directions, up to `depth` hops; the
 * API's own unrolled walk, the fastest we know), every edge with an end fewer than `depth` hops
 * away, its ends as nodes, and each edge's citations — in one statement. (Our API takes three:
 * edges, nodes, citations.)
 */
export const mapStatement = (areaId: string, depth: number) => ({
  text: `
    WITH RECURSIVE
      day(day) AS (SELECT DISTINCT unnest($1::date[])),
      ${unrolledWalk(depth)},
      ends AS (
        SELECT kind, id, min(depth) AS depth FROM (
          SELECT source_kind AS kind, source_id AS id, source_depth AS depth FROM graph
          UNION ALL SELECT target_kind, target_id, target_depth FROM graph
          UNION ALL SELECT kind, id, 0 FROM s0) n
         GROUP BY kind, id
      ),
      node AS (
        SELECT w.kind, w.id, w.depth,
               coalesce(a.name, p.name, f.name, s.name, o.code || ' ' || o.title, t.name, ar.name) AS label,
               coalesce(a.short_name, f.short_name, s.short_name) AS short_name,
               coalesce(a.slug, p.slug, f.slug, s.slug, t.slug) AS slug,
               coalesce(o.code, ar.code) AS code,
               a.sector, a.level, a.type AS actor_type, f.kind AS forum_kind,
               s.kind AS strategy_kind, ar.kind AS area_kind
          FROM ends w
          LEFT JOIN actor a ON w.kind = 'ACTOR' AND a.id = w.id
          LEFT JOIN person p ON w.kind = 'PERSON' AND p.id = w.id
          LEFT JOIN forum f ON w.kind = 'FORUM' AND f.id = w.id
          LEFT JOIN strategy s ON w.kind = 'STRATEGY' AND s.id = w.id
          LEFT JOIN objective o ON w.kind = 'OBJECTIVE' AND o.id = w.id
          LEFT JOIN topic t ON w.kind = 'TOPIC' AND t.id = w.id
          LEFT JOIN area ar ON w.kind = 'AREA' AND ar.id = w.id
         WHERE coalesce(a.id, p.id, f.id, s.id, o.id, t.id, ar.id) IS NOT NULL
      )
    ${answer(
      'whoDoesWhat',
      object({
        nodes: `(SELECT coalesce(json_agg(${object({
          id: gidOf(cases('n.kind', quoted(MAP_NODE_TYPES)), 'n.id'),
          kind: 'n.kind',
          label: 'n.label',
          shortName: 'n.short_name',
          slug: 'n.slug',
          code: 'n.code',
          sector: 'n.sector',
          level: 'n.level',
          actorType: 'n.actor_type',
          forumKind: 'n.forum_kind',
          strategyKind: 'n.strategy_kind',
          areaKind: 'n.area_kind',
          depth: 'n.depth',
        })} ORDER BY array_position(ARRAY[${MAP_NODE_KINDS.map((k) => `'${k}'`).join(', ')}], n.kind), n.label, n.id), '[]') FROM node n)`,
        edges: `(SELECT coalesce(json_agg(${object({
          id: gidOf(`'MapEdge'`, `g.edge_kind || ':' || g.edge_id`),
          kind: 'g.edge_kind',
          source: gidOf(cases('g.source_kind', quoted(MAP_NODE_TYPES)), 'g.source_id'),
          target: gidOf(cases('g.target_kind', quoted(MAP_NODE_TYPES)), 'g.target_id'),
          label: cases('g.edge_kind', {
            MEMBERSHIP: `lower(replace(g.role, '_', ' '))`,
            RESPONSIBILITY: `lower(replace(g.role, '_', ' '))`,
            POSITION: `coalesce(${POSITION_TITLE}, 'position')`,
            REPRESENTS: `'represents in ' || ${REPRESENTED_FORUM}`,
            PARENT: `'part of'`,
            IMPLEMENTS: `'implements'`,
            ANCHORED_IN: `'anchored in'`,
            SUCCEEDED_BY: `'succeeded by'`,
            OPERATES_IN: `'operates in'`,
            CHAIRS: `'chair of'`,
            CONVENES_FORUM: `'convenor of'`,
            OWNS: `'owner of'`,
          }),
          forumName: `CASE WHEN g.edge_kind = 'REPRESENTS' THEN ${REPRESENTED_FORUM} END`,
          positionTitle: `CASE WHEN g.edge_kind = 'POSITION' THEN ${POSITION_TITLE} END`,
          role: 'g.role',
          raci: `CASE WHEN g.edge_kind = 'RESPONSIBILITY' THEN ${cases('g.role', quoted(RACI_OF))} END`,
          category: 'g.category',
          mandate: `CASE WHEN g.edge_kind = 'RESPONSIBILITY' THEN (SELECT r.mandate FROM responsibility r WHERE r.id = g.record_id) END`,
          validFrom: 'g.valid_from',
          validTo: 'g.valid_to',
          record: gidOf(cases('g.record_table', quoted(MAP_RECORD_TYPES)), 'g.record_id'),
          sources: cases(
            'g.record_table',
            Object.fromEntries(
              Object.keys(MAP_RECORD_TYPES).map((table) => [
                table,
                citations(table, 'g.record_id'),
              ]),
            ),
          ),
        })} ORDER BY array_position(ARRAY[${MAP_EDGE_KINDS.map((k) => `'${k}'`).join(', ')}], g.edge_kind), g.edge_id COLLATE "C"), '[]')
          FROM graph g)`,
      }),
    )}`,
  values: [[today()], ['AREA'], [areaId], depth],
});
