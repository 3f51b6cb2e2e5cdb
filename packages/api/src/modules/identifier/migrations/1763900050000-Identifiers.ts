import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External identifiers of actors and areas ({ scheme, identifier }: organisation number, SCB code,
 * NUTS, Wikidata…), so integrators can match their own registers. A value belongs to one record
 * per scheme, and a record has at most one value per scheme.
 */
function identifierTable(record: string): string {
  return `
    CREATE TABLE ${record}_identifier (
      ${record}_id uuid NOT NULL REFERENCES ${record} (id) ON DELETE CASCADE,
      scheme text NOT NULL CHECK (scheme ~ '^[a-z][a-z0-9-]*$'),
      identifier text NOT NULL CHECK (btrim(identifier) <> ''),
      PRIMARY KEY (scheme, identifier),
      UNIQUE (${record}_id, scheme)
    );`;
}

export class Identifiers1763900050000 implements MigrationInterface {
  name = 'Identifiers1763900050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(identifierTable('actor') + identifierTable('area'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE area_identifier, actor_identifier;');
  }
}
