import type { MigrationInterface, QueryRunner } from 'typeorm';
import { citationTable, RECORD_COLUMNS } from '../../../core/db/migration-sql';

/**
 * The health of collaboration: scales (such as "Samhandlingstrappan") with their levels, the
 * factors that make or break collaboration, and dated assessments of a forum or of a pair of
 * actors. What is assessed is one forum, or two different actors: nullable foreign keys and a
 * CHECK that exactly one of those shapes is set. A level belongs to the assessment's scale: the
 * foreign key includes the scale.
 */
export class Collaboration1763900600000 implements MigrationInterface {
  name = 'Collaboration1763900600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE collaboration_scale (
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
      CREATE INDEX collaboration_scale_search_idx ON collaboration_scale USING gin (search);
      CREATE INDEX collaboration_scale_name_idx ON collaboration_scale (name, id);
      ${citationTable('collaboration_scale')}

      CREATE TABLE collaboration_level (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scale_id uuid NOT NULL REFERENCES collaboration_scale (id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text,
        rank integer NOT NULL CHECK (rank >= 1),
        ${RECORD_COLUMNS},
        CONSTRAINT collaboration_level_rank_key UNIQUE (scale_id, rank),
        CONSTRAINT collaboration_level_scale_id_key UNIQUE (scale_id, id)
      );

      CREATE TABLE collaboration_factor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL CHECK (category IN ('EFFECT', 'ENABLER', 'CHALLENGE', 'STRUCTURAL_BARRIER')),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        position integer NOT NULL CHECK (position >= 1),
        ${RECORD_COLUMNS}
      );
      CREATE INDEX collaboration_factor_order_idx ON collaboration_factor (category, position, id);
      ${citationTable('collaboration_factor')}

      CREATE TABLE collaboration_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid REFERENCES forum (id),
        actor_a_id uuid REFERENCES actor (id),
        actor_b_id uuid REFERENCES actor (id),
        date date NOT NULL,
        scale_id uuid REFERENCES collaboration_scale (id),
        level_id uuid,
        comment text,
        author_id uuid REFERENCES person (id),
        ${RECORD_COLUMNS},
        CONSTRAINT collaboration_assessment_subject_check CHECK (
          (forum_id IS NOT NULL AND actor_a_id IS NULL AND actor_b_id IS NULL)
          OR (forum_id IS NULL AND actor_a_id IS NOT NULL AND actor_b_id IS NOT NULL
              AND actor_a_id <> actor_b_id)),
        -- A level belongs to the scale of the assessment: the foreign key includes the scale.
        CONSTRAINT collaboration_assessment_level_scale_check CHECK (level_id IS NULL OR scale_id IS NOT NULL),
        CONSTRAINT collaboration_assessment_level_fkey FOREIGN KEY (scale_id, level_id)
          REFERENCES collaboration_level (scale_id, id)
      );
      CREATE INDEX collaboration_assessment_forum_idx ON collaboration_assessment (forum_id, date)
        WHERE forum_id IS NOT NULL;
      CREATE INDEX collaboration_assessment_actor_a_idx ON collaboration_assessment (actor_a_id, date)
        WHERE actor_a_id IS NOT NULL;
      CREATE INDEX collaboration_assessment_actor_b_idx ON collaboration_assessment (actor_b_id, date)
        WHERE actor_b_id IS NOT NULL;
      CREATE INDEX collaboration_assessment_scale_idx ON collaboration_assessment (scale_id, level_id);
      CREATE INDEX collaboration_assessment_author_idx ON collaboration_assessment (author_id)
        WHERE author_id IS NOT NULL;
      ${citationTable('collaboration_assessment')}

      CREATE TABLE collaboration_assessment_factor (
        assessment_id uuid NOT NULL REFERENCES collaboration_assessment (id) ON DELETE CASCADE,
        position integer NOT NULL,
        factor_id uuid NOT NULL REFERENCES collaboration_factor (id),
        rating integer CHECK (rating BETWEEN 1 AND 5),
        comment text,
        PRIMARY KEY (assessment_id, position),
        CONSTRAINT collaboration_assessment_factor_once UNIQUE (assessment_id, factor_id)
      );
      CREATE INDEX collaboration_assessment_factor_factor_idx
        ON collaboration_assessment_factor (factor_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE collaboration_assessment_factor, collaboration_assessment_citation,
        collaboration_assessment, collaboration_factor_citation, collaboration_factor,
        collaboration_level, collaboration_scale_citation, collaboration_scale;
    `);
  }
}
