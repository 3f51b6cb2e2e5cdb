/**
 * DDL fragments the migrations repeat. A migration's SQL must never change once released, so a
 * change here is a new fragment, not an edit of this one.
 */

/** `<record>_citation`: the sources a record cites, in order, with the passage. */
export function citationTable(record: string): string {
  return `
    CREATE TABLE ${record}_citation (
      ${record}_id uuid NOT NULL REFERENCES ${record} (id) ON DELETE CASCADE,
      source_id uuid NOT NULL REFERENCES source (id),
      quote text,
      section text,
      position integer NOT NULL,
      PRIMARY KEY (${record}_id, position)
    );
    CREATE INDEX ${record}_citation_source_idx ON ${record}_citation (source_id);`;
}

/** The columns every versioned record has. */
export const RECORD_COLUMNS = `
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now()`;

/**
 * Valid time: a half-open period [valid_from, valid_to), null meaning unbounded; the CHECK is
 * the database's last word on "validTo must be after validFrom".
 */
export function validTimeColumns(table: string): string {
  return `
      valid_from date,
      valid_to date,
      CONSTRAINT ${table}_period_check CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)`;
}

/** No two rows with the same key may hold on the same day. */
export function noOverlap(table: string, keyColumns: string[]): string {
  return `
      CONSTRAINT ${table}_no_overlap EXCLUDE USING gist (
        ${keyColumns.map((column) => `${column} WITH =`).join(', ')},
        daterange(valid_from, valid_to, '[)') WITH &&)`;
}

/**
 * Makes the role `name` (no login, no powers) unless the server has it: roles belong to the
 * server, not the database, so another database's migration may have made it, or be making it
 * at the same moment.
 */
export function createRoleOnce(name: string): string {
  return `
    DO $$ BEGIN
      CREATE ROLE ${name} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      -- Made by another database's migration on this server (or at the same moment).
    END $$;`;
}
