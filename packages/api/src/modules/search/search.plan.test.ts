import { startTestApi, type TestApi } from '../../testing/test-api';
import { SEARCH_KIND_NAMES, type SearchKind } from './searchable-kinds';

let api: TestApi;
const ROWS = 15000;

/** `count` words of a vocabulary of 400 ("ord17 ord230 …"), varying with the row `i`. */
const words = (count: number) =>
  `(SELECT string_agg('ord' || ((i * 7919 + k * 104729) % 400), ' ') FROM generate_series(1, ${count}) AS k)`;
/** "<word> <i>", or "Länsgrupp <i>" for one row in 500, so the search finds a few. */
const name = (word: string) => `CASE WHEN i % 500 = 0 THEN 'Länsgrupp ' ELSE '${word} ' END || i`;

/**
 * Fifteen thousand rows in every searchable table, cheaply with SQL, with a vocabulary as varied
 * as real text (the planner's estimates for prefixes come from the most common words), then
 * statistics: enough that reading a table whole costs more than its indexes (with a few thousand,
 * narrow tables such as `person` are rightly read whole once the trigram index joins in).
 */
beforeAll(async () => {
  api = await startTestApi();
  const rows = `FROM generate_series(1, ${ROWS}) AS i`;
  await api.sql(`
    INSERT INTO actor (name, slug, sector, level, type, description)
      SELECT ${name('Aktör')}, 'aktor-' || i, 'PUBLIC', 'LOCAL', 'OTHER', ${words(20)} ${rows};
    INSERT INTO person (name, slug, work_contact)
      SELECT ${name(`' || ${words(1)} || '`)}, 'person-' || i,
             'person-' || i || '@example.org, 063-' || (100000 + i) ${rows};
    INSERT INTO forum (kind, name, slug, description)
      SELECT 'NETWORK', ${name('Nätverk')}, 'forum-' || i, ${words(20)} ${rows};
    INSERT INTO strategy (kind, name, slug, status, description)
      SELECT 'PROGRAMME', ${name('Program')}, 'strategy-' || i, 'ACTIVE', ${words(20)} ${rows};
    INSERT INTO objective (strategy_id, code, title, description, position)
      SELECT (SELECT id FROM strategy WHERE slug = 'strategy-1'), i::text, ${name('Mål')},
             ${words(20)}, i ${rows};
    INSERT INTO topic (name, slug, description)
      SELECT ${name('Tema')}, 'topic-' || i, ${words(20)} ${rows};
    INSERT INTO meeting (forum_id, starts_at, title, theme)
      SELECT (SELECT id FROM forum WHERE slug = 'forum-1'), now() + i * interval '1 day',
             ${name('Möte')}, ${words(8)} ${rows};
    INSERT INTO review (forum_id, title, background)
      SELECT (SELECT id FROM forum WHERE slug = 'forum-1'), ${name('Översyn')}, ${words(20)} ${rows};
    INSERT INTO review_finding (review_id, position, title, text)
      SELECT (SELECT min(id::text)::uuid FROM review), i, ${name('Iakttagelse')}, ${words(20)} ${rows};
    INSERT INTO area (code, name, kind)
      SELECT 'X' || i, ${name('Område')}, 'OTHER' ${rows};
    INSERT INTO position (person_id, actor_id, title)
      SELECT p.id, (SELECT id FROM actor WHERE slug = 'aktor-1'), ${name('Samordnare')}
      FROM person p JOIN generate_series(1, ${ROWS}) AS i ON p.slug = 'person-' || i;
    INSERT INTO indicator (objective_id, name, unit, direction)
      SELECT (SELECT min(id::text)::uuid FROM objective), ${name('Andel')}, 'procent', 'INCREASE' ${rows};
    INSERT INTO agenda_item (meeting_id, position, title, description)
      SELECT (SELECT min(id::text)::uuid FROM meeting), i, ${name('Punkt')}, ${words(8)} ${rows};
    INSERT INTO decision (text)
      SELECT ${name('Beslut')} || ' ' || ${words(8)} ${rows};
    INSERT INTO action (title, description, owner_id)
      SELECT ${name('Åtgärd')}, ${words(8)}, (SELECT id FROM actor WHERE slug = 'aktor-1') ${rows};
    INSERT INTO source (title)
      SELECT ${name('Rapport')} ${rows};
  `);
  // VACUUM, not only ANALYZE: it also moves the rows' words from the GIN indexes' pending lists
  // (fastupdate) into the indexes proper, as autovacuum would; until then the planner rightly
  // prices the indexes high.
  await api.sql('VACUUM ANALYZE search_entry');
}, 180_000);
afterAll(() => api.stop());

async function plan(query: string, kinds?: SearchKind[]) {
  const [sql, parameters] = api.app.services.search.statement(query, { kinds, first: 10 })!;
  const rows = await api.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, parameters);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

/** The index scans a search's plan must hold, and no sequential scan of the entries. */
function expectIndexed(text: string, indexes: string[]) {
  for (const index of indexes) expect(text).toContain(`Bitmap Index Scan on search_entry_${index}`);
  expect(text).not.toMatch(/Seq Scan on search_entry\b/);
}

describe('search plans', () => {
  it.each(SEARCH_KIND_NAMES)(
    '%s: the GIN indexes of the entries (words, and names by trigram), never a sequential scan',
    async (kind) => {
      // Two letters: words only; three: parts of compounds too; six and more: near misses too.
      expectIndexed(await plan('lä', [kind]), ['search_idx']);
      for (const query of ['läns', 'länsgr 500', 'läns grupp', 'lansgrup', 'grupp']) {
        expectIndexed(await plan(query, [kind]), ['search_idx', 'search_name_idx']);
      }
    },
  );

  it('every kind at once: every index, no sequential scan', async () => {
    expectIndexed(await plan('länsgrupp'), ['search_idx', 'search_name_idx']);
  });

  it('the generic plan PostgreSQL keeps for the prepared statement: the same indexes', async () => {
    const [sql, parameters] = api.app.services.search.statement('läns grupp', { first: 10 })!;
    const runner = api.app.dataSource.createQueryRunner();
    try {
      await runner.query(`SET plan_cache_mode = force_generic_plan; PREPARE typed AS ${sql}`);
      const literals = parameters.map((value) => `'${String(value).replace(/'/g, "''")}'`);
      const rows: { 'QUERY PLAN': string }[] = await runner.query(
        `EXPLAIN EXECUTE typed(${literals.join(', ')})`,
      );
      const text = rows.map((row) => row['QUERY PLAN']).join('\n');
      expectIndexed(text, ['search_idx', 'search_name_idx']);
      // The query's tsqueries and folded text are made once, not on every row.
      expect(text).toContain('CTE Scan on q');
    } finally {
      await runner.query('DEALLOCATE ALL; RESET plan_cache_mode');
      await runner.release();
    }
  });

  it('names beginning with the query that fill the page: read from the keys, nothing else', async () => {
    // 480 names begin with "länsgr" (every table's "Länsgrupp <i>"); ten are asked for.
    const [sql, parameters] = api.app.services.search.statement('länsgr', { first: 10 })!;
    const rows = await api.sql<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`,
      parameters,
    );
    const text = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(
      /(Index (Only )?Scan using|Bitmap Index Scan on) search_entry_key_key_idx/,
    );
    expect(text).toMatch(/Bitmap Index Scan on search_entry_search_idx \(never executed\)/);
    expect(text).toMatch(/Bitmap Index Scan on search_entry_search_name_idx \(never executed\)/);
  });

  it('the counts per kind: every index, no sequential scan', async () => {
    const [sql, parameters] = api.app.services.search.countStatement('läns grupp')!;
    const rows = await api.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, parameters);
    const text = rows.map((row) => row['QUERY PLAN']).join('\n');
    expectIndexed(text, ['search_idx', 'search_name_idx']);
  });

  it('finds the rows it planned for', async () => {
    const { data } = await api.graphql(`{ search(query: "läns grupp", first: 50) { kind title } }`);
    // A person is found twice (by name and by a position's title) but listed once.
    const kinds = new Set(SEARCH_KIND_NAMES);
    expect(data!.search).toHaveLength(Math.min(50, kinds.size * (ROWS / 500)));
    const { data: counted } = await api.graphql(
      `{ searchCounts(query: "läns grupp") { kind count } }`,
    );
    expect(counted!.searchCounts).toEqual([...kinds].map((kind) => ({ kind, count: ROWS / 500 })));
  });
});
