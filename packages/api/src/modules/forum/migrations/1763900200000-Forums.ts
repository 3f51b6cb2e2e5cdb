import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  citationTable,
  noOverlap,
  RECORD_COLUMNS,
  validTimeColumns,
} from '../../../core/db/migration-sql';

/**
 * Forums (partnerships, councils, working groups …) and their memberships in valid time. A
 * member is an actor or another forum: two foreign keys, exactly one set, and `member_id` the one
 * that is, so the exclusion constraint can say "the same member in the same role, once at a time".
 */
export class Forums1763900200000 implements MigrationInterface {
  name = 'Forums1763900200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (
          'PARTNERSHIP', 'PRESIDIUM', 'COUNCIL', 'WORKING_GROUP', 'NETWORK', 'WEBINAR_SERIES')),
        name text NOT NULL CHECK (btrim(name) <> ''),
        short_name text,
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        description text,
        goal text,
        purpose text[] NOT NULL DEFAULT '{}',
        parent_id uuid REFERENCES forum (id),
        convenor_id uuid REFERENCES actor (id),
        chair_id uuid REFERENCES person (id),
        area_id uuid REFERENCES area (id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('PROPOSED', 'ACTIVE', 'DISSOLVED')),
        ${RECORD_COLUMNS},
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('swedish', name), 'A') ||
          setweight(to_tsvector('simple', name || ' ' || coalesce(short_name, '')), 'A') ||
          setweight(to_tsvector('swedish', coalesce(description, '')), 'C')
        ) STORED,
        CONSTRAINT forum_parent_check CHECK (parent_id <> id)
      );
      CREATE INDEX forum_search_idx ON forum USING gin (search);
      CREATE INDEX forum_name_idx ON forum (name, id);
      CREATE INDEX forum_parent_idx ON forum (parent_id);
      CREATE INDEX forum_convenor_idx ON forum (convenor_id);
      CREATE INDEX forum_chair_idx ON forum (chair_id);
      CREATE INDEX forum_area_idx ON forum (area_id);
      ${citationTable('forum')}

      CREATE TABLE forum_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum (id),
        member_actor_id uuid REFERENCES actor (id),
        member_forum_id uuid REFERENCES forum (id),
        member_id uuid GENERATED ALWAYS AS (coalesce(member_actor_id, member_forum_id)) STORED,
        category text,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN (
          'CHAIR', 'MEMBER', 'CONVENOR', 'SECRETARIAT', 'OBSERVER')),
        ${RECORD_COLUMNS},
        ${validTimeColumns('forum_membership')},
        CONSTRAINT forum_membership_one_member CHECK (num_nonnulls(member_actor_id, member_forum_id) = 1),
        CONSTRAINT forum_membership_not_itself CHECK (member_forum_id <> forum_id),
        ${noOverlap('forum_membership', ['forum_id', 'member_id', 'role'])}
      );
      CREATE INDEX forum_membership_forum_idx ON forum_membership (forum_id);
      CREATE INDEX forum_membership_member_actor_idx ON forum_membership (member_actor_id);
      CREATE INDEX forum_membership_member_forum_idx ON forum_membership (member_forum_id);
      ${citationTable('forum_membership')}

      CREATE TABLE forum_membership_representative (
        membership_id uuid NOT NULL REFERENCES forum_membership (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id),
        position integer NOT NULL,
        PRIMARY KEY (membership_id, person_id)
      );
      CREATE INDEX forum_membership_representative_person_idx
        ON forum_membership_representative (person_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE forum_membership_representative, forum_membership_citation, forum_membership,
        forum_citation, forum;
    `);
  }
}
