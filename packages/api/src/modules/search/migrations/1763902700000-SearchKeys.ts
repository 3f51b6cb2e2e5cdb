import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each search entry's names as keys in a B-tree (issue 15's type-ahead speed): `search_entry_key`
 * holds one row per name, short name and initials of an entry, folded without spaces (the parts
 * of `search_keys`), with the entry's node, title, folded names (`search_name`) and `score`, the
 * shortness of its names.
 *
 * A short prefix such as "reg" begins the names of thousands of entries. They rank first (the
 * exact and prefix tiers), ordered by the shortness of their names, so the best of them are read
 * from this index (a range of keys, narrow rows) and the costlier search through the words and
 * trigrams runs only when they do not fill the page. Kept by statement-level triggers on
 * `search_entry`; its keys go with it.
 */
export class SearchKeys1763902700000 implements MigrationInterface {
  name = 'SearchKeys1763902700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_entry_key (
        key text COLLATE "C" NOT NULL,
        source text NOT NULL,
        row_id uuid NOT NULL,
        kind text NOT NULL,
        node_id uuid NOT NULL,
        title text NOT NULL,
        name text,
        score real NOT NULL
      );
      CREATE INDEX search_entry_key_key_idx ON search_entry_key (key);
      CREATE INDEX search_entry_key_entry_idx ON search_entry_key (source, row_id);

      CREATE FUNCTION search_entry_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM search_entry_key k USING old_rows o
            WHERE k.source = o.source AND k.row_id = o.row_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          ${KEYS_OF('new_rows')};
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER search_entry_keys_insert AFTER INSERT ON search_entry
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_entry_keys();
      CREATE TRIGGER search_entry_keys_update AFTER UPDATE ON search_entry
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_entry_keys();
      CREATE TRIGGER search_entry_keys_delete AFTER DELETE ON search_entry
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_entry_keys();

      ${KEYS_OF('search_entry')};
      ANALYZE search_entry_key;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER search_entry_keys_delete ON search_entry;
      DROP TRIGGER search_entry_keys_update ON search_entry;
      DROP TRIGGER search_entry_keys_insert ON search_entry;
      DROP FUNCTION search_entry_keys();
      DROP TABLE search_entry_key;
    `);
  }
}

/**
 * The keys of the entries in `rows`: the parts of `search_keys` ("|lansstyrelsenjamtlandslan|
 * lansstyrelsen|lsjl|"), each once. The score is the one `search` ranks the exact and prefix
 * tiers by (see `SearchService`).
 */
const KEYS_OF = (rows: string) => `
  INSERT INTO search_entry_key (key, source, row_id, kind, node_id, title, name, score)
  SELECT DISTINCT key, e.source, e.row_id, e.kind, e.node_id, e.title, e.search_name,
    0.99 * 8 / (8 + coalesce(length(e.search_name), 0))
  FROM ${rows} e, unnest(string_to_array(e.search_keys, '|')) AS key
  WHERE key <> ''`;
