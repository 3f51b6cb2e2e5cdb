import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens for integrators: a user's own (acting for them, never for more than they may do)
 * or a service account's (no user; a role an admin chose), with scopes (READ, WRITE), an expiry
 * and when each was last used. Tokens made before never expired: they now expire a year after
 * this migration, the longest a new token may live, so nothing stops working at once.
 */
export class PersonalTokens1763903000000 implements MigrationInterface {
  name = 'PersonalTokens1763903000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE api_token
        ADD COLUMN user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        ADD COLUMN scopes text[] NOT NULL DEFAULT '{READ,WRITE}'
          CHECK (cardinality(scopes) > 0 AND scopes <@ '{READ,WRITE}'),
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN last_used_at timestamptz;
      UPDATE api_token SET expires_at = now() + interval '366 days';
      ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
      CREATE INDEX api_token_user_idx ON api_token (user_id) WHERE revoked_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX api_token_user_idx;
      ALTER TABLE api_token DROP COLUMN last_used_at, DROP COLUMN expires_at,
        DROP COLUMN scopes, DROP COLUMN user_id;
    `);
  }
}
