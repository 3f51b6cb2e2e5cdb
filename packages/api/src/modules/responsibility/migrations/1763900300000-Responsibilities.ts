import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  citationTable,
  noOverlap,
  RECORD_COLUMNS,
  validTimeColumns,
} from '../../../core/db/migration-sql';

/**
 * Responsibilities: an actor (optionally a person acting for it) has a role for exactly one
 * subject — a strategy, objective, forum, area or topic — under a mandate, for a period. One
 * nullable foreign key per kind of subject and a CHECK that exactly one is set; `subject_id`
 * mirrors whichever is set, for the exclusion constraint and for indexes.
 */
export class Responsibilities1763900300000 implements MigrationInterface {
  name = 'Responsibilities1763900300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE responsibility (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid NOT NULL REFERENCES actor (id),
        person_id uuid REFERENCES person (id),
        role text NOT NULL CHECK (role IN ('LEADS', 'CONVENES', 'EXECUTES', 'FUNDS', 'CONTRIBUTES', 'CONSULTED', 'INFORMED')),
        strategy_id uuid REFERENCES strategy (id),
        objective_id uuid REFERENCES objective (id),
        forum_id uuid REFERENCES forum (id),
        area_id uuid REFERENCES area (id),
        topic_id uuid REFERENCES topic (id),
        subject_id uuid GENERATED ALWAYS AS (coalesce(strategy_id, objective_id, forum_id, area_id, topic_id)) STORED,
        mandate text,
        mandate_reference text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('PROPOSED', 'ACTIVE', 'ENDED')),
        ${RECORD_COLUMNS},
        ${validTimeColumns('responsibility')},
        CONSTRAINT responsibility_one_subject CHECK (num_nonnulls(strategy_id, objective_id, forum_id, area_id, topic_id) = 1),
        ${noOverlap('responsibility', ['actor_id', 'role', 'subject_id'])}
      );
      CREATE INDEX responsibility_actor_idx ON responsibility (actor_id);
      CREATE INDEX responsibility_person_idx ON responsibility (person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX responsibility_strategy_idx ON responsibility (strategy_id) WHERE strategy_id IS NOT NULL;
      CREATE INDEX responsibility_objective_idx ON responsibility (objective_id) WHERE objective_id IS NOT NULL;
      CREATE INDEX responsibility_forum_idx ON responsibility (forum_id) WHERE forum_id IS NOT NULL;
      CREATE INDEX responsibility_area_idx ON responsibility (area_id) WHERE area_id IS NOT NULL;
      CREATE INDEX responsibility_topic_idx ON responsibility (topic_id) WHERE topic_id IS NOT NULL;
      ${citationTable('responsibility')}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE responsibility_citation, responsibility;');
  }
}
