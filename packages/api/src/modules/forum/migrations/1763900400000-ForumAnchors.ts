import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The strategies a forum is anchored in ("RUS som röd tråd"), in order. */
export class ForumAnchors1763900400000 implements MigrationInterface {
  name = 'ForumAnchors1763900400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum_anchor (
        forum_id uuid NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
        strategy_id uuid NOT NULL REFERENCES strategy (id),
        position integer NOT NULL,
        PRIMARY KEY (forum_id, strategy_id)
      );
      CREATE INDEX forum_anchor_strategy_idx ON forum_anchor (strategy_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE forum_anchor;');
  }
}
