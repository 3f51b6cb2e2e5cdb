import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshPublication } from '../publication';

/**
 * What is hidden from anonymous callers is kept by table as well as by id, and each published
 * view asks for its own table's rows, so that PostgreSQL estimates how many a view shows
 * (`core/db/publication.ts`).
 */
export class PublishedByTable1763904300000 implements MigrationInterface {
  name = 'PublishedByTable1763904300000';

  async up(db: QueryRunner): Promise<void> {
    await refreshPublication(db);
  }

  async down(): Promise<void> {
    // The views are made from the code of the day; the earlier ones are not kept.
  }
}
