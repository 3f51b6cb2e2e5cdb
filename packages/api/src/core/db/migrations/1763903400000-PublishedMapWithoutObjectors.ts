import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../publication';

/**
 * The published map leaves out the edges of people who object to publication, so that the
 * timeline anonymous callers replay counts none of their days (`core/db/publication.ts`).
 */
export class PublishedMapWithoutObjectors1763903400000 implements MigrationInterface {
  name = 'PublishedMapWithoutObjectors1763903400000';

  async up(db: QueryRunner): Promise<void> {
    await refreshPublication(db);
  }

  async down(): Promise<void> {
    // The views are made from the code of the day; the earlier ones are not kept.
  }
}
