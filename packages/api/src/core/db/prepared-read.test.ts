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

it('runs a statement with its values, prepared once per connection and kept', async () => {
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
  // Planned on each connection's calls, not prepared anew: the counts of plans grow.
  expect(Math.max(...runs.map((run) => run.generic + run.custom))).toBeGreaterThan(1);
});

it('reports a failing statement as an error and keeps the connection usable', async () => {
  const dataSource = api.app.dataSource;
  await expect(preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [0])).rejects.toThrow(
    /division by zero/,
  );
  expect(await preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [1])).toEqual([{ n: 1 }]);
});
