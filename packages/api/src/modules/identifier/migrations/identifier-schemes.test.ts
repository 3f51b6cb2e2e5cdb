import type { DataSource } from 'typeorm';
import { undoMigrationsThrough } from '../../../testing/migrations';
import { startTestApi, type TestApi } from '../../../testing/test-api';

/**
 * IdentifierSchemes on a register that holds identifiers typed as they came (undone first, which
 * runs its `down` too): values that pass their check are put in normal form unless that form is
 * taken, the others stay, and a scheme in use that is not built in is registered.
 */
let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  db = api.owner;
  await undoMigrationsThrough(db, 'IdentifierSchemes1763902400000');
});
afterAll(() => api.stop());

it('normalises the stored identifiers it can and keeps the others', async () => {
  const actors = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  await db.query(
    `INSERT INTO actor (id, name, slug, sector, level, type)
     SELECT ('00000000-0000-4000-8000-00000000000' || n)::uuid, 'Prov ' || s, 'prov-' || s,
            'BUSINESS', 'LOCAL', 'COMPANY'
       FROM unnest($1::text[]) WITH ORDINALITY AS a (s, n)`,
    [actors],
  );
  const identifiers: [actor: string, scheme: string, value: string][] = [
    ['a', 'se-orgnr', '2120002411'],
    ['b', 'se-orgnr', 'hello world'],
    ['c', 'se-orgnr', '202100-5489'],
    ['d', 'se-orgnr', '2021005489'], // its normal form is c's
    ['e', 'wikidata', 'q42'],
    ['f', 'wikidata', 'https://www.wikidata.org/wiki/Q42'], // as e's: both are left alone
    ['g', 'my-register', ' 17 '],
    ['g', 'se-orgnr', '8112189876'], // a personal identity number: not made any more readable
  ];
  await db.query(
    `INSERT INTO actor_identifier (actor_id, scheme, identifier)
     SELECT actor.id, i.scheme, i.value
       FROM unnest($1::text[], $2::text[], $3::text[]) AS i (slug, scheme, value)
       JOIN actor ON actor.slug = 'prov-' || i.slug`,
    [identifiers.map((i) => i[0]), identifiers.map((i) => i[1]), identifiers.map((i) => i[2])],
  );
  await db.query(
    `UPDATE area_identifier SET identifier = 'se322' WHERE scheme = 'nuts' AND identifier = 'SE322'`,
  );
  await db.runMigrations({ transaction: 'each' });

  const stored = await db.query(
    `SELECT substring(a.slug from 6) AS actor, i.scheme, i.identifier AS value
       FROM actor_identifier i JOIN actor a ON a.id = i.actor_id
      WHERE a.slug LIKE 'prov-%' ORDER BY a.slug, i.scheme`,
  );
  expect(stored).toEqual(
    [
      ['a', 'se-orgnr', '212000-2411'],
      ['b', 'se-orgnr', 'hello world'],
      ['c', 'se-orgnr', '202100-5489'],
      ['d', 'se-orgnr', '2021005489'],
      ['e', 'wikidata', 'q42'],
      ['f', 'wikidata', 'https://www.wikidata.org/wiki/Q42'],
      ['g', 'my-register', '17'], // trimmed: the normal form of a scheme without code
      ['g', 'se-orgnr', '8112189876'],
    ].map(([actor, scheme, value]) => ({ actor, scheme, value })),
  );
  expect(
    await db.query(`SELECT identifier FROM area_identifier WHERE scheme = 'nuts' ORDER BY 1`),
  ).toContainEqual({ identifier: 'SE322' });
  expect(
    await db.query(
      `SELECT name, pattern, applies_to FROM identifier_scheme WHERE name = 'my-register'`,
    ),
  ).toEqual([{ name: 'my-register', pattern: null, applies_to: ['ACTOR'] }]);
});
