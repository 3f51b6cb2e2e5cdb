import { Client } from 'pg';
import type { App } from '../../app';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { askApp, startTestApp } from '../../testing/test-app';
import { eventually, startReceiver, type TestReceiver } from '../../testing/webhook-receiver';

/*
 * Webhooks across API processes (apps in this jest process, on one database): deliveries queued
 * in PostgreSQL wait out a restart, and processes sending at once send each change once.
 */

const SETTINGS = {
  pollMs: 50,
  timeoutMs: 5_000,
  retryBaseMs: 20,
  retryMaxMs: 100,
  retentionDays: 30,
};

let database: TestDatabase;
let receiver: TestReceiver;
const apps: App[] = [];

async function start(name: string, maxAttempts: number): Promise<App> {
  const app = await startTestApp(database.url, name, { webhooks: { ...SETTINGS, maxAttempts } });
  apps.push(app);
  return app;
}

async function stop(app: App): Promise<void> {
  apps.splice(apps.indexOf(app), 1);
  await app.stop();
}

const TOPIC_CREATE = `mutation ($name: String!) {
  topicCreate(input: { name: $name }) { topic { id } userErrors { code } } }`;

/** The webhook's deliveries, as rows. */
const deliveries = (app: App) =>
  app.dataSource.query<{ event_id: string; status: string; attempts: number }[]>(
    'SELECT event_id::text, status, attempts FROM webhook_delivery ORDER BY event_id',
  );

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  await receiver?.close();
  await database?.drop();
});

it('keeps queued deliveries over a restart, and several processes send each change once', async () => {
  let up = false;
  receiver = await startReceiver(() => (up ? [200] : [503, 'down for maintenance']));
  const first = await start('first', 1_000);
  const { secret: token } = await first.services.token.issue('test admin', 'ADMIN');
  await askApp(
    first,
    token,
    `
      mutation ($url: String!) {
        webhookCreate(input: { url: $url }) {
          webhook {
            id
          }
        }
      }
    `,
    { url: receiver.url },
  );
  await askApp(first, token, TOPIC_CREATE, { name: 'Före omstarten' });
  // Attempted (the receiver is down) and queued again: then the API stops.
  await eventually(
    () => deliveries(first),
    (rows) => rows.length === 1 && rows[0].attempts >= 1,
    'a failed attempt',
  );
  await stop(first);
  expect(await queued()).toEqual([
    { event_id: expect.any(String), status: 'RETRYING', attempts: expect.any(Number) },
  ]);
  const tried = receiver.requests.length;
  expect(receiver.requests.every((request) => request.status === 503)).toBe(true);

  // Two processes now, the receiver up: the waiting delivery and 20 new changes, each sent once.
  up = true;
  const [a, b] = await Promise.all([start('a', 1_000), start('b', 1_000)]);
  for (let i = 0; i < 20; i++) {
    await askApp(i % 2 ? a : b, token, TOPIC_CREATE, { name: `Efter omstarten ${i}` });
  }
  const rows = await eventually(
    () => deliveries(a),
    (all) => all.length === 21 && all.every((row) => row.status === 'DELIVERED'),
    'every delivery delivered',
  );
  const delivered = receiver.requests.slice(tried).filter((request) => request.status === 200);
  expect(delivered.map((request) => request.json.id).sort()).toEqual(
    rows.map((row) => row.event_id).sort(),
  );
  expect(new Set(delivered.map((request) => request.json.id)).size).toBe(21);
  expect(receiver.requests.slice(tried).every((request) => request.status === 200)).toBe(true);
});

/** The queue as the database holds it, read while no API runs. */
async function queued() {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT event_id::text, status, attempts FROM webhook_delivery',
    );
    return rows as { event_id: string; status: string; attempts: number }[];
  } finally {
    await client.end();
  }
}
