import { startTestApi, type TestApi } from '../../testing/test-api';
import { preparedRead } from './prepared-read';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

/** The session's named statements of `preparedRead`, with how often each was planned how. */
const STATEMENTS = `SELECT name, generic_plans::int AS generic, custom_plans::int AS custom
  FROM pg_prepared_statements WHERE name LIKE 'prepared\\_%' AND $1::int >= 0 ORDER BY name`;

it('runs a statement with its values, prepared once per connection and planned once', async () => {
  const dataSource = api.app.dataSource;
  const runs = [];
  for (let call = 0; call < 12; call++) {
    const rows = await preparedRead<{ name: string; generic: number; custom: number }>(
      dataSource,
      STATEMENTS,
      [call],
    );
    // Whichever connection of the pool ran it: the one statement, under one name.
    expect(rows).toEqual([
      {
        name: expect.stringMatching(/^prepared_/),
        generic: expect.any(Number),
        custom: expect.any(Number),
      },
    ]);
    runs.push(rows[0]);
  }
  expect(new Set(runs.map((run) => run.name)).size).toBe(1);
  // Prepared once per connection, then run on its generic plan: never planned for its values.
  expect(Math.max(...runs.map((run) => run.generic))).toBeGreaterThan(1);
  expect(runs.map((run) => run.custom)).toEqual(runs.map(() => 0));
});

it('leaves the statements of TypeORM planned for their values', async () => {
  const [{ plan_cache_mode }] = await api.app.dataSource.query('SHOW plan_cache_mode');
  expect(plan_cache_mode).toBe('auto');
});

it('reports a failing statement as an error and keeps the connection usable', async () => {
  const dataSource = api.app.dataSource;
  await expect(preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [0])).rejects.toThrow(
    /division by zero/,
  );
  expect(await preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [1])).toEqual([{ n: 1 }]);
});
