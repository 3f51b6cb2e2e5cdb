import { createClient } from 'graphql-ws';
import { printSchema } from 'graphql';
import { Client } from 'pg';
import WebSocket from 'ws';
import { buildApiSchema } from '../../schema';
import { SYSTEM_VIEWER } from '../auth/roles';
import type { CommittedChange } from '../db/committed-changes';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { subscribe, waitFor, type TestSubscription } from '../../testing/subscriptions';

let api: TestApi;
const ids: Record<string, string> = {};
const open: TestSubscription[] = [];

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      region: ['actor', 'region-jamtland-harjedalen'],
      lst: ['actor', 'lansstyrelsen-jamtlands-lan'],
      county: ['area', '23'],
    }),
  );
  const forum = async (name: string) =>
    (await api.mutate('forumCreate', { name, kind: 'PARTNERSHIP' }, 'forum { id }')).forum.id;
  ids.forumA = await forum('Länspartnerskapet');
  ids.forumB = await forum('Kompetensplattformen');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((subscription) => subscription.close()));
  await waitFor(() => api.app.live.subscribers() === 0, 'the server to drop the subscriptions');
});
afterAll(() => api.stop());

/** Subscribes (anonymously unless `token`) and waits until the server listens. */
async function live(query: string, variables: Record<string, unknown>, token?: string) {
  const subscription = await subscribe(api.url, query, variables, {
    token,
    listening: api.app.live,
  });
  open.push(subscription);
  return subscription;
}

async function topic(name: string) {
  const payload = await api.mutate('topicCreate', { name }, 'topic { id version }');
  expect(payload.userErrors).toEqual([]);
  return payload.topic as { id: string; version: number };
}

const RECORD_CHANGED = `subscription ($id: ID!) {
  recordChanged(id: $id) { operation occurredAt node { id ... on Topic { name version } } }
}`;

const RESPONSIBILITY_CHANGED = `subscription ($filter: ResponsibilityChangeFilter) {
  responsibilityChanged(filter: $filter) {
    operation occurredAt
    responsibility { id role status actor { slug } subject { __typename ... on Area { code } } }
  }
}`;

const MEMBERSHIP_CHANGED = `subscription ($forum: ID!) {
  forumMembershipChanged(forum: $forum) {
    operation occurredAt
    membership { id role validTo forum { name } member { ... on Actor { slug } } }
  }
}`;

const MEASUREMENT_CHANGED = `subscription ($indicator: ID!) {
  measurementChanged(indicator: $indicator) {
    operation occurredAt
    measurement { id date value }
  }
}`;

describe('recordChanged', () => {
  it('delivers each committed change of the watched record, read fresh, and no other record', async () => {
    const watched = await topic('Påverkansarbete');
    const other = await topic('Kompetensförsörjning');
    const subscription = await live(RECORD_CHANGED, { id: watched.id });

    const before = Date.now();
    await api.mutate(
      'topicUpdate',
      { id: other.id, version: other.version, name: 'Annat' },
      'topic { id }',
    );
    await api.mutate(
      'topicUpdate',
      { id: watched.id, version: 1, name: 'Påverkan' },
      'topic { id }',
    );
    await api.mutate(
      'topicUpdate',
      { id: watched.id, version: 2, name: 'Lobbying' },
      'topic { id }',
    );

    const first = await subscription.next();
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordChanged).toEqual({
      operation: 'UPDATE',
      occurredAt: expect.any(String),
      node: { id: watched.id, name: 'Påverkan', version: 2 },
    });
    expect(Date.parse(first.data!.recordChanged.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    // The second event is read with new DataLoaders: the record as it is now, not a cached one.
    expect((await subscription.next()).data!.recordChanged.node).toEqual({
      id: watched.id,
      name: 'Lobbying',
      version: 3,
    });
    expect(subscription.pending()).toBe(0);
  });

  it('publishes nothing for a mutation refused with userErrors (rolled back)', async () => {
    const watched = await topic('Samverkan');
    const subscription = await live(RECORD_CHANGED, { id: watched.id });

    const stale = await api.mutate(
      'topicUpdate',
      { id: watched.id, version: 99, name: 'Inte så' },
      'topic { id }',
    );
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    const blank = await api.mutate(
      'topicUpdate',
      { id: watched.id, version: 1, name: '   ' },
      'topic { id }',
    );
    expect(blank.userErrors).toEqual([expect.objectContaining({ code: 'REQUIRED' })]);
    await api.mutate('topicUpdate', { id: watched.id, version: 1, name: 'Ja' }, 'topic { id }');

    // Events arrive in commit order: the first one is the accepted change.
    const { data } = await subscription.next();
    expect(data!.recordChanged.node).toEqual({ id: watched.id, name: 'Ja', version: 2 });
    expect(subscription.pending()).toBe(0);
  });

  it('refuses an ID that names no record with BAD_USER_INPUT', async () => {
    const subscription = await subscribe(api.url, RECORD_CHANGED, { id: 'not-an-id' });
    open.push(subscription);
    const { errors } = await subscription.next();
    expect(errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'id' }),
      }),
    ]);
  });
});

describe('responsibilityChanged', () => {
  it('filters by actor, subject and role on the server', async () => {
    const regionLeads = await live(RESPONSIBILITY_CHANGED, {
      filter: { actor: ids.region, subject: ids.county, role: 'LEADS' },
    });
    const lst = await live(RESPONSIBILITY_CHANGED, { filter: { actor: ids.lst } });
    const everything = await live(RESPONSIBILITY_CHANGED, {});

    const create = (actor: string, role: string) =>
      api.mutate(
        'responsibilityCreate',
        { actor, role, subject: ids.county, validFrom: '2024-01-01' },
        'responsibility { id version }',
      );
    const contributes = await create(ids.lst, 'CONTRIBUTES');
    const funds = await create(ids.region, 'FUNDS');
    const leads = await create(ids.region, 'LEADS');
    for (const payload of [contributes, funds, leads]) expect(payload.userErrors).toEqual([]);

    const first = (await regionLeads.next()).data!.responsibilityChanged;
    expect(first).toEqual({
      operation: 'CREATE',
      occurredAt: expect.any(String),
      responsibility: {
        id: leads.responsibility.id,
        role: 'LEADS',
        status: 'ACTIVE',
        actor: { slug: 'region-jamtland-harjedalen' },
        subject: { __typename: 'Area', code: '23' },
      },
    });
    expect((await lst.next()).data!.responsibilityChanged.responsibility.id).toBe(
      contributes.responsibility.id,
    );
    const all = [await everything.next(), await everything.next(), await everything.next()];
    expect(all.map((e) => e.data!.responsibilityChanged.responsibility.id)).toEqual([
      contributes.responsibility.id,
      funds.responsibility.id,
      leads.responsibility.id,
    ]);

    // Ending it is a change too; a refused end (before it started) is not.
    const refused = await api.mutate(
      'responsibilityEnd',
      { id: leads.responsibility.id, version: 1, validTo: '2023-01-01' },
      'responsibility { id }',
    );
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_PERIOD' })]);
    await api.mutate(
      'responsibilityEnd',
      { id: leads.responsibility.id, version: 1, validTo: '2025-01-01' },
      'responsibility { id }',
    );
    const ended = (await regionLeads.next()).data!.responsibilityChanged;
    expect(ended).toMatchObject({ operation: 'END', responsibility: { status: 'ENDED' } });
    expect((await everything.next()).data!.responsibilityChanged.operation).toBe('END');
    expect(regionLeads.pending() + lst.pending() + everything.pending()).toBe(0);
  });

  it('publishes nothing for a refused create', async () => {
    const subscription = await live(RESPONSIBILITY_CHANGED, { filter: { actor: ids.lst } });
    const refused = await api.mutate(
      'responsibilityCreate',
      {
        actor: ids.lst,
        role: 'INFORMED',
        subject: ids.county,
        validFrom: '2024-01-01',
        validTo: '2023-01-01',
      },
      'responsibility { id }',
    );
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_PERIOD' })]);
    const accepted = await api.mutate(
      'responsibilityCreate',
      { actor: ids.lst, role: 'INFORMED', subject: ids.county, validFrom: '2024-01-01' },
      'responsibility { id }',
    );
    const { data } = await subscription.next();
    expect(data!.responsibilityChanged.responsibility.id).toBe(accepted.responsibility.id);
  });

  it('refuses a subject that cannot have responsibilities', async () => {
    const subscription = await subscribe(api.url, RESPONSIBILITY_CHANGED, {
      filter: { subject: ids.region },
    });
    open.push(subscription);
    const { errors } = await subscription.next();
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.subject',
    });
  });
});

describe('forumMembershipChanged', () => {
  it("tells the memberships of the forum, not another forum's", async () => {
    const subscription = await live(MEMBERSHIP_CHANGED, { forum: ids.forumA }, api.tokens.viewer);
    const create = (forum: string, member: string) =>
      api.mutate(
        'forumMembershipCreate',
        { forum, member, validFrom: '2024-01-01' },
        'forumMembership { id version }',
      );
    await create(ids.forumB, ids.region);
    const inA = await create(ids.forumA, ids.lst);
    expect(inA.userErrors).toEqual([]);

    expect((await subscription.next()).data!.forumMembershipChanged).toEqual({
      operation: 'CREATE',
      occurredAt: expect.any(String),
      membership: {
        id: inA.forumMembership.id,
        role: 'MEMBER',
        validTo: null,
        forum: { name: 'Länspartnerskapet' },
        member: { slug: 'lansstyrelsen-jamtlands-lan' },
      },
    });
    await api.mutate(
      'forumMembershipEnd',
      { id: inA.forumMembership.id, version: 1, validTo: '2025-01-01' },
      'forumMembership { id }',
    );
    expect((await subscription.next()).data!.forumMembershipChanged).toMatchObject({
      operation: 'END',
      membership: { validTo: '2025-01-01' },
    });
    // A retraction is told too, though the membership is gone: matched as it was taken back.
    await api.mutate(
      'forumMembershipRetract',
      { id: inA.forumMembership.id, version: 2, reason: 'Fel forum' },
      'retractedId',
    );
    expect((await subscription.next()).data!.forumMembershipChanged).toEqual({
      operation: 'RETRACT',
      occurredAt: expect.any(String),
      membership: null,
    });
    expect(subscription.pending()).toBe(0);
  });
});

describe('fan-out', () => {
  /**
   * The SQL statements from a change until `subscribers` clients watching it each have its event
   * (the mutation's own included), counted at the driver: deliveries run outside any request.
   */
  async function statementsToDeliver(
    subscribers: number,
    subscription: string,
    variables: Record<string, unknown>,
    change: () => Promise<unknown>,
  ) {
    // One after another: `live` waits until the server has one more listener than before.
    const watching: TestSubscription[] = [];
    for (let i = 0; i < subscribers; i++) watching.push(await live(subscription, variables));
    const query = jest.spyOn(Client.prototype, 'query');
    try {
      await change();
      const events = await Promise.all(watching.map((watcher) => watcher.next()));
      // The webhook dispatcher polls for due deliveries on a timer of its own, which a slow
      // machine's window may take in: not the fan-out's statements. Nor is preparing a read on
      // a connection (`batchedRead`), which its first uses there do, whoever they serve.
      const statements = query.mock.calls.filter(
        ([text]) =>
          !String(text).includes('webhook_delivery') && !String(text).startsWith('PREPARE '),
      ).length;
      return { statements, events };
    } finally {
      query.mockRestore();
      await Promise.all(open.splice(0).map((watcher) => watcher.close()));
      await waitFor(() => api.app.live.subscribers() === 0, 'the server to drop the subscriptions');
    }
  }

  it('reads a changed record once per event, however many watch it', async () => {
    const watched = await topic('Utbredning');
    const rename = (version: number) => () =>
      api.mutate(
        'topicUpdate',
        { id: watched.id, version, name: `Utbredning ${version}` },
        'topic { id }',
      );
    const one = await statementsToDeliver(1, RECORD_CHANGED, { id: watched.id }, rename(1));
    const many = await statementsToDeliver(25, RECORD_CHANGED, { id: watched.id }, rename(2));
    expect(many.events.map((event) => event.data!.recordChanged.node.name)).toEqual(
      Array(25).fill('Utbredning 2'),
    );
    expect(many.statements).toBe(one.statements);
  });

  it("decides and reads a forum's membership change once, however many watch the forum", async () => {
    const forum = await api.create('forumCreate', { name: 'Utbredningsrådet', kind: 'COUNCIL' });
    const join = (member: string) => () =>
      api.create('forumMembershipCreate', { forum: forum.id, member });
    const variables = { forum: forum.id };
    const one = await statementsToDeliver(1, MEMBERSHIP_CHANGED, variables, join(ids.region));
    const many = await statementsToDeliver(25, MEMBERSHIP_CHANGED, variables, join(ids.lst));
    expect(
      many.events.map((event) => event.data!.forumMembershipChanged.membership.member.slug),
    ).toEqual(Array(25).fill('lansstyrelsen-jamtlands-lan'));
    expect(many.statements).toBe(one.statements);
  });
});

describe('measurementChanged', () => {
  it("tells the values of the indicator, not another indicator's", async () => {
    const strategy = (
      await api.mutate(
        'strategyCreate',
        { name: 'Plan', kind: 'ACTION_PLAN', status: 'ACTIVE' },
        'strategy { id }',
      )
    ).strategy.id;
    const objective = (
      await api.mutate('objectiveCreate', { strategy, code: '1', title: 'Mål' }, 'objective { id }')
    ).objective.id;
    const indicator = async (name: string) =>
      (
        await api.mutate(
          'indicatorCreate',
          { objective, name, direction: 'INCREASE' },
          'indicator { id }',
        )
      ).indicator.id;
    const [watched, other] = [await indicator('Aktörer'), await indicator('Möten')];
    const subscription = await live(MEASUREMENT_CHANGED, { indicator: watched });
    const measure = (indicator: string, value: number) =>
      api.mutate(
        'measurementCreate',
        { indicator, date: '2024-12-31', value },
        'measurement { id version }',
      );
    await measure(other, 3);
    const value = await measure(watched, 14);
    expect(value.userErrors).toEqual([]);

    expect((await subscription.next()).data!.measurementChanged).toEqual({
      operation: 'CREATE',
      occurredAt: expect.any(String),
      measurement: { id: value.measurement.id, date: '2024-12-31', value: 14 },
    });
    await api.mutate(
      'measurementUpdate',
      { id: value.measurement.id, version: 1, value: 15 },
      'measurement { id }',
    );
    expect((await subscription.next()).data!.measurementChanged).toMatchObject({
      operation: 'UPDATE',
      measurement: { value: 15 },
    });
    expect(subscription.pending()).toBe(0);
  });

  it('refuses an ID that is not an indicator with BAD_USER_INPUT', async () => {
    const subscription = await subscribe(api.url, MEASUREMENT_CHANGED, { indicator: ids.region });
    open.push(subscription);
    const { errors } = await subscription.next();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'indicator' });
  });
});

describe('connections and the write path', () => {
  it('checks a token in connectionParams when the connection opens', async () => {
    const withToken = await live(RECORD_CHANGED, { id: ids.region }, api.tokens.editor);
    await api.mutate(
      'actorUpdate',
      { id: ids.region, version: 1, website: 'https://regionjh.se' },
      'actor { id }',
    );
    expect((await withToken.next()).data!.recordChanged.operation).toBe('UPDATE');

    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Bearer svk_unknown' },
    });
    try {
      const closed = await new Promise<{ code: number }>((resolve) => {
        client.subscribe(
          { query: RECORD_CHANGED, variables: { id: ids.region } },
          {
            next: () => {},
            error: (error) => resolve(error as { code: number }),
            complete: () => {},
          },
        );
      });
      expect(closed.code).toBe(4403);
    } finally {
      await client.dispose();
    }
  });

  it("announces changes made in a caller's transaction only after it commits", async () => {
    const { services, dataSource } = api.app;
    const seen: CommittedChange[] = [];
    const stop = services.changes.onCommitted((change) => seen.push(change));
    const caller = { viewer: SYSTEM_VIEWER };
    try {
      let inside = -1;
      const kept = await dataSource.transaction(async (tx) => {
        const created = await services.topic.create(caller, { name: 'Inne i en transaktion' }, tx);
        // A savepoint that rolls back takes its change with it.
        await tx
          .transaction(async (inner) => {
            await services.topic.create(caller, { name: 'Ångrad' }, inner);
            throw new Error('roll back the savepoint');
          })
          .catch(() => {});
        await services.topic.update(caller, { id: created.id, version: 1, name: 'Ändrad' }, tx);
        inside = seen.length;
        return created;
      });
      expect(inside).toBe(0);
      expect(seen.map((c) => [c.recordType, c.recordId, c.operation])).toEqual([
        ['Topic', kept.id, 'CREATE'],
        ['Topic', kept.id, 'UPDATE'],
      ]);
      expect(await api.sql(`SELECT 1 FROM topic WHERE name = 'Ångrad'`)).toEqual([]);

      seen.length = 0;
      await expect(
        dataSource.transaction(async (tx) => {
          await services.topic.create(caller, { name: 'Aldrig' }, tx);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(seen).toEqual([]);
    } finally {
      stop();
    }
  });

  it('prints the same schema whichever pub/sub it was built with', () => {
    expect(printSchema(buildApiSchema(api.app.live.pubSub))).toBe(printSchema(buildApiSchema()));
    expect(api.app.live.transport).toBe('in-process');
  });
});
