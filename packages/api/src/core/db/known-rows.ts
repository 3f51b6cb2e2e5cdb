/**
 * SQL: the rows of `table` as the audit log had them at `at` (SQL for an instant, e.g. `$3` or
 * `:knownAt`; see migration KnownAt's `audit_known_rows`), with the table's own row type, so a
 * CTE named as the table (`forum AS (${knownRows(…)})`) stands in for it in a statement: what
 * the register said then. `recordType` and `table` are names from code, never input.
 */
export function knownRows(recordType: string, table: string, at: string): string {
  return `SELECT * FROM audit_known_rows(CAST(${at} AS timestamptz), '${recordType}', NULL::"${table}")`;
}
