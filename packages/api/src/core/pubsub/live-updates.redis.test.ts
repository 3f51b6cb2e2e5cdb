import { freePort } from '../free-port';
import { startRedisServer, type RunningRedis } from '../../cluster/redis-server';
import { canStartRedis } from '../../testing/redis';
import { Redis } from 'ioredis';
import type { App } from '../../app';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { askApp, startTestApp } from '../../testing/test-app';
import { subscribe, type TestSubscription } from '../../testing/subscriptions';

/**
 * Two API processes' worth of servers (two apps in this jest process, each with its own two Redis
 * clients) on one database and one real redis-server: a change made through A reaches a
 * subscriber of B, and a caller's rate limit is one across both. .ci/run installs the Debian package redis-server; without it this is skipped.
 */
const haveRedis = canStartRedis('live updates across processes');

let redis: RunningRedis;
let database: TestDatabase;
let a: App;
let b: App;
let writer: string;
const open: TestSubscription[] = [];

const graphql = (app: App, query: string, variables: Record<string, unknown> = {}) =>
  askApp(app, writer, query, variables);

/** The writer's points left after one more query (one point) through `app`. */
const remaining = async (app: App) => {
  const response = await fetch(app.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${writer}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return Number(/remaining=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1]);
};

(haveRedis ? describe : describe.skip)('live updates across API processes (Redis)', () => {
  beforeAll(async () => {
    redis = await startRedisServer(await freePort());
    database = await createTestDatabase();
    const start = (name: string) => startTestApp(database.url, name, { redisUrl: redis.url });
    a = await start('A');
    b = await start('B');
    writer = (await a.services.token.issue('test writer', 'ADMIN')).secret;
  });

  afterAll(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    await a?.stop();
    await b?.stop();
    await database?.drop();
    await redis?.stop();
  });

  it('each app has its own publish and subscribe connections to Redis', async () => {
    expect(a.live.transport).toBe('redis');
    expect(b.live.transport).toBe('redis');
    const admin = new Redis(redis.url);
    try {
      const clients = String(await admin.call('CLIENT', 'LIST'))
        .trim()
        .split('\n');
      // Two per app, and this one.
      expect(clients).toHaveLength(5);
    } finally {
      admin.disconnect();
    }
  });

  it('a change made through A reaches subscribers of B (and of A); a refused one reaches none', async () => {
    const created = await graphql(
      a,
      `
        mutation {
          topicCreate(input: { name: "Påverkansarbete" }) {
            topic {
              id
            }
            userErrors {
              code
            }
          }
        }
      `,
    );
    const topicId = created.topicCreate.topic.id;
    const query = `subscription ($id: ID!) {
      recordChanged(id: $id) { operation node { ... on Topic { name version } } }
    }`;
    const onB = await subscribe(b.server.url, query, { id: topicId }, { listening: b.live });
    const onA = await subscribe(a.server.url, query, { id: topicId }, { listening: a.live });
    open.push(onB, onA);

    const update = `mutation ($input: TopicUpdateInput!) {
      topicUpdate(input: $input) { topic { version } userErrors { code } }
    }`;
    const refused = await graphql(a, update, { input: { id: topicId, version: 7, name: 'Nej' } });
    expect(refused.topicUpdate.userErrors).toEqual([{ code: 'STALE_VERSION' }]);
    const accepted = await graphql(a, update, { input: { id: topicId, version: 1, name: 'Ja' } });
    expect(accepted.topicUpdate.userErrors).toEqual([]);

    const expected = { operation: 'UPDATE', node: { name: 'Ja', version: 2 } };
    expect((await onB.next()).data).toEqual({ recordChanged: expected });
    expect((await onA.next()).data).toEqual({ recordChanged: expected });
    expect(onB.pending() + onA.pending()).toBe(0);
  });

  it("a forum's membership created through A is told on B, filtered there", async () => {
    const forum = async (name: string) =>
      (
        await graphql(
          a,
          `
            mutation ($name: String!) {
              forumCreate(input: { name: $name, kind: NETWORK }) {
                forum {
                  id
                }
              }
            }
          `,
          { name },
        )
      ).forumCreate.forum.id as string;
    const watched = await forum('Besöksnäringens nätverk');
    const other = await forum('Ett annat nätverk');
    const third = await forum('Ett tredje nätverk');
    const onB = await subscribe(
      b.server.url,
      `subscription ($forum: ID!) {
        forumMembershipChanged(forum: $forum) { operation membership { forum { name } member { ... on Forum { name } } } }
      }`,
      { forum: watched },
      { listening: b.live },
    );
    open.push(onB);
    const join = `mutation ($forum: ID!, $member: ID!) {
      forumMembershipCreate(input: { forum: $forum, member: $member }) { userErrors { code } }
    }`;
    await graphql(a, join, { forum: other, member: watched });
    await graphql(a, join, { forum: watched, member: third });
    expect((await onB.next()).data).toEqual({
      forumMembershipChanged: {
        operation: 'CREATE',
        membership: {
          forum: { name: 'Besöksnäringens nätverk' },
          member: { name: 'Ett tredje nätverk' },
        },
      },
    });
    expect(onB.pending()).toBe(0);
  });

  it("counts a caller's rate limit in Redis: what they spend through A is gone through B", async () => {
    const throughA = await remaining(a);
    expect(await remaining(b)).toBe(throughA - 1);
    expect(await remaining(a)).toBe(throughA - 2);
  });

  it('goes on without Redis: limits counted in each process, writes answered, and back after', async () => {
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    const status = async (app: App) => {
      const response = await fetch(app.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writer}` },
        body: JSON.stringify({
          query: 'mutation { topicCreate(input: { name: "Utan Redis" }) { userErrors { code } } }',
        }),
      });
      return { status: response.status, limit: response.headers.get('ratelimit') };
    };
    for (const app of [a, b]) {
      expect(await status(app)).toEqual({
        status: 200,
        limit: expect.stringMatching(/remaining=\d+/),
      });
    }
    redis = await startRedisServer(port);
    // The clients reconnect on their own; then the limits are counted in Redis again, as one.
    const shared = async () => {
      const first = await remaining(a);
      return (await remaining(b)) === first - 1;
    };
    const until = Date.now() + 15_000;
    while (!(await shared()) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await shared()).toBe(true);
  });
});
