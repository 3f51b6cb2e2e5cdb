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

const titles = async (query: string, kinds?: string[], first = 50) => {
  const result = await api.graphql<{ search: { title: string }[] }>(
    `query ($query: String!, $kinds: [SearchKind!], $first: Int) {
      search(query: $query, kinds: $kinds, first: $first) { title }
    }`,
    { query, kinds, first },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.search.map((hit) => hit.title);
};

/** Keys that are not the parts of their entry's `search_keys`, or entries without their keys. */
const strayKeys = async () =>
  api.sql(`
    SELECT k.source, k.row_id, k.key FROM search_entry_key k
      LEFT JOIN search_entry e ON e.source = k.source AND e.row_id = k.row_id
     WHERE e.row_id IS NULL OR strpos(e.search_keys, '|' || k.key || '|') = 0
        OR e.title <> k.title
    UNION ALL
    SELECT e.source, e.row_id, NULL FROM search_entry e
     WHERE NOT EXISTS (SELECT 1 FROM search_entry_key k
                        WHERE k.source = e.source AND k.row_id = e.row_id)`);

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
  expect(await strayKeys()).toEqual([]);
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
  expect(await strayKeys()).toEqual([]);
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
  expect(await titles('fjällsam', ['PERSON'])).toEqual(['Kerstin Älvgren']);
  expect(await strayEntries()).toEqual([]);
  expect(await strayKeys()).toEqual([]);

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
  expect(await strayKeys()).toEqual([]);
  expect(await titles('protokoll')).toEqual([]);
});

describe('matches by their words, the best entries read first', () => {
  it('are all grouped when the first entries hold too few people (one with many such titles)', async () => {
    // Cecilia's ten positions hold the word in shorter titles than David's one: the first 4 × 2
    // entries found by the word hold one person, so every entry is grouped to find the second.
    await api.sql(`
      INSERT INTO person (name, slug) VALUES ('Cecilia Ås', 'cecilia-as'), ('David Ek', 'david-ek');
      INSERT INTO position (person_id, actor_id, title)
        SELECT p.id, (SELECT min(id::text)::uuid FROM actor), 'Ansvarig sågverksfrågor ' || i
          FROM person p, generate_series(1, 10) AS i WHERE p.slug = 'cecilia-as'
        UNION ALL
        SELECT p.id, (SELECT min(id::text)::uuid FROM actor),
               'Ansvarig för sågverksfrågor, skogsbruk och flottning i älvdalen'
          FROM person p WHERE p.slug = 'david-ek'`);
    const result = await api.graphql<{ search: { title: string; rank: number }[] }>(
      `{ search(query: "sågverksfrågor", kinds: [PERSON], first: 2) { title rank } }`,
    );
    const hits = result.data!.search;
    expect(hits.map((hit) => hit.title)).toEqual(['Cecilia Ås', 'David Ek']);
    // Both by a whole word of a title (tier 2), none by a name beginning with the query.
    expect(hits.every((hit) => Math.floor(hit.rank) === 2)).toBe(true);
  });
});

describe('names beginning with the query, read from the keys first', () => {
  beforeAll(async () => {
    // 30 sources begin with "Stämmoprotokoll" (the longer the number, the longer the name); a
    // topic only mentions the word, and a forum has it inside a compound.
    await api.sql(`
      INSERT INTO source (title)
        SELECT 'Stämmoprotokoll ' || i FROM generate_series(1, 30) AS i;
      INSERT INTO topic (name, slug, description)
        VALUES ('Föreningsliv', 'foreningsliv', 'Stämmoprotokoll och stadgar');`);
  });

  it('fill the page with the shortest names first, then by title', async () => {
    expect(await titles('stämmoprot', undefined, 10)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `Stämmoprotokoll ${i}`),
      'Stämmoprotokoll 10',
    ]);
  });

  it('are followed by the other matches when they do not fill the page', async () => {
    const found = await titles('stämmoprot');
    expect(found.slice(0, 10)).toEqual(await titles('stämmoprot', undefined, 10));
    expect(found).toHaveLength(31);
    expect(found.slice(0, 30).every((title) => title.startsWith('Stämmoprotokoll'))).toBe(true);
    expect(found[30]).toBe('Föreningsliv');
  });

  it('rank a name that is the query above those it begins, found the same by both ways', async () => {
    await api.sql(`INSERT INTO source (title) VALUES ('Stämmoprotokollen')`);
    const [first] = await titles('stämmoprotokollen', undefined, 1);
    expect(first).toBe('Stämmoprotokollen');
    const [alone] = await titles('stämmoprotokollen', ['SOURCE']);
    expect(alone).toBe('Stämmoprotokollen');
  });

  it('are all grouped when the first keys hold too few people (one with many such titles)', async () => {
    // Anna's ten positions come first among the keys beginning with "kvarnm" (shorter titles):
    // the first 4 × 2 keys hold one person, so every key is grouped to find the second.
    await api.sql(`
      INSERT INTO person (name, slug) VALUES ('Anna Berg', 'anna-berg'), ('Bertil Ek', 'bertil-ek');
      INSERT INTO position (person_id, actor_id, title)
        SELECT p.id, (SELECT min(id::text)::uuid FROM actor), 'Kvarnmästare ' || i
          FROM person p, generate_series(1, 10) AS i WHERE p.slug = 'anna-berg'
        UNION ALL
        SELECT p.id, (SELECT min(id::text)::uuid FROM actor), 'Kvarnmästare och mjölnare'
          FROM person p WHERE p.slug = 'bertil-ek'`);
    const result = await api.graphql<{ search: { title: string; rank: number }[] }>(
      `{ search(query: "kvarnm", kinds: [PERSON], first: 2) { title rank } }`,
    );
    const hits = result.data!.search;
    expect(hits.map((hit) => hit.title)).toEqual(['Anna Berg', 'Bertil Ek']);
    // Both by a title beginning with the query (tier 3), not by its words (tier 1).
    expect(hits.every((hit) => Math.floor(hit.rank) === 3)).toBe(true);
  });
});
