/**
 * SQL: the ids of an area and of every area within it, at any depth; use as
 * `… IN (${areasWithin(':areaId')})`. `root` is SQL from code, never input: a bound parameter, or
 * a column of the outer query (`areasWithin('forum.area_id')`) to ask for each of its rows.
 */
export function areasWithin(root: string): string {
  return `WITH RECURSIVE within(id) AS (
      SELECT CAST(${root} AS uuid)
      UNION SELECT a.id FROM area a JOIN within w ON a.parent_id = w.id)
    SELECT id FROM within`;
}
