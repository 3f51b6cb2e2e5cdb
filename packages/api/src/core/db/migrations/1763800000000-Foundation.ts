import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: tokens, the audit log, areas, sources and actors with their citations.
 * Enumerations are CHECK constraints on text (adding a value is a one-line migration).
 * Timestamps keep milliseconds only, so they survive a round trip through a cursor.
 */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        role text NOT NULL CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN')),
        token_hash text NOT NULL UNIQUE,
        display_prefix text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz(3)
      );

      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        operation text NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END')),
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        token_id uuid REFERENCES api_token (id),
        actor_name text NOT NULL,
        request_id text,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id, id DESC);
      CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);

      CREATE TABLE area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (btrim(code) <> ''),
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL CHECK (kind IN ('COUNTRY', 'NUTS2', 'COUNTY', 'MUNICIPALITY', 'OTHER')),
        parent_id uuid REFERENCES area (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX area_parent_idx ON area (parent_id);

      CREATE TABLE actor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        short_name text,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        sector text NOT NULL CHECK (sector IN ('PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY')),
        level text NOT NULL CHECK (level IN ('LOCAL', 'REGIONAL', 'NATIONAL', 'EU')),
        type text NOT NULL,
        parent_id uuid REFERENCES actor (id),
        website text,
        description text,
        archived_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('swedish', name), 'A') ||
          setweight(to_tsvector('simple', name || ' ' || coalesce(short_name, '')), 'A') ||
          setweight(to_tsvector('swedish', coalesce(description, '')), 'C')
        ) STORED
      );
      CREATE INDEX actor_search_idx ON actor USING gin (search);
      CREATE INDEX actor_name_idx ON actor (name, id);
      CREATE INDEX actor_parent_idx ON actor (parent_id);
      CREATE INDEX actor_sector_idx ON actor (sector);

      CREATE TABLE actor_area (
        actor_id uuid NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        area_id uuid NOT NULL REFERENCES area (id),
        position integer NOT NULL,
        PRIMARY KEY (actor_id, area_id)
      );
      CREATE INDEX actor_area_area_idx ON actor_area (area_id);

      CREATE TABLE source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        publisher_id uuid REFERENCES actor (id),
        published_on date,
        url text,
        file_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );

      CREATE TABLE actor_citation (
        actor_id uuid NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES source (id),
        quote text,
        section text,
        position integer NOT NULL,
        PRIMARY KEY (actor_id, position)
      );
      CREATE INDEX actor_citation_source_idx ON actor_citation (source_id);

      CREATE TABLE area_citation (
        area_id uuid NOT NULL REFERENCES area (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES source (id),
        quote text,
        section text,
        position integer NOT NULL,
        PRIMARY KEY (area_id, position)
      );
      CREATE INDEX area_citation_source_idx ON area_citation (source_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE area_citation, actor_citation, source, actor_area, actor, area, audit_event, api_token;
    `);
  }
}
