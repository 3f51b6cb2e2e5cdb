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

it('runs a statement with its values, prepared once and planned generically', async () => {
  const dataSource = api.app.dataSource;
  for (let call = 0; call < 12; call++) {
    const rows = await preparedRead<{ name: string; generic: number; custom: number }>(
      dataSource,
      STATEMENTS,
      [call],
    );
    // Whichever connection of the pool ran it: never a plan made for the values.
    expect(rows).toEqual([{ name: expect.any(String), generic: expect.any(Number), custom: 0 }]);
    expect(rows[0].generic).toBeGreaterThan(0);
  }
});

it('reports a failing statement as an error and keeps the connection usable', async () => {
  const dataSource = api.app.dataSource;
  await expect(preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [0])).rejects.toThrow(
    /division by zero/,
  );
  expect(await preparedRead(dataSource, 'SELECT 1 / $1::int AS n', [1])).toEqual([{ n: 1 }]);
});
