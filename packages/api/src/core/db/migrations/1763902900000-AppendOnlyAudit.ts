import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRoleOnce } from '../migration-sql';

/** The role the API's requests run as (see `core/db/app-role.ts`); migrations run as the owner. */
export const APP_ROLE = 'samverkan_app';

/**
 * An audit log no one can rewrite. The API's requests run as `samverkan_app`, a role that is
 * no superuser and owns nothing: it may read and write the tables (and those later migrations
 * make, by default privileges) but only add to `audit_event`, never change, delete or empty it.
 * A trigger refuses those to everyone else too, the owner included, unless they first disable it
 * on purpose (which itself needs the owner). Roles belong to the PostgreSQL server, not the
 * database: the role is made once and kept by every database of the server.
 */
export class AppendOnlyAudit1763902900000 implements MigrationInterface {
  name = 'AppendOnlyAudit1763902900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`${createRoleOnce(APP_ROLE)}
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${APP_ROLE};
      -- Migrations are the owner's alone.
      REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${APP_ROLE};

      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The audit log is append-only: % of audit_event is refused.', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER audit_event_no_truncate ON audit_event;
      DROP TRIGGER audit_event_append_only ON audit_event;
      DROP FUNCTION audit_event_append_only();
      ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public
        REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE};
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE};
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE};
      REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE};
    `);
  }
}
