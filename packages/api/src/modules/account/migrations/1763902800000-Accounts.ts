import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `('VIEWER', 'EDITOR', 'ADMIN')`;

/**
 * People who sign in: users (no self-registration: an admin invites them), their sessions (the
 * server side of a browser's cookie), the invitations, and the counters that throttle signing in
 * (the table rate-limiter-flexible's RateLimiterPostgres reads, shared by every API process).
 * Secrets are kept as SHA-256 hashes, passwords as argon2id hashes.
 */
export class Accounts1763902800000 implements MigrationInterface {
  name = 'Accounts1763902800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ${ROLES}),
        password_hash text NOT NULL,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_idx ON app_user (lower(email));

      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        secret_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        ip text,
        user_agent text
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE ended_at IS NULL;

      CREATE TABLE user_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        display_name text,
        role text NOT NULL CHECK (role IN ${ROLES}),
        secret_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        withdrawn_at timestamptz
      );

      CREATE TABLE sign_in_throttle (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE sign_in_throttle;
      DROP TABLE user_invitation;
      DROP TABLE user_session;
      DROP TABLE app_user;
    `);
  }
}
