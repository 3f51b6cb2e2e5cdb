import type { MigrationInterface, QueryRunner } from 'typeorm';
import { citationTable, RECORD_COLUMNS } from '../../../core/db/migration-sql';

/**
 * Strategies and programmes with their tree of objectives, the indicators that follow them up
 * and the measured values of those; topics (themes not, or not yet, an objective anywhere).
 */
export class Strategies1763900100000 implements MigrationInterface {
  name = 'Strategies1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('REGIONAL_DEVELOPMENT_STRATEGY', 'PROGRAMME', 'EU_PROGRAMME', 'ACTION_PLAN')),
        name text NOT NULL CHECK (btrim(name) <> ''),
        short_name text,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        description text,
        owner_id uuid REFERENCES actor (id),
        area_id uuid REFERENCES area (id),
        period_from date,
        period_to date,
        status text NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'ENDED')),
        implements_id uuid REFERENCES strategy (id),
        ${RECORD_COLUMNS},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('swedish', name), 'A') ||
          setweight(to_tsvector('simple', name || ' ' || coalesce(short_name, '')), 'A') ||
          setweight(to_tsvector('swedish', coalesce(description, '')), 'C')
        ) STORED,
        CONSTRAINT strategy_period_check CHECK (period_from IS NULL OR period_to IS NULL OR period_to > period_from),
        CONSTRAINT strategy_implements_itself_check CHECK (implements_id <> id)
      );
      CREATE INDEX strategy_search_idx ON strategy USING gin (search);
      CREATE INDEX strategy_name_idx ON strategy (name, id);
      CREATE INDEX strategy_owner_idx ON strategy (owner_id);
      CREATE INDEX strategy_area_idx ON strategy (area_id);
      CREATE INDEX strategy_implements_idx ON strategy (implements_id);
      ${citationTable('strategy')}

      CREATE TABLE objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategy (id),
        parent_id uuid,
        code text NOT NULL CHECK (btrim(code) <> ''),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        CONSTRAINT objective_code_key UNIQUE (strategy_id, code),
        CONSTRAINT objective_strategy_id_key UNIQUE (strategy_id, id),
        -- A parent belongs to the same strategy: the foreign key includes the strategy.
        CONSTRAINT objective_parent_fkey FOREIGN KEY (strategy_id, parent_id)
          REFERENCES objective (strategy_id, id),
        CONSTRAINT objective_parent_itself_check CHECK (parent_id <> id)
      );
      CREATE INDEX objective_parent_idx ON objective (parent_id);
      ${citationTable('objective')}

      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        objective_id uuid NOT NULL REFERENCES objective (id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        unit text,
        baseline double precision,
        baseline_date date,
        target double precision,
        target_date date,
        direction text NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE', 'MAINTAIN')),
        ${RECORD_COLUMNS}
      );
      CREATE INDEX indicator_objective_idx ON indicator (objective_id);
      ${citationTable('indicator')}

      CREATE TABLE measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator (id),
        date date NOT NULL,
        value double precision NOT NULL,
        source_id uuid REFERENCES source (id),
        note text,
        ${RECORD_COLUMNS},
        CONSTRAINT measurement_date_key UNIQUE (indicator_id, date)
      );
      CREATE INDEX measurement_source_idx ON measurement (source_id);

      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        description text,
        ${RECORD_COLUMNS},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('swedish', name), 'A') ||
          setweight(to_tsvector('simple', name), 'A') ||
          setweight(to_tsvector('swedish', coalesce(description, '')), 'C')
        ) STORED
      );
      CREATE INDEX topic_search_idx ON topic USING gin (search);
      CREATE INDEX topic_name_idx ON topic (name, id);
      ${citationTable('topic')}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE topic_citation, topic, measurement, indicator_citation, indicator,
        objective_citation, objective, strategy_citation, strategy;
    `);
  }
}
