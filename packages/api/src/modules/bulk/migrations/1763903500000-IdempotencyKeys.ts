import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idempotency keys of bulk writes, in the database so that every API process agrees: the
 * first result of a key, kept (at least 24 hours) to be returned again for a retry.
 */
export class IdempotencyKeys1763903500000 implements MigrationInterface {
  name = 'IdempotencyKeys1763903500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_key (
        owner text NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        fingerprint text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner, key)
      )`);
    await db.query('CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotency_key');
  }
}
