import { startTestApi, type TestApi } from '../../testing/test-api';
import { SEARCHABLE_KINDS, type SearchKind } from './searchable-kinds';

let api: TestApi;
const ROWS = 3000;

/** `count` words of a vocabulary of 400 ("ord17 ord230 …"), varying with the row `i`. */
const words = (count: number) =>
  `(SELECT string_agg('ord' || ((i * 7919 + k * 104729) % 400), ' ') FROM generate_series(1, ${count}) AS k)`;
/** "<word> <i>", or "Länsgrupp <i>" for one row in 500, so the search finds a few. */
const name = (word: string) => `CASE WHEN i % 500 = 0 THEN 'Länsgrupp ' ELSE '${word} ' END || i`;

/**
 * A few thousand rows in every searchable table, cheaply with SQL, with a vocabulary as varied
 * as real text (the planner's estimates for prefixes come from the most common words), then
 * statistics: enough that reading a table whole costs more than its index.
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
    INSERT INTO review (forum_id, title)
      SELECT id, 'Utvärdering' FROM forum WHERE slug = 'forum-1';
    INSERT INTO review_finding (review_id, position, title, text)
      SELECT (SELECT id FROM review), i, ${name('Iakttagelse')}, ${words(20)} ${rows};
  `);
  // VACUUM, not only ANALYZE: it also moves the rows' words from the GIN indexes' pending lists
  // (fastupdate) into the indexes proper, as autovacuum would; until then the planner rightly
  // prices the indexes high.
  await api.sql(
    'VACUUM ANALYZE actor, person, forum, strategy, objective, topic, meeting, review_finding',
  );
});
afterAll(() => api.stop());

async function plan(query: string, kinds?: SearchKind[]) {
  const [sql, parameters] = api.app.services.search.statement(query, { kinds, first: 10 })!;
  const rows = await api.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, parameters);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('search plans', () => {
  it.each(SEARCHABLE_KINDS.map((entry) => [entry.kind, entry.table] as const))(
    '%s: the GIN index on %s, never a sequential scan',
    async (kind, table) => {
      for (const query of ['läns', 'länsgr 500', 'läns grupp']) {
        const text = await plan(query, [kind]);
        expect(text).toContain(`Bitmap Index Scan on ${table}_search_idx`);
        expect(text).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
      }
    },
  );

  it('every kind at once: every index, no sequential scan', async () => {
    const text = await plan('länsgrupp');
    for (const { table } of SEARCHABLE_KINDS) {
      expect(text).toContain(`Bitmap Index Scan on ${table}_search_idx`);
      expect(text).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
    }
  });

  it('finds the rows it planned for', async () => {
    const { data } = await api.graphql(`{ search(query: "läns grupp", first: 50) { kind title } }`);
    expect(data!.search).toHaveLength(SEARCHABLE_KINDS.length * (ROWS / 500));
  });
});
