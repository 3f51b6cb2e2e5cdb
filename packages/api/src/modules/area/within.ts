/**
 * SQL for the ids of the area bound as `:<parameter>` and every area within it (children,
 * grandchildren …): a subquery for `area_id IN (…)`.
 */
export function areasWithinSql(parameter: string): string {
  return `WITH RECURSIVE within(id) AS (
      SELECT CAST(:${parameter} AS uuid) UNION SELECT a.id FROM area a JOIN within w ON a.parent_id = w.id)
    SELECT id FROM within`;
}
