import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  citationTable,
  noOverlap,
  RECORD_COLUMNS,
  validTimeColumns,
} from '../../../core/db/migration-sql';

/** People in public roles and their positions at actors, in valid time. */
export class People1763900000000 implements MigrationInterface {
  name = 'People1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        work_contact text,
        ${RECORD_COLUMNS},
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED
      );
      CREATE INDEX person_search_idx ON person USING gin (search);
      CREATE INDEX person_name_idx ON person (name, id);
      ${citationTable('person')}

      CREATE TABLE position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        actor_id uuid NOT NULL REFERENCES actor (id),
        title text NOT NULL CHECK (btrim(title) <> ''),
        ${RECORD_COLUMNS},
        ${validTimeColumns('position')},
        ${noOverlap('position', ['person_id', 'actor_id', 'title'])}
      );
      CREATE INDEX position_person_idx ON position (person_id);
      CREATE INDEX position_actor_idx ON position (actor_id);
      ${citationTable('position')}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE position_citation, position, person_citation, person;`);
  }
}
