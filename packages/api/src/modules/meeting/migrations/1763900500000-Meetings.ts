import type { MigrationInterface, QueryRunner } from 'typeorm';
import { citationTable, RECORD_COLUMNS } from '../../../core/db/migration-sql';

/**
 * Meetings of forums, their agendas (presenters, linked objectives and topics), the decisions
 * taken and the actions agreed. An agenda's order is unique per meeting but checked at commit, so
 * one transaction can reorder a whole agenda. A decision's subject is one of several kinds: one
 * nullable foreign key per kind and a CHECK that at most one is set.
 */
export class Meetings1763900500000 implements MigrationInterface {
  name = 'Meetings1763900500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        title text NOT NULL CHECK (btrim(title) <> ''),
        theme text,
        format text CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
        series_position integer CHECK (series_position >= 1),
        ${RECORD_COLUMNS},
        CONSTRAINT meeting_period_check CHECK (ends_at IS NULL OR ends_at > starts_at),
        CONSTRAINT meeting_series_position_key UNIQUE (forum_id, series_position)
      );
      CREATE INDEX meeting_forum_starts_idx ON meeting (forum_id, starts_at);
      ${citationTable('meeting')}

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        position integer NOT NULL CHECK (position >= 1),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        ${RECORD_COLUMNS},
        CONSTRAINT agenda_item_position_key UNIQUE (meeting_id, position)
          DEFERRABLE INITIALLY DEFERRED
      );
      ${citationTable('agenda_item')}

      CREATE TABLE agenda_item_presenter (
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        position integer NOT NULL,
        person_id uuid NOT NULL REFERENCES person (id),
        actor_id uuid REFERENCES actor (id),
        title text,
        PRIMARY KEY (agenda_item_id, position)
      );
      CREATE INDEX agenda_item_presenter_person_idx ON agenda_item_presenter (person_id);
      CREATE INDEX agenda_item_presenter_actor_idx ON agenda_item_presenter (actor_id)
        WHERE actor_id IS NOT NULL;

      CREATE TABLE agenda_item_objective (
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        objective_id uuid NOT NULL REFERENCES objective (id),
        position integer NOT NULL,
        PRIMARY KEY (agenda_item_id, objective_id)
      );
      CREATE INDEX agenda_item_objective_objective_idx ON agenda_item_objective (objective_id);

      CREATE TABLE agenda_item_topic (
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic (id),
        position integer NOT NULL,
        PRIMARY KEY (agenda_item_id, topic_id)
      );
      CREATE INDEX agenda_item_topic_topic_idx ON agenda_item_topic (topic_id);

      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        text text NOT NULL CHECK (btrim(text) <> ''),
        date date,
        meeting_id uuid REFERENCES meeting (id),
        strategy_id uuid REFERENCES strategy (id),
        objective_id uuid REFERENCES objective (id),
        forum_id uuid REFERENCES forum (id),
        topic_id uuid REFERENCES topic (id),
        ${RECORD_COLUMNS},
        CONSTRAINT decision_at_most_one_subject
          CHECK (num_nonnulls(strategy_id, objective_id, forum_id, topic_id) <= 1)
      );
      CREATE INDEX decision_meeting_idx ON decision (meeting_id) WHERE meeting_id IS NOT NULL;
      CREATE INDEX decision_strategy_idx ON decision (strategy_id) WHERE strategy_id IS NOT NULL;
      CREATE INDEX decision_objective_idx ON decision (objective_id) WHERE objective_id IS NOT NULL;
      CREATE INDEX decision_forum_idx ON decision (forum_id) WHERE forum_id IS NOT NULL;
      CREATE INDEX decision_topic_idx ON decision (topic_id) WHERE topic_id IS NOT NULL;
      ${citationTable('decision')}

      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        owner_id uuid NOT NULL REFERENCES actor (id),
        person_id uuid REFERENCES person (id),
        due date,
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        meeting_id uuid REFERENCES meeting (id),
        ${RECORD_COLUMNS}
      );
      CREATE INDEX action_owner_idx ON action (owner_id, status);
      CREATE INDEX action_person_idx ON action (person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX action_meeting_idx ON action (meeting_id) WHERE meeting_id IS NOT NULL;
      ${citationTable('action')}
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE action_citation, action, decision_citation, decision, agenda_item_topic,
        agenda_item_objective, agenda_item_presenter, agenda_item_citation, agenda_item,
        meeting_citation, meeting;
    `);
  }
}
