import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = ['COUNTRY', 'NUTS2', 'COUNTY', 'MUNICIPALITY', 'OTHER'];
const KINDS = [
  'COUNTRY',
  'NUTS1',
  'NUTS2',
  'COUNTY',
  'MUNICIPALITY',
  'LEADER_AREA',
  'LABOUR_MARKET_REGION',
  'PROGRAMME_AREA',
  'OTHER',
];
const kindCheck = (kinds: string[]) =>
  `ALTER TABLE area DROP CONSTRAINT area_kind_check,
     ADD CONSTRAINT area_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`;

/**
 * All of Sweden's areas and those admins add: the NUTS-1 level between the country and the
 * NUTS-2 regions, kinds for areas drawn across municipalities (a Leader area, a labour-market
 * region, an EU programme area), and `area_municipality`, the municipalities such an area covers
 * (in the order given; an area may cover a municipality of another county).
 */
export class AreaKindsAndCoverage1763902300000 implements MigrationInterface {
  name = 'AreaKindsAndCoverage1763902300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ${kindCheck(KINDS)};
      CREATE TABLE area_municipality (
        area_id uuid NOT NULL REFERENCES area (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES area (id),
        position int NOT NULL,
        PRIMARY KEY (area_id, municipality_id)
      );
      CREATE INDEX area_municipality_municipality_idx ON area_municipality (municipality_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE area_municipality;
      UPDATE area SET kind = 'OTHER' WHERE kind <> ALL (ARRAY['${KINDS_BEFORE.join("','")}']);
      ${kindCheck(KINDS_BEFORE)};
    `);
  }
}
