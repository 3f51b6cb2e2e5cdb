import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { currentRequestScope, runInRequestScope } from '../request-scope';
import { batchedRead } from './read-batch';

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = new DataSource({ type: 'postgres', url: database.url });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

/** How many pool connections `work` takes: one per round trip. */
async function roundTrips(work: () => Promise<unknown>): Promise<number> {
  const driver = dataSource.driver as PostgresDriver;
  const spy = jest.spyOn(driver, 'obtainMasterConnection');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('batchedRead', () => {
  it('sends the reads of one turn as one round trip, each with its own answer', async () => {
    let answers: unknown[] = [];
    const trips = await roundTrips(async () => {
      answers = await Promise.all([
        batchedRead(dataSource, 'SELECT $1::int + 1 AS n', [41]),
        batchedRead(dataSource, 'SELECT unnest($1::text[]) AS word ORDER BY 1', [['b', 'a']]),
        batchedRead(dataSource, 'SELECT 1 AS one WHERE false'),
      ]);
    });
    expect(trips).toBe(1);
    expect(answers).toEqual([[{ n: 42 }], [{ word: 'a' }, { word: 'b' }], []]);
  });

  it('spreads a large turn over round trips of at most 16 statements, answers in order', async () => {
    let answers: unknown[] = [];
    const trips = await roundTrips(async () => {
      answers = await Promise.all(
        Array.from({ length: 40 }, (_, n) => batchedRead(dataSource, 'SELECT $1::int AS n', [n])),
      );
    });
    expect(trips).toBe(3);
    expect(answers).toEqual(Array.from({ length: 40 }, (_, n) => [{ n }]));
  });

  it('gives inlined values exactly as pg sends them: quotes, arrays, dates, null, JSON', async () => {
    const values = [
      "O'Brien; DROP TABLE x; --",
      ['Region "Jönköping"', 'back\\slash', null],
      new Date('2026-01-31T10:00:00.000Z'),
      null,
      { a: [1, 'två'] },
      true,
    ];
    const sql = `SELECT $1::text AS quote, $2::text[] AS list, $3::timestamptz AS at,
                        $4::int AS nothing, $5::jsonb AS json, $6::boolean AS yes`;
    const [alone] = await dataSource.query(sql, values);
    const [together] = await Promise.all([
      batchedRead(dataSource, sql, values),
      batchedRead(dataSource, 'SELECT 1'),
    ]);
    expect(together).toEqual([alone]);
    expect(alone.quote).toBe(values[0]);
  });

  it('lets a failing statement fail only its own read', async () => {
    const reads = await Promise.allSettled([
      batchedRead(dataSource, 'SELECT $1::int AS n', [7]),
      batchedRead(dataSource, 'SELECT * FROM no_such_table'),
      batchedRead(dataSource, 'SELECT $1::text AS s', ['ok']),
    ]);
    expect(reads.map((read) => read.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((reads[0] as PromiseFulfilledResult<unknown>).value).toEqual([{ n: 7 }]);
    expect(String((reads[1] as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
  });

  it('counts every statement in the request that issued it', async () => {
    const counts = await Promise.all(
      [2, 1].map((reads) =>
        runInRequestScope({ requestId: `r${reads}`, sqlStatements: 0 }, async () => {
          await Promise.all(
            Array.from({ length: reads }, () => batchedRead(dataSource, 'SELECT 1')),
          );
          return currentRequestScope()!.sqlStatements;
        }),
      ),
    );
    expect(counts).toEqual([2, 1]);
  });

  describe('on one connection', () => {
    let single: DataSource;
    beforeAll(async () => {
      single = new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } });
      await single.initialize();
    });
    afterAll(() => single.destroy());

    const preparedTexts = async () =>
      (
        (await single.query('SELECT statement FROM pg_prepared_statements')) as {
          statement: string;
        }[]
      ).map((row) => row.statement);

    it('executes a statement used again as prepared there, with the same answers', async () => {
      const sql = 'SELECT $1::int * 2 AS doubled, $2::text AS word';
      expect(await batchedRead(single, sql, [2, 'en'])).toEqual([{ doubled: 4, word: 'en' }]);
      expect(await preparedTexts()).not.toContainEqual(expect.stringContaining(sql));
      expect(await batchedRead(single, sql, [3, "två'"])).toEqual([{ doubled: 6, word: "två'" }]);
      expect(await preparedTexts()).toContainEqual(expect.stringContaining(sql));
      expect(await batchedRead(single, sql, [4, null])).toEqual([{ doubled: 8, word: null }]);
    });

    it('answers and prepares again when the connection lost its statements', async () => {
      const sql = 'SELECT $1::int + 100 AS n';
      await batchedRead(single, sql, [1]);
      await batchedRead(single, sql, [2]);
      await single.query('DEALLOCATE ALL');
      expect(await batchedRead(single, sql, [3])).toEqual([{ n: 103 }]);
      expect(await batchedRead(single, sql, [4])).toEqual([{ n: 104 }]);
      expect(await preparedTexts()).toContainEqual(expect.stringContaining(sql));
    });

    it('runs a read asking for its generic plan on it, and only that read', async () => {
      const generic = 'SELECT $1::int - 1 AS n';
      const custom = 'SELECT $1::int - 2 AS n';
      // Prepared each in a round trip of its own (on its second use), then run together.
      for (const n of [10, 20]) {
        expect(await batchedRead(single, generic, [n], { genericPlan: true })).toEqual([
          { n: n - 1 },
        ]);
        expect(await batchedRead(single, custom, [n])).toEqual([{ n: n - 2 }]);
      }
      const together = await Promise.all([
        batchedRead(single, custom, [30]),
        batchedRead(single, generic, [30], { genericPlan: true }),
        batchedRead(single, custom, [40]),
      ]);
      expect(together).toEqual([[{ n: 28 }], [{ n: 29 }], [{ n: 38 }]]);
      const plans = (await single.query(
        'SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements',
      )) as { statement: string; generic_plans: string; custom_plans: string }[];
      const of = (sql: string) => plans.find((row) => row.statement.endsWith(sql))!;
      expect(of(generic)).toMatchObject({ generic_plans: '2', custom_plans: '0' });
      expect(of(custom)).toMatchObject({ generic_plans: '0', custom_plans: '3' });
      // The mode was the round trip's own.
      expect(await single.query('SHOW plan_cache_mode')).toEqual([{ plan_cache_mode: 'auto' }]);
    });

    it('sends a statement PostgreSQL cannot prepare with its values written in', async () => {
      // No type for $1 in a PREPARE ("could not determine data type"); written in, a literal.
      const sql = 'SELECT $1 IS NULL AS missing';
      for (const value of ['a', null, 'c']) {
        expect(await batchedRead(single, sql, [value])).toEqual([{ missing: value === null }]);
      }
      expect(await preparedTexts()).not.toContainEqual(expect.stringContaining(sql));
    });
  });
});
