import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRoleOnce } from '../migration-sql';
import { PUBLIC_ROLE, PUBLISHED_SCHEMA, refreshPublication } from '../publication';
import { APP_ROLE } from './1763902900000-AppendOnlyAudit';

/**
 * Proposals are not public: anonymous requests run as `samverkan_public`, which reads only what
 * is (see `core/db/publication.ts`). The API's own role may take it on (`SET ROLE`), so the
 * anonymous requests' connections log in as the API does.
 */
export class Publication1763903300000 implements MigrationInterface {
  name = 'Publication1763903300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`${createRoleOnce(PUBLIC_ROLE)}
      GRANT ${PUBLIC_ROLE} TO ${APP_ROLE};`);
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP SCHEMA ${PUBLISHED_SCHEMA} CASCADE;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${PUBLIC_ROLE};
      REVOKE USAGE ON SCHEMA public FROM ${PUBLIC_ROLE};`);
  }
}
