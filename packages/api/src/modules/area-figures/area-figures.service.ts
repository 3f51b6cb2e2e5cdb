import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { knownRows } from '../../core/db/known-rows';
import { loaderFamily } from '../../core/db/loaders';
import { batchedRead } from '../../core/db/read-batch';
import { today } from '../../core/valid-time';
import { areasWithin } from '../area';

/** What is counted for an area on a day. */
export interface AreaFigures {
  areaId: string;
  /** Actors not archived that day whose areas that day include it. */
  actors: number;
  /** Responsibilities for it, valid that day. */
  responsibilities: number;
  /** Forums working for it (status ACTIVE that day). */
  forums: number;
  /** Memberships valid that day in forums working for it, whatever the forum's status. */
  memberships: number;
}

export interface FiguresOptions {
  /** The day; today when null. */
  asOf: string | null;
  /** As the register said it at this instant (ISO); as it says now when null. */
  knownAt: string | null;
  /** Count what lies within the area too: its children at any depth, the municipalities it covers. */
  includeWithin: boolean;
}

/**
 * The tables as the audit log had them at `$3` (see migration KnownAt): named as the tables, these
 * stand in for them in the statement below. Areas are read as they are now.
 */
const AS_KNOWN = `
  actor AS (${knownRows('Actor', 'actor', '$3')}),
  responsibility AS (${knownRows('Responsibility', 'responsibility', '$3')}),
  forum AS (${knownRows('Forum', 'forum', '$3')}),
  forum_membership AS (${knownRows('ForumMembership', 'forum_membership', '$3')}),
  attribute_period AS (
    SELECT * FROM attribute_period_known_at($3::timestamptz, ARRAY['Actor', 'Forum'])),`;

/**
 * One statement for any number of areas: each area's counted areas (itself, or with
 * `includeWithin` everything within it), joined once to each kind of record on the day, counted
 * per area. An actor's areas and a forum's status are fields that change in time, read from
 * their periods (core/db/timeline.ts).
 */
const figuresSql = ({ knownAt, includeWithin }: FiguresOptions) => `
  WITH ${knownAt ? AS_KNOWN : ''}
  wanted AS (SELECT DISTINCT unnest($1::uuid[]) AS area_id),
  counted AS (
    SELECT w.area_id, c.id AS counted_id FROM wanted w
    CROSS JOIN LATERAL (${includeWithin ? areasWithin('w.area_id') : 'SELECT w.area_id AS id'}) c),
  actor_area AS (
    SELECT p.record_id AS actor_id, area.id::uuid AS area_id
      FROM attribute_period p
      CROSS JOIN LATERAL jsonb_array_elements_text(p.value) AS area(id)
      JOIN actor a ON a.id = p.record_id AND (a.archived_on IS NULL OR a.archived_on > $2::date)
     WHERE p.record_type = 'Actor' AND p.attribute = 'areaIds'
       AND daterange(p.valid_from, p.valid_to) @> $2::date),
  working_forum AS (
    SELECT f.id, f.area_id FROM forum f
      JOIN attribute_period p ON p.record_type = 'Forum' AND p.record_id = f.id
       AND p.attribute = 'status' AND daterange(p.valid_from, p.valid_to) @> $2::date
     WHERE p.value #>> '{}' = 'ACTIVE'),
  actors AS (
    SELECT c.area_id, count(DISTINCT x.actor_id) AS n
      FROM counted c JOIN actor_area x ON x.area_id = c.counted_id GROUP BY c.area_id),
  responsibilities AS (
    SELECT c.area_id, count(*) AS n
      FROM counted c JOIN responsibility r ON r.area_id = c.counted_id
     WHERE daterange(r.valid_from, r.valid_to) @> $2::date GROUP BY c.area_id),
  forums AS (
    SELECT c.area_id, count(*) AS n
      FROM counted c JOIN working_forum f ON f.area_id = c.counted_id GROUP BY c.area_id),
  memberships AS (
    SELECT c.area_id, count(*) AS n
      FROM counted c JOIN forum f ON f.area_id = c.counted_id
      JOIN forum_membership m ON m.forum_id = f.id
     WHERE daterange(m.valid_from, m.valid_to) @> $2::date GROUP BY c.area_id)
  SELECT w.area_id::text AS area_id, coalesce(actors.n, 0)::int AS actors,
         coalesce(responsibilities.n, 0)::int AS responsibilities,
         coalesce(forums.n, 0)::int AS forums, coalesce(memberships.n, 0)::int AS memberships
    FROM wanted w
    LEFT JOIN actors USING (area_id) LEFT JOIN responsibilities USING (area_id)
    LEFT JOIN forums USING (area_id) LEFT JOIN memberships USING (area_id)`;

interface FiguresRow {
  area_id: string;
  actors: number;
  responsibilities: number;
  forums: number;
  memberships: number;
}

/** How many actors, responsibilities, forums and memberships areas have on a day. */
export class AreaFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  /** The figures of each area, in the order of `areaIds`. */
  async figures(areaIds: readonly string[], options: FiguresOptions): Promise<AreaFigures[]> {
    const day = options.asOf ?? today();
    const rows = await batchedRead<FiguresRow>(
      this.dataSource,
      figuresSql(options),
      options.knownAt ? [areaIds, day, options.knownAt] : [areaIds, day],
    );
    const byArea = new Map(rows.map((row) => [row.area_id, row]));
    return areaIds.map((areaId) => {
      const {
        actors = 0,
        responsibilities = 0,
        forums = 0,
        memberships = 0,
      } = byArea.get(areaId) ?? {};
      return { areaId, actors, responsibilities, forums, memberships };
    });
  }

  loaders() {
    return {
      areaFigures: () =>
        loaderFamily(
          (options: FiguresOptions) =>
            new DataLoader<string, AreaFigures>((ids) => this.figures(ids, options)),
        ),
    };
  }
}
