import { startTestApi, type TestApi } from '../testing/test-api';
import { subscribe, type TestSubscription } from '../testing/subscriptions';

const TOKEN = 'metrics-reader-0123456789';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', metricsToken: TOKEN });
});
afterAll(() => api.stop());

const metrics = (authorization?: string) =>
  fetch(api.url.replace(/\/graphql$/, '/metrics'), {
    headers: authorization ? { authorization } : {},
  });

/** The value of the sample `name{labels}` in Prometheus' text format. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((row) => row.startsWith(`${name}${labels} `));
  if (!line) throw new Error(`no sample ${name}${labels} in:\n${text}`);
  return Number(line.split(' ')[1]);
}

describe('/metrics', () => {
  it('is not there for a caller without the token, however near', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', TOKEN]) {
      const response = await metrics(authorization);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('samverkan_');
    }
  });

  it('tells requests, errors, latency, SQL statements, pools and subscriptions', async () => {
    let subscription: TestSubscription | undefined;
    try {
      subscription = await subscribe(
        api.url,
        'subscription { responsibilityChanged { operation } }',
        {},
        { listening: api.app.live },
      );
      expect((await api.graphql('{ actors(first: 2) { totalCount } }')).status).toBe(200);
      await api.graphql('{ actors(first: 2) { noSuchField } }');
      const response = await metrics(`Bearer ${TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      const graphqlOk = '{route="graphql",method="POST",status="200"}';
      expect(sample(text, 'samverkan_http_requests_total', graphqlOk)).toBeGreaterThanOrEqual(1);
      expect(
        sample(text, 'samverkan_graphql_errors_total', '{code="GRAPHQL_VALIDATION_FAILED"}'),
      ).toBe(1);
      expect(
        sample(text, 'samverkan_http_request_duration_seconds_count', '{route="graphql"}'),
      ).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'samverkan_sql_statements_total')).toBeGreaterThan(0);
      expect(sample(text, 'samverkan_db_pool_total', '{pool="app"}')).toBeGreaterThan(0);
      expect(sample(text, 'samverkan_db_pool_idle', '{pool="app"}')).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'samverkan_db_pool_waiting', '{pool="app"}')).toBe(0);
      expect(sample(text, 'samverkan_subscriptions_open')).toBe(1);
      expect(sample(text, 'samverkan_websockets_open')).toBe(1);
      expect(sample(text, 'samverkan_process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      await subscription?.close();
    }
  });
});
