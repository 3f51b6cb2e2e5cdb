// The area tree (tables \`area\`, \`area_municipality\`) as SQL: here, beside \`auth/area-reach.ts\`, so
// that modules loaded before the area module (accounts) may use it too.
/**
 * SQL: the ids of an area and of every area within it, at any depth; use as
 * `… IN (${areasWithin(':areaId')})`. Within an area lie its children (by parent) and, for an area
 * drawn across municipalities, the municipalities it covers. `root` is SQL from code, never
 * input: a bound parameter, or a column of the outer query (`areasWithin('forum.area_id')`) to
 * ask for each of its rows.
 */
export function areasWithin(root: string): string {
  return `WITH RECURSIVE within(id) AS (
      SELECT CAST(${root} AS uuid)
      UNION SELECT inner_area.id FROM (
          SELECT parent_id AS outer_id, id FROM area
          UNION ALL SELECT area_id, municipality_id FROM area_municipality
        ) inner_area JOIN within w ON inner_area.outer_id = w.id)
    SELECT id FROM within`;
}
