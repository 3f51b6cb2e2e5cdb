import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archiving an actor and dissolving a forum take a day, and can be undone:
 * - `actor.archived_on`, `forum.dissolved_on`: the first day it no longer acts or exists. Records
 *   archived or dissolved before carry over the day they were archived (Europe/Stockholm), or for
 *   a dissolved forum the day of its last change: the best the register knows.
 * - `ended_with`: what an archive or dissolution changed (the record itself and each record it
 *   ended), the values before and after, so undoing it restores exactly those.
 * - the audit log's operation RESTORE.
 */
export class Lifecycle1763901400000 implements MigrationInterface {
  name = 'Lifecycle1763901400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE actor ADD COLUMN archived_on date;
      UPDATE actor SET archived_on = (archived_at AT TIME ZONE 'Europe/Stockholm')::date
        WHERE archived_at IS NOT NULL;
      ALTER TABLE actor ADD CONSTRAINT actor_archived_on
        CHECK ((archived_at IS NULL) = (archived_on IS NULL));

      ALTER TABLE forum ADD COLUMN dissolved_on date;
      UPDATE forum SET dissolved_on = (updated_at AT TIME ZONE 'Europe/Stockholm')::date
        WHERE status = 'DISSOLVED';
      ALTER TABLE forum ADD CONSTRAINT forum_dissolved_on
        CHECK ((status = 'DISSOLVED') = (dissolved_on IS NOT NULL));

      CREATE TABLE ended_with (
        cause_id uuid NOT NULL,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        position serial,
        PRIMARY KEY (cause_id, record_type, record_id)
      );

      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE'));`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM audit_event WHERE operation = 'RESTORE';
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END'));
      DROP TABLE ended_with;
      ALTER TABLE forum DROP COLUMN dissolved_on;
      ALTER TABLE actor DROP COLUMN archived_on;`);
  }
}
