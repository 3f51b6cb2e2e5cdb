import { startTestApi, type TestApi } from '../../testing/test-api';
import { DEFAULT_TIMEOUTS, timedOut } from './timeouts';

const TIMEOUTS = { ...DEFAULT_TIMEOUTS, lockMs: 300, statementMs: 1_000 };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', timeouts: TIMEOUTS });
});
afterAll(() => api.stop());

const ACTOR = `{ actor(slug: "region-jamtland-harjedalen") { id version description } }`;

describe('a lock held elsewhere', () => {
  it('fails the writes waiting for it in time, while reads and readiness go on', async () => {
    const { actor } = (await api.graphql(ACTOR)).data!;
    const holder = api.app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      const [{ id }] = await holder.query(`SELECT id FROM actor WHERE slug = $1 FOR UPDATE`, [
        'region-jamtland-harjedalen',
      ]);
      expect(id).toBeTruthy();
      // More writers than the pool has connections.
      const updates = Array.from({ length: 12 }, (_, i) =>
        api.mutate(
          'actorUpdate',
          { id: actor.id, version: actor.version, description: `Ändrad ${i}` },
          'actor { version }',
        ),
      );
      const read = await api.graphql(ACTOR);
      expect(read.data!.actor.version).toBe(actor.version);
      const ready = await fetch(api.url.replace(/\/graphql$/, '/health/ready'));
      expect(ready.status).toBe(200);
      const outcomes = await Promise.allSettled(updates);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        expect(String((outcome as PromiseRejectedResult).reason)).toContain('LOCK_TIMEOUT');
      }
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    // Nothing was written, and the records can be changed again.
    const after = (await api.graphql(ACTOR)).data!.actor;
    expect(after).toEqual(actor);
    const changed = await api.mutate(
      'actorUpdate',
      { id: actor.id, version: actor.version, description: 'Ändrad' },
      'actor { description }',
    );
    expect(changed).toEqual({ actor: { description: 'Ändrad' }, userErrors: [] });
  });
});

describe('a statement that runs too long', () => {
  it('is cancelled by the database and told as a TIMEOUT', async () => {
    const error = await api.app.dataSource.query('SELECT pg_sleep(5)').catch((caught) => caught);
    expect(timedOut(error, TIMEOUTS)).toEqual({
      code: 'TIMEOUT',
      message: expect.stringContaining('(1 s)'),
    });
  });
});
