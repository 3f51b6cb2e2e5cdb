import { undoMigrationsThrough } from '../../testing/migrations';
import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * The migration to search that folds diacritics, on a register that holds the seed: undone (and
 * the table of search entries after it), the vectors are as before (stemmed by `swedish`,
 * diacritics kept) and the folding functions gone; done again, the same rows are found without
 * their diacritics, and the entries are made for the rows already there.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const foundActors = async (query: string) =>
  (
    await api.sql<{ name: string }>(
      `SELECT name FROM actor WHERE search @@ to_tsquery('swedish', $1) ORDER BY name`,
      [query],
    )
  ).map((row) => row.name);

/** What the planner takes a word similarity (`<%`) to cost per row. */
const similarityCost = async () =>
  Number(
    (
      await api.sql<{ procost: number }>(
        `SELECT procost FROM pg_proc WHERE proname = 'word_similarity_op'`,
      )
    )[0].procost,
  );

it('undoes and redoes the migration with the seed in place', async () => {
  const lansstyrelsen = 'Länsstyrelsen Jämtlands län';
  await undoMigrationsThrough(api.owner, 'ForgivingSearch1763902500000');
  expect(await api.sql(`SELECT to_regclass('search_entry') AS entries`)).toEqual([
    { entries: null },
  ]);
  expect(await foundActors('länsstyrelsen')).toContain(lansstyrelsen);
  expect(await foundActors('lansstyrelsen')).toEqual([]);
  const [left] = await api.sql<{ count: string }>(
    `SELECT count(*) FROM pg_proc WHERE proname IN ('search_fold', 'search_initials', 'search_lines')`,
  );
  expect(Number(left.count)).toBe(0);
  const names = await api.sql(
    `SELECT 1 FROM information_schema.columns WHERE column_name = 'search_name'`,
  );
  expect(names).toEqual([]);
  expect(await similarityCost()).toBe(1);

  await api.owner.runMigrations({ transaction: 'each' });
  expect(await similarityCost()).toBe(100);
  expect(await foundActors('lansstyrelsen')).toContain(lansstyrelsen);
  const { data } = await api.graphql(`{ search(query: "lansstyrelsen") { title } }`);
  expect(data!.search[0]).toEqual({ title: lansstyrelsen });
});
