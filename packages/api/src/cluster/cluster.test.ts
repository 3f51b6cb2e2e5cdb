import { startCluster, type RunningCluster } from '../testing/cluster-process';
import { subscribe, type TestSubscription } from '../testing/subscriptions';
import { canStartRedis } from '../testing/redis';

/**
 * `pnpm start:cluster` for real (build first: it runs dist/): PostgreSQL (the tests' server), a
 * redis-server, the migration step, two API processes and the proxy. Reads, writes,
 * subscriptions, sessions and rate limits behave as one service, also while api-1 is killed
 * (SIGKILL) and started again by the cluster. .ci/run installs redis-server; without it this is
 * skipped here, and fails in CI.
 */
const haveRedis = canStartRedis('the cluster');

const PASSWORD = 'ett långt lösenord för klustret';
const EMAIL = 'admin@example.se';
/** Anonymous callers' points a minute: enough for the test, and the count is read from headers. */
const ANONYMOUS_PER_MINUTE = 200;

let cluster: RunningCluster;
let cookie: string;
let topicId: string;
let version: number;
const open: TestSubscription[] = [];

interface Answer {
  status: number;
  body: { data?: any; errors?: unknown[] };
  headers: Headers;
}

/** A GraphQL request to `base` (the proxy or one API process) as `as`: the admin, a session, no one. */
async function ask(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  as: 'admin' | 'session' | 'anonymous' = 'admin',
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as === 'admin') headers.authorization = `Bearer ${cluster.adminToken}`;
  if (as === 'session') headers.cookie = cookie;
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    headers: response.headers,
  };
}

/** The answer's data, after checking it is a 200 with no error. */
function ok(answer: Answer): any {
  expect({ status: answer.status, errors: answer.body.errors }).toEqual({
    status: 200,
    errors: undefined,
  });
  return answer.body.data;
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Subscriptions open in the API processes that run, from their /metrics (this machine may read it). */
async function subscriptionsOpen(): Promise<number> {
  let open = 0;
  for (const replica of cluster.replicas) {
    const text = await fetch(`${replica}/metrics`).then(
      (response) => response.text(),
      () => '', // down
    );
    open += Number(/^samverkan_subscriptions_open (\d+)/m.exec(text)?.[1] ?? 0);
  }
  return open;
}

/** Subscribes to the topic through the proxy and waits until an API process listens. */
async function subscribeThroughProxy(): Promise<TestSubscription> {
  const before = await subscriptionsOpen();
  const subscription = await subscribe(
    `${cluster.url}/graphql`,
    `subscription ($id: ID!) { recordChanged(id: $id) { node { ... on Topic { name } } } }`,
    { id: topicId },
    { token: cluster.adminToken },
  );
  open.push(subscription);
  await eventually(async () => (await subscriptionsOpen()) > before, 'the subscription');
  return subscription;
}

const rename = async (base: string, name: string) => {
  const data = ok(
    await ask(
      base,
      `mutation ($input: TopicUpdateInput!) {
        topicUpdate(input: $input) { topic { version } userErrors { code } }
      }`,
      { input: { id: topicId, version, name } },
    ),
  );
  expect(data.topicUpdate.userErrors).toEqual([]);
  version = data.topicUpdate.topic.version;
};

const nameOfTopic = async (base: string) =>
  ok(
    await ask(base, `query ($id: ID!) { node(id: $id) { ... on Topic { name } } }`, {
      id: topicId,
    }),
  ).node.name;

const signedInAs = async (base: string) =>
  ok(await ask(base, '{ viewer { user { email } } }', {}, 'session')).viewer.user?.email;

/** The anonymous points left after one more request to `base`. */
const anonymousRemaining = async (base: string) => {
  const answer = await ask(base, '{ __typename }', {}, 'anonymous');
  ok(answer);
  return Number(/remaining=(\d+)/.exec(answer.headers.get('ratelimit') ?? '')?.[1]);
};

/** GraphQL requests a process has answered, from its own `/metrics` (this machine may read it). */
const graphqlRequests = async (base: string) => {
  const text = await (await fetch(`${base}/metrics`)).text();
  return [...text.matchAll(/^samverkan_http_requests_total\{[^}]*route="graphql"[^}]*\} (\d+)/gm)]
    .map((match) => Number(match[1]))
    .reduce((sum, count) => sum + count, 0);
};

const isGone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

(haveRedis ? describe : describe.skip)('pnpm start:cluster: several processes, one service', () => {
  beforeAll(async () => {
    cluster = await startCluster({
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_PER_MINUTE),
      RATE_LIMIT_SIGNED_IN_PER_MINUTE: String(1e6),
      // Two failed checks (4 s) before the proxy would see api-1 down by itself: the requests
      // right after the kill find it refusing connections, and are sent to api-2.
      CLUSTER_HEALTH_INTERVAL_MS: '2000',
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    if (cluster) expect(await cluster.stop()).toBe(0);
  }, 30_000);

  it('migrates once, before the API processes, and serves the web client from the proxy', async () => {
    expect(cluster.output().match(/Samverkan database migrated/g)).toHaveLength(1);
    expect(cluster.output().indexOf('Samverkan database migrated')).toBeLessThan(
      cluster.output().indexOf('[api-1]'),
    );
    const page = await fetch(`${cluster.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${cluster.url}/health/ready`)).status).toBe(200);
  });

  it('a session made through one process works through the other and the proxy', async () => {
    const secret = cluster.firstAdminLink.split('#')[1];
    const accepted = await ask(
      cluster.replicas[0],
      `mutation ($input: InvitationAcceptInput!) {
        invitationAccept(input: $input) { user { id } userErrors { code message } }
      }`,
      { input: { secret, password: PASSWORD, email: EMAIL, displayName: 'Klusteradmin' } },
      'anonymous',
    );
    expect(ok(accepted).invitationAccept.userErrors).toEqual([]);
    const signedIn = await ask(
      cluster.replicas[0],
      `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code } } }`,
      { input: { email: EMAIL, password: PASSWORD } },
      'anonymous',
    );
    expect(ok(signedIn).signIn.userErrors).toEqual([]);
    cookie = signedIn.headers
      .getSetCookie()
      .map((set) => set.split(';')[0])
      .join('; ');
    expect(await signedInAs(cluster.replicas[1])).toBe(EMAIL);
    expect(await signedInAs(cluster.url)).toBe(EMAIL);
  });

  it("sends a signed-in caller's requests to one process (their reads see their writes)", async () => {
    const before = await Promise.all(cluster.replicas.map(graphqlRequests));
    for (let i = 0; i < 6; i += 1) expect(await signedInAs(cluster.url)).toBe(EMAIL);
    const after = await Promise.all(cluster.replicas.map(graphqlRequests));
    const served = after.map((count, i) => count - before[i]).sort();
    expect(served).toEqual([0, 6]);
  });

  it('a write through one process is read through the other, and reaches a subscriber through the proxy', async () => {
    const created = ok(
      await ask(
        cluster.url,
        `mutation { topicCreate(input: { name: "Samverkan i klustret" }) {
          topic { id version } userErrors { code } } }`,
      ),
    );
    ({ id: topicId, version } = created.topicCreate.topic);
    const subscriber = await subscribeThroughProxy();
    // One of the two is the subscriber's process, the other is not.
    await rename(cluster.replicas[0], 'Skrivet i api-1');
    expect((await subscriber.next()).data?.recordChanged.node.name).toBe('Skrivet i api-1');
    expect(await nameOfTopic(cluster.replicas[1])).toBe('Skrivet i api-1');
    await rename(cluster.replicas[1], 'Skrivet i api-2');
    expect((await subscriber.next()).data?.recordChanged.node.name).toBe('Skrivet i api-2');
    expect(await nameOfTopic(cluster.replicas[0])).toBe('Skrivet i api-2');
  });

  it('counts a rate limit across both processes', async () => {
    const first = await anonymousRemaining(cluster.replicas[0]);
    expect(await anonymousRemaining(cluster.replicas[1])).toBe(first - 1);
    expect(await anonymousRemaining(cluster.replicas[0])).toBe(first - 2);
    expect(await anonymousRemaining(cluster.url)).toBe(first - 3);
  });

  it('goes on as one service while api-1 is killed, and takes it back once restarted', async () => {
    const killed = cluster.pidOf('api-1');
    process.kill(killed, 'SIGKILL');
    await eventually(async () => isGone(killed), 'api-1 to be gone');
    const before = await anonymousRemaining(cluster.url);
    // api-1 is down: every request still succeeds through the proxy.
    const subscriber = await subscribeThroughProxy();
    for (let round = 1; round <= 4; round += 1) {
      await rename(cluster.url, `Under avbrottet ${round}`);
      expect(await nameOfTopic(cluster.url)).toBe(`Under avbrottet ${round}`);
      expect((await subscriber.next()).data?.recordChanged.node.name).toBe(
        `Under avbrottet ${round}`,
      );
      expect(await signedInAs(cluster.url)).toBe(EMAIL);
    }
    expect(await fetch(`${cluster.replicas[0]}/health/live`).catch(() => null)).toBeNull();
    expect(cluster.output()).toMatch(/api-1 exited \(SIGKILL\); starting it again/);
    expect(cluster.output()).toMatch(/\[proxy\] +api-1 is down \(ECONNREFUSED\)/);

    // The cluster starts api-1 again, on its port; it shares what the other has.
    await eventually(
      async () => (await fetch(`${cluster.replicas[0]}/health/ready`)).status === 200,
      'api-1 to be started again',
    );
    expect(cluster.pidOf('api-1')).not.toBe(killed);
    expect(await signedInAs(cluster.replicas[0])).toBe(EMAIL);
    expect(await nameOfTopic(cluster.replicas[0])).toBe('Under avbrottet 4');
    expect(await anonymousRemaining(cluster.replicas[0])).toBe(before - 1);
    await rename(cluster.replicas[0], 'Efter omstarten');
    expect((await subscriber.next()).data?.recordChanged.node.name).toBe('Efter omstarten');
    await eventually(
      async () => (await fetch(`${cluster.url}/health/ready`)).status === 200,
      'the proxy to see api-1 again',
    );
  }, 40_000);
});
