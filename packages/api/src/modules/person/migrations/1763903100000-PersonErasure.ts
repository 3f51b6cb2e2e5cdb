import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../../../core/db/migrations/1763902900000-AppendOnlyAudit';

/** The keys of a person's audit snapshot that erasure rewrites: everything that names them. */
export const ERASED_SNAPSHOT_KEYS = ['name', 'slug', 'workContact', 'identifiers', 'sources'];

const keys = `ARRAY[${ERASED_SNAPSHOT_KEYS.map((key) => `'${key}'`).join(', ')}]`;

/** The trigger function as the migration AppendOnlyAudit made it: refuses every change. */
const REFUSE_ALL = `
  CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % of audit_event is refused.', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$;`;

/**
 * Erasure of a person (GDPR art. 17, `personErase`): the audit log stays append-only, but one
 * narrow door opens in it. `erase_person_from_audit(person, name, slug)`, owned by the database's
 * owner and run with its rights (SECURITY DEFINER), executable by `samverkan_app` alone, replaces
 * the personal fields of that person's own snapshots (record type Person, in `audit_event` and
 * `retracted_record`) with the placeholder. While it runs it names the person in the
 * transaction-local setting `samverkan.erasing_person`; the append-only trigger lets through an
 * UPDATE only of that person's Person rows that changes nothing but those fields. Everything else
 * stays refused, to everyone: `samverkan_app` still has no UPDATE or DELETE on `audit_event` at
 * all. `erasure` lists the people erased (no personal data: the id and when), as the ledger
 * outside the database does, so that a restored backup is erased again at start-up.
 */
export class PersonErasure1763903100000 implements MigrationInterface {
  name = 'PersonErasure1763903100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE erasure (
        person_id uuid PRIMARY KEY,
        erased_at timestamptz(3) NOT NULL DEFAULT now()
      );

      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE', 'RETRACT', 'ERASE'));

      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND OLD.record_type = 'Person'
           AND OLD.record_id::text = current_setting('samverkan.erasing_person', true)
           AND (NEW.id, NEW.occurred_at, NEW.operation, NEW.record_type, NEW.record_id,
                NEW.token_id, NEW.actor_name, NEW.request_id, NEW.reason)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.occurred_at, OLD.operation, OLD.record_type, OLD.record_id,
                OLD.token_id, OLD.actor_name, OLD.request_id, OLD.reason)
           AND (NEW.before IS NULL) = (OLD.before IS NULL)
           AND (NEW.after IS NULL) = (OLD.after IS NULL)
           AND (NEW.before - ${keys}) IS NOT DISTINCT FROM (OLD.before - ${keys})
           AND (NEW.after - ${keys}) IS NOT DISTINCT FROM (OLD.after - ${keys}) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'The audit log is append-only: % of audit_event is refused.', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;

      CREATE FUNCTION erase_person_from_audit(person uuid, placeholder_name text, placeholder_slug text)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        erased constant jsonb := jsonb_build_object(
          'name', placeholder_name, 'slug', placeholder_slug, 'workContact', NULL,
          'identifiers', '[]'::jsonb, 'sources', '[]'::jsonb);
        rewritten integer;
      BEGIN
        IF person IS NULL OR btrim(coalesce(placeholder_name, '')) = ''
           OR btrim(coalesce(placeholder_slug, '')) = '' THEN
          RAISE EXCEPTION 'erase_person_from_audit needs a person and a placeholder name and slug.';
        END IF;
        PERFORM set_config('samverkan.erasing_person', person::text, true);
        UPDATE audit_event
           SET before = CASE WHEN before IS NULL THEN NULL ELSE before || erased END,
               after = CASE WHEN after IS NULL THEN NULL ELSE after || erased END
         WHERE record_type = 'Person' AND record_id = person
           AND ((before || erased) IS DISTINCT FROM before OR (after || erased) IS DISTINCT FROM after);
        GET DIAGNOSTICS rewritten = ROW_COUNT;
        PERFORM set_config('samverkan.erasing_person', '', true);
        UPDATE retracted_record SET snapshot = snapshot || erased
         WHERE record_type = 'Person' AND record_id = person AND (snapshot || erased) IS DISTINCT FROM snapshot;
        RETURN rewritten;
      END $$;
      REVOKE ALL ON FUNCTION erase_person_from_audit(uuid, text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION erase_person_from_audit(uuid, text, text) TO ${APP_ROLE};
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION erase_person_from_audit(uuid, text, text);
      ${REFUSE_ALL}
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      DELETE FROM audit_event WHERE operation = 'ERASE';
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
        CHECK (operation IN ('CREATE', 'UPDATE', 'ARCHIVE', 'END', 'RESTORE', 'RETRACT'));
      DROP TABLE erasure;
    `);
  }
}
