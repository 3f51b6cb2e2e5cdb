import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * `search_entry` follows every write to the tables it is made of (migration SearchEntries):
 * through the API and in SQL, one row or many, renames, deletions and TRUNCATE.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const titles = async (query: string, kinds?: string[]) => {
  const result = await api.graphql<{ search: { title: string }[] }>(
    `query ($query: String!, $kinds: [SearchKind!]) {
      search(query: $query, kinds: $kinds, first: 50) { title }
    }`,
    { query, kinds },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.search.map((hit) => hit.title);
};

/** Entries that differ from what their rows make now, or rows of a table without their entry. */
const strayEntries = async () =>
  api.sql(`
    SELECT e.source, e.row_id FROM search_entry e
      LEFT JOIN actor a ON e.source = 'actor' AND a.id = e.row_id
      LEFT JOIN person p ON e.source = 'person' AND p.id = e.row_id
      LEFT JOIN position po ON e.source = 'position' AND po.id = e.row_id
     WHERE (e.source = 'actor' AND (a.id IS NULL OR a.search IS DISTINCT FROM e.search))
        OR (e.source = 'person' AND (p.id IS NULL OR p.name <> e.title))
        OR (e.source = 'position' AND (po.id IS NULL OR po.search IS DISTINCT FROM e.search))
    UNION ALL
    SELECT 'actor', id FROM actor
     WHERE archived_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM search_entry WHERE source = 'actor' AND row_id = actor.id)`);

it('holds an entry for every searchable row of the register, and no other', async () => {
  const [counts] = await api.sql<{ entries: string; rows: string }>(`
    SELECT (SELECT count(*) FROM search_entry WHERE source = 'area') AS entries,
           (SELECT count(*) FROM area) AS rows`);
  expect(Number(counts.entries)).toBe(Number(counts.rows));
  expect(await strayEntries()).toEqual([]);
});

it('follows a rename through the API: the new name is found, the old one not', async () => {
  const actor = await api.create('actorCreate', {
    name: 'Gamla kvarnföreningen',
    sector: 'CIVIL_SOCIETY',
    level: 'LOCAL',
    type: 'OTHER',
  });
  expect(await titles('kvarnför')).toEqual(['Gamla kvarnföreningen']);
  const payload = await api.mutate(
    'actorUpdate',
    { id: actor.id, version: actor.version, name: 'Nya sågverksföreningen' },
    'actor { name }',
  );
  expect(payload.userErrors).toEqual([]);
  expect(await titles('kvarnför')).toEqual([]);
  expect(await titles('sågverks')).toEqual(['Nya sågverksföreningen']);
  expect(await strayEntries()).toEqual([]);
});

it("gives a renamed person's positions the new name, and forgets deleted rows", async () => {
  await api.sql(`
    INSERT INTO person (name, slug) VALUES ('Kerstin Fjällgren', 'kerstin-fjallgren');
    INSERT INTO position (person_id, actor_id, title)
      SELECT p.id, (SELECT min(id::text)::uuid FROM actor), 'Fjällsamordnare'
        FROM person p WHERE p.slug = 'kerstin-fjallgren'`);
  expect(await titles('fjällsamordnare', ['PERSON'])).toEqual(['Kerstin Fjällgren']);

  await api.sql(`UPDATE person SET name = 'Kerstin Älvgren' WHERE slug = 'kerstin-fjallgren'`);
  expect(await titles('fjällsamordnare', ['PERSON'])).toEqual(['Kerstin Älvgren']);
  expect(await strayEntries()).toEqual([]);

  await api.sql(`
    DELETE FROM position WHERE title = 'Fjällsamordnare';
    DELETE FROM person WHERE slug = 'kerstin-fjallgren'`);
  expect(await titles('fjällsamordnare')).toEqual([]);
  expect(await titles('älvgren')).toEqual([]);
});

it('writes the entries of a bulk insert in its statement, and TRUNCATE takes them away', async () => {
  await api.sql(`
    INSERT INTO source (title)
      SELECT 'Protokoll från ' || i || ':e mötet' FROM generate_series(1, 500) AS i`);
  const [found] = await api
    .graphql<{ searchCounts: { kind: string; count: number }[] }>(
      `{ searchCounts(query: "protokoll", kinds: [SOURCE]) { kind count } }`,
    )
    .then((result) => result.data!.searchCounts);
  expect(found).toEqual({ kind: 'SOURCE', count: 500 });

  await api.sql('TRUNCATE source CASCADE');
  expect(await api.sql(`SELECT 1 FROM search_entry WHERE source = 'source'`)).toEqual([]);
  expect(await titles('protokoll')).toEqual([]);
});
