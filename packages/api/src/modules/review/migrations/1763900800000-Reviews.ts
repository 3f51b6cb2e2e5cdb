import type { MigrationInterface, QueryRunner } from 'typeorm';
import { citationTable, RECORD_COLUMNS } from '../../../core/db/migration-sql';

/**
 * Reviews of forums (utvärderingar, uppföljningar): who commissioned them, their themes and
 * contact persons, and what they found — findings, the shifts they call for ("from X to Y"),
 * decisions and open questions. Follow-up: an action may answer an open question, and an agenda
 * item may take up an open question or an action (at most one: a CHECK), so nothing raised in a
 * review is lost. A review's parts are ordered by `position` (from 1, per review).
 */
export class Reviews1763900800000 implements MigrationInterface {
  name = 'Reviews1763900800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum (id),
        title text NOT NULL CHECK (btrim(title) <> ''),
        background text,
        goal text,
        method text,
        date date,
        commissioned_by_id uuid REFERENCES actor (id),
        themes text[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      );
      CREATE INDEX review_forum_idx ON review (forum_id, date);
      CREATE INDEX review_title_idx ON review (title, id);
      CREATE INDEX review_commissioned_by_idx ON review (commissioned_by_id)
        WHERE commissioned_by_id IS NOT NULL;
      ${citationTable('review')}

      CREATE TABLE review_contact (
        review_id uuid NOT NULL REFERENCES review (id) ON DELETE CASCADE,
        position integer NOT NULL,
        person_id uuid NOT NULL REFERENCES person (id),
        role text,
        PRIMARY KEY (review_id, position)
      );
      CREATE INDEX review_contact_person_idx ON review_contact (person_id);

      CREATE TABLE review_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES review (id),
        position integer NOT NULL CHECK (position >= 1),
        title text NOT NULL CHECK (btrim(title) <> ''),
        text text,
        points text[] NOT NULL DEFAULT '{}',
        category text,
        ${RECORD_COLUMNS}
      );
      CREATE INDEX review_finding_review_idx ON review_finding (review_id, position);
      ${citationTable('review_finding')}

      -- "From X to Y": from and to are SQL keywords, hence the column names.
      CREATE TABLE review_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES review (id),
        position integer NOT NULL CHECK (position >= 1),
        from_text text NOT NULL CHECK (btrim(from_text) <> ''),
        to_text text NOT NULL CHECK (btrim(to_text) <> ''),
        ${RECORD_COLUMNS}
      );
      CREATE INDEX review_shift_review_idx ON review_shift (review_id, position);
      ${citationTable('review_shift')}

      CREATE TABLE open_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES review (id),
        position integer NOT NULL CHECK (position >= 1),
        title text NOT NULL CHECK (btrim(title) <> ''),
        text text,
        points text[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      );
      CREATE INDEX open_question_review_idx ON open_question (review_id, position);
      ${citationTable('open_question')}

      ALTER TABLE decision ADD COLUMN review_id uuid REFERENCES review (id);
      CREATE INDEX decision_review_idx ON decision (review_id) WHERE review_id IS NOT NULL;

      ALTER TABLE action ADD COLUMN open_question_id uuid REFERENCES open_question (id);
      CREATE INDEX action_open_question_idx ON action (open_question_id)
        WHERE open_question_id IS NOT NULL;

      ALTER TABLE agenda_item
        ADD COLUMN open_question_id uuid REFERENCES open_question (id),
        ADD COLUMN action_id uuid REFERENCES action (id),
        ADD CONSTRAINT agenda_item_at_most_one_follow_up
          CHECK (num_nonnulls(open_question_id, action_id) <= 1);
      CREATE INDEX agenda_item_open_question_idx ON agenda_item (open_question_id)
        WHERE open_question_id IS NOT NULL;
      CREATE INDEX agenda_item_action_idx ON agenda_item (action_id) WHERE action_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_at_most_one_follow_up,
        DROP COLUMN action_id, DROP COLUMN open_question_id;
      ALTER TABLE action DROP COLUMN open_question_id;
      ALTER TABLE decision DROP COLUMN review_id;
      DROP TABLE open_question_citation, open_question, review_shift_citation, review_shift,
        review_finding_citation, review_finding, review_contact, review_citation, review;
    `);
  }
}
