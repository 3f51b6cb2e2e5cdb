import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retraction: a record entered by mistake, never true. It leaves its table (so no view of any day
 * shows it) for `retracted_record`, whole, with who retracted it, when and why; the audit log
 * records a RETRACT with the record before, no record after, and the reason. What the register
 * said before the retraction (`knownAt`) still shows it: the audit log's earlier snapshots do.
 */
export class Retractions1763901600000 implements MigrationInterface {
  name = 'Retractions1763901600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE retracted_record (
        record_type text NOT NULL,
        record_id uuid PRIMARY KEY,
        snapshot jsonb NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        retracted_at timestamptz(3) NOT NULL DEFAULT now(),
        token_id uuid,
        actor_name text NOT NULL
      );
      ALTER TABLE audit_event ADD COLUMN reason text;
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE', 'RETRACT'));`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM audit_event WHERE operation = 'RETRACT';
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE'));
      ALTER TABLE audit_event DROP COLUMN reason;
      DROP TABLE retracted_record;`);
  }
}
