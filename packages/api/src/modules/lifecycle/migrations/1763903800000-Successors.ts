import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../../../core/db/publication';

/**
 * An archived actor's successor: the organisation it was reorganised into (`actorSucceed`), set
 * with its archive and in its audit entry, so its history tells the succession.
 */
export class Successors1763903800000 implements MigrationInterface {
  name = 'Successors1763903800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE actor ADD COLUMN successor_id uuid REFERENCES actor (id),
        ADD CONSTRAINT actor_successor_check CHECK (successor_id IS NULL OR archived_on IS NOT NULL);
      CREATE INDEX actor_successor_idx ON actor (successor_id) WHERE successor_id IS NOT NULL`);
    await refreshPublication(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE actor DROP COLUMN successor_id CASCADE');
    await refreshPublication(db);
  }
}
