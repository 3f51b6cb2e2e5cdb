import type { DataSource } from 'typeorm';
import { createApiDataSource } from '../../../data-source';
import { createTestDatabase, type TestDatabase } from '../../../testing/database';
import { undoMigrationsThrough } from '../../../testing/migrations';

/**
 * The migrations that gave the fields that change their periods, run on a register that already
 * holds such values (undone first, which runs their `down` too): each value carries over
 * open-start, a dissolved forum's status is ACTIVE until its day, and the map draws as before.
 */
let database: TestDatabase;
let db: DataSource;

/** The migration that gave the fields that change their periods: undone with all after it. */
const FIRST = 'AttributePeriods1763901800000';

beforeAll(async () => {
  database = await createTestDatabase();
  db = await createApiDataSource({ url: database.url }).initialize();
  await undoMigrationsThrough(db, FIRST);
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const ID = {
  area: '00000000-0000-4000-8000-000000000001',
  region: '00000000-0000-4000-8000-000000000002',
  company: '00000000-0000-4000-8000-000000000003',
  person: '00000000-0000-4000-8000-000000000004',
  forum: '00000000-0000-4000-8000-000000000005',
  dissolved: '00000000-0000-4000-8000-000000000006',
  strategy: '00000000-0000-4000-8000-000000000007',
  membership: '00000000-0000-4000-8000-000000000008',
};

it('carries every value over open-start, a dissolved forum ACTIVE until its day', async () => {
  // Constant ids written into the text: one multi-statement query takes no parameters.
  await db.query(
    `INSERT INTO area (id, code, name, kind) VALUES ('${ID.area}', '99', 'Provlän', 'COUNTY');
     INSERT INTO actor (id, name, slug, sector, level, type)
       VALUES ('${ID.region}', 'Provregionen', 'provregionen', 'PUBLIC', 'REGIONAL', 'REGION');
     INSERT INTO actor (id, name, slug, sector, level, type, parent_id)
       VALUES ('${ID.company}', 'Provbolaget', 'provbolaget', 'BUSINESS', 'LOCAL', 'COMPANY', '${ID.region}');
     INSERT INTO actor_area (actor_id, area_id, position) VALUES ('${ID.company}', '${ID.area}', 1);
     INSERT INTO person (id, name, slug) VALUES ('${ID.person}', 'Prov Person', 'prov-person');
     INSERT INTO forum (id, kind, name, slug, purpose, status, convenor_id, chair_id)
       VALUES ('${ID.forum}', 'NETWORK', 'Provforum', 'provforum', '{}', 'ACTIVE', '${ID.region}', '${ID.person}');
     INSERT INTO forum (id, kind, name, slug, purpose, status, dissolved_on, parent_id)
       VALUES ('${ID.dissolved}', 'WORKING_GROUP', 'Upplöst provgrupp', 'upplost-provgrupp', '{}', 'DISSOLVED',
               '2024-05-01', '${ID.forum}');
     INSERT INTO strategy (id, kind, name, slug, status, owner_id)
       VALUES ('${ID.strategy}', 'PROGRAMME', 'Provprogrammet', 'provprogrammet', 'ACTIVE', '${ID.region}');
     INSERT INTO forum_membership (id, forum_id, member_actor_id, role, valid_from)
       VALUES ('${ID.membership}', '${ID.forum}', '${ID.company}', 'MEMBER', '2023-01-01');
     INSERT INTO forum_membership_representative (membership_id, person_id, position)
       VALUES ('${ID.membership}', '${ID.person}', 1);`,
  );
  await db.runMigrations({ transaction: 'each' });

  const periods = await db.query(
    `SELECT record_type, record_id::text, attribute, value, valid_from::text, valid_to::text
       FROM attribute_period WHERE record_id = ANY($1::uuid[])
      ORDER BY record_type, record_id, attribute, valid_from NULLS FIRST`,
    [Object.values(ID)],
  );
  const open = (type: string, id: string, attribute: string, value: unknown) => ({
    record_type: type,
    record_id: id,
    attribute,
    value,
    valid_from: null,
    valid_to: null,
  });
  expect(periods).toEqual([
    open('Actor', ID.region, 'areaIds', []),
    open('Actor', ID.region, 'parentId', null),
    open('Actor', ID.company, 'areaIds', [ID.area]),
    open('Actor', ID.company, 'parentId', ID.region),
    open('Forum', ID.forum, 'chairId', ID.person),
    open('Forum', ID.forum, 'convenorId', ID.region),
    open('Forum', ID.forum, 'parentId', null),
    open('Forum', ID.forum, 'status', 'ACTIVE'),
    open('Forum', ID.dissolved, 'chairId', null),
    open('Forum', ID.dissolved, 'convenorId', null),
    open('Forum', ID.dissolved, 'parentId', ID.forum),
    { ...open('Forum', ID.dissolved, 'status', 'ACTIVE'), valid_to: '2024-05-01' },
    { ...open('Forum', ID.dissolved, 'status', 'DISSOLVED'), valid_from: '2024-05-01' },
    open('ForumMembership', ID.membership, 'externalRepresentativeIds', []),
    open('ForumMembership', ID.membership, 'representativeIds', [ID.person]),
    open('Strategy', ID.strategy, 'ownerId', ID.region),
    open('Strategy', ID.strategy, 'status', 'ACTIVE'),
  ]);

  // The map draws the carried-over parents, chair, convenor, owner and representative.
  const edges = await db.query(
    `SELECT edge_kind, source_id::text, target_id::text, valid_from::text, valid_to::text
       FROM map_edge
      WHERE edge_kind IN ('PARENT', 'REPRESENTS', 'CHAIRS', 'CONVENES_FORUM', 'OWNS')
        AND record_id = ANY($1::uuid[])
      ORDER BY edge_kind, source_id`,
    [Object.values(ID)],
  );
  const always = (edge_kind: string, source_id: string, target_id: string) => ({
    edge_kind,
    source_id,
    target_id,
    valid_from: null,
    valid_to: null,
  });
  expect(edges).toEqual([
    always('CHAIRS', ID.person, ID.forum),
    always('CONVENES_FORUM', ID.region, ID.forum),
    always('OWNS', ID.region, ID.strategy),
    always('PARENT', ID.company, ID.region),
    always('PARENT', ID.dissolved, ID.forum),
    { ...always('REPRESENTS', ID.person, ID.company), valid_from: '2023-01-01' },
  ]);
});
