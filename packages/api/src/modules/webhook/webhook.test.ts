import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryService } from './delivery.service';
import { loadConfig } from '../../core/config';
import { fromGlobalId } from '../../core/relay/global-id';
import { expectOnlyAdminsMay } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { eventually, startReceiver, type TestReceiver } from '../../testing/webhook-receiver';
import { DEFAULT_WEBHOOK_SETTINGS, retryDelay, webhookSettingsOf } from './dispatcher';
import { homeAreasFunctionHash } from './home-areas-sql';
import { HOME_AREAS_FUNCTION_HASH } from './migrations/1763903600000-Webhooks';

/** Retries within milliseconds, a webhook paused after three failures in a row. */
const FAST = {
  pollMs: 50,
  timeoutMs: 5_000,
  retryBaseMs: 20,
  retryMaxMs: 100,
  maxAttempts: 3,
  retentionDays: 30,
};

const WEBHOOK = `id version url description recordTypes operations area { code } active
  pausedAt pausedReason consecutiveFailures`;
const DELIVERIES = `deliveries(first: 100) { totalCount nodes {
  id eventId status attempts nextAttemptAt lastAttemptAt lastResponseStatus lastError deliveredAt
  change { operation recordType record { id } } } }`;

/**
 * How the README tells a receiver to check a delivery: the HMAC-SHA256 of "<t>.<raw body>" keyed
 * with the secret, compared in constant time, and `t` within five minutes of now.
 */
function verify(secret: string, header: string | string[] | undefined, body: string): boolean {
  const parts = Object.fromEntries(
    String(header)
      .split(',')
      .map((part) => part.split('=') as [string, string]),
  );
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  const given = String(parts.v1 ?? '');
  const recent = Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
  return (
    recent &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

/** The database id behind a global ID. */
const dbId = (globalId: string) => fromGlobalId(globalId)!.id;

/** The audit log's ids of the changes to these records, in order. */
async function eventIds(...globalIds: string[]): Promise<string[]> {
  const rows = await api.sql<{ id: string }>(
    'SELECT id::text FROM audit_event WHERE record_id = ANY($1::uuid[]) ORDER BY id',
    [globalIds.map(dbId)],
  );
  return rows.map((row) => row.id);
}

/** The event ids a receiver got, in order of arrival. */
const received = (receiver: TestReceiver) =>
  receiver.requests.map((request) => request.json.id as string);

let api: TestApi;
const receivers: TestReceiver[] = [];

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', webhooks: FAST });
});
afterEach(async () => {
  await api.sql('DELETE FROM webhook');
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});
afterAll(() => api.stop());

async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const started = await startReceiver(answer);
  receivers.push(started);
  return started;
}

/** Registers a webhook (as the admin); it and its secret. */
async function register(input: Record<string, unknown>) {
  const payload = await api.mutate('webhookCreate', input, `webhook { ${WEBHOOK} } secret`);
  expect(payload.userErrors).toEqual([]);
  return payload as { webhook: Record<string, any>; secret: string };
}

/** A webhook as an admin reads it, with its deliveries. */
async function read(id: string) {
  const { data, errors } = await api.graphql(
    `query ($id: ID!) { node(id: $id) { ... on Webhook { ${WEBHOOK} ${DELIVERIES} } } }`,
    { id },
    'admin',
  );
  expect(errors).toBeUndefined();
  return data!.node as Record<string, any>;
}

/** The webhook once every delivery it has is delivered, and it has at least `count`. */
const allDelivered = (id: string, count: number) =>
  eventually(
    () => read(id),
    (webhook) =>
      webhook.deliveries.totalCount >= count &&
      webhook.deliveries.nodes.every((delivery: any) => delivery.status === 'DELIVERED'),
    `${count} deliveries delivered`,
  );

const topic = (name: string) => api.create('topicCreate', { name }, 'id version');

describe('registering a webhook', () => {
  it('gives its secret once, in the answer; reads never show it again', async () => {
    const { url } = await receiver();
    const created = await register({ url, description: 'Kommunens register' });
    expect(created.secret).toMatch(/^svw_[0-9A-Za-z]{49}$/);
    expect(created.webhook).toMatchObject({
      url,
      description: 'Kommunens register',
      recordTypes: [],
      operations: [],
      area: null,
      active: true,
      pausedAt: null,
      pausedReason: null,
      consecutiveFailures: 0,
      version: 1,
    });
    const list = await api.graphql(
      `{ webhooks { totalCount nodes { ${WEBHOOK} ${DELIVERIES} } } }`,
      {},
      'admin',
    );
    expect(list.data!.webhooks).toMatchObject({ totalCount: 1, nodes: [{ url }] });
    const introspection = await api.graphql(
      `{ __type(name: "Webhook") { fields { name } } }`,
      {},
      'admin',
    );
    const fields = introspection.data!.__type.fields.map((field: { name: string }) => field.name);
    expect(fields.filter((name: string) => /secret/i.test(name))).toEqual([]);
    expect(JSON.stringify([list, await read(created.webhook.id)])).not.toContain(
      created.secret.slice(4),
    );
    // Kept, as it is, to sign: nowhere else.
    expect(await api.sql('SELECT secret FROM webhook')).toEqual([{ secret: created.secret }]);
  });

  it('refuses a URL that is not http(s), a blank one and an unknown area, writing nothing', async () => {
    const unknownArea = 'QXJlYTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA';
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: 'ftp://files.example.se/hook' }, 'input.url', 'INVALID'],
      [{ url: 'javascript:alert(1)' }, 'input.url', 'INVALID'],
      [{ url: 'mottagare.example.se/hook' }, 'input.url', 'INVALID'],
      [{ url: '  ' }, 'input.url', 'REQUIRED'],
      [{ url: 'https://example.se/hook', area: unknownArea }, 'input.area', 'NOT_FOUND'],
      [{ url: 'https://example.se/hook', area: 'not an id' }, 'input.area', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      const payload = await api.mutate('webhookCreate', input, 'webhook { id } secret');
      expect([input, payload.webhook, payload.secret, payload.userErrors]).toEqual([
        input,
        null,
        null,
        [expect.objectContaining({ code })],
      ]);
      expect(payload.userErrors[0].field.join('.')).toBe(field);
    }
    const { webhook } = await register({ url: 'https://example.se/hook' });
    const update = await api.mutate(
      'webhookUpdate',
      { id: webhook.id, version: 1, url: 'file:///etc/passwd' },
      'webhook { id }',
    );
    expect(update.userErrors).toEqual([expect.objectContaining({ code: 'INVALID' })]);
    const stale = await api.mutate(
      'webhookUpdate',
      { id: webhook.id, version: 7, description: 'Sent' },
      'webhook { id }',
    );
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    expect(await api.sql('SELECT url, version FROM webhook')).toEqual([
      { url: 'https://example.se/hook', version: 1 },
    ]);
  });
});

describe('deliveries', () => {
  it('POSTs each change once per event id, signed with the secret from the create payload', async () => {
    const hooks = await receiver();
    const { webhook, secret } = await register({ url: hooks.url });
    const first = await topic('Bredband');
    await api.mutate(
      'topicUpdate',
      { id: first.id, version: 1, description: 'Utbyggnad på landsbygden' },
      'topic { id }',
    );
    const others = await api.createAll(
      'topicCreate',
      Array.from({ length: 12 }, (_, i) => ({ name: `Tema ${i}` })),
      'topic { id }',
    );
    const events = await eventIds(first.id, ...others.map((other) => other.id));
    expect(events).toHaveLength(14);

    const delivered = await allDelivered(webhook.id, events.length);
    expect(delivered.deliveries.totalCount).toBe(events.length);
    expect(delivered.deliveries.nodes.map((d: any) => d.eventId).sort()).toEqual(
      [...events].sort(),
    );
    expect(delivered.deliveries.nodes[0]).toMatchObject({
      attempts: 1,
      lastResponseStatus: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: expect.any(String),
      change: { recordType: 'TOPIC', record: { id: expect.any(String) } },
    });
    // Each change once: one request per event id, and every event.
    expect([...received(hooks)].sort()).toEqual([...events].sort());

    const [created, updated] = events.map((id) =>
      hooks.requests.find((request) => request.json.id === id)!,
    );
    for (const request of hooks.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['samverkan-event-id']).toBe(request.json.id);
      expect(request.headers['samverkan-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verify(secret, request.headers['samverkan-signature'], request.body)).toBe(true);
      // Another secret, or a body changed on the way, does not verify.
      expect(verify(`${secret}x`, request.headers['samverkan-signature'], request.body)).toBe(
        false,
      );
      expect(
        verify(secret, request.headers['samverkan-signature'], request.body.replace('}', ' }')),
      ).toBe(false);
    }
    expect(created.json).toEqual({
      id: events[0],
      type: 'Topic',
      operation: 'CREATE',
      recordId: first.id,
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      reason: null,
      before: null,
      after: expect.objectContaining({ name: 'Bredband', description: null }),
    });
    expect(updated.json).toMatchObject({
      type: 'Topic',
      operation: 'UPDATE',
      recordId: first.id,
      before: { name: 'Bredband', description: null },
      after: { name: 'Bredband', description: 'Utbyggnad på landsbygden' },
    });
  });

  it('costs a write no statement more: its deliveries are queued by the statement that audits it', async () => {
    const write = (name: string) =>
      api.graphql(
        'mutation ($input: TopicCreateInput!) { topicCreate(input: $input) { topic { id } } }',
        { input: { name } },
        'admin',
      );
    await write('Den första'); // A process's first write prepares what later ones reuse.
    const alone = await write('Utan mottagare');
    const first = await register({ url: (await receiver()).url });
    const second = await register({ url: (await receiver()).url });
    const watched = await write('Med två mottagare');
    expect(watched.statements).toBe(alone.statements);
    const [event] = await eventIds(watched.data!.topicCreate.topic.id);
    for (const { webhook } of [first, second]) {
      expect((await read(webhook.id)).deliveries.nodes.map((d: any) => d.eventId)).toEqual([event]);
    }
  });

  it('signs with a new secret once rotated, and the old one verifies nothing more', async () => {
    const hooks = await receiver();
    const { webhook, secret: old } = await register({ url: hooks.url });
    const rotated = await api.mutate(
      'webhookSecretRotate',
      { id: webhook.id },
      'webhook { id version } secret',
    );
    expect(rotated.userErrors).toEqual([]);
    expect(rotated.secret).toMatch(/^svw_/);
    expect(rotated.secret).not.toBe(old);
    expect(rotated.webhook).toEqual({ id: webhook.id, version: 2 });
    const made = await topic('Kollektivtrafik');
    await allDelivered(webhook.id, 1);
    const [request] = hooks.requests;
    expect(request.json.recordId).toBe(made.id);
    expect(verify(rotated.secret, request.headers['samverkan-signature'], request.body)).toBe(true);
    expect(verify(old, request.headers['samverkan-signature'], request.body)).toBe(false);
  });

  it('forgets deliveries delivered longer ago than they are kept, and only those', async () => {
    const hooks = await receiver();
    const { webhook } = await register({ url: hooks.url });
    await topic('Skogsbruk');
    await topic('Vattenbruk');
    await allDelivered(webhook.id, 2);
    const [old] = await api.sql<{ id: string }>(
      'SELECT id FROM webhook_delivery WHERE webhook_id = $1 ORDER BY id LIMIT 1',
      [dbId(webhook.id)],
    );
    await api.sql(
      `UPDATE webhook_delivery SET delivered_at = now() - interval '31 days' WHERE id = $1`,
      [old.id],
    );
    expect(await new DeliveryService(api.owner).prune(30)).toBe(1);
    const left = await api.sql('SELECT id FROM webhook_delivery WHERE webhook_id = $1', [
      dbId(webhook.id),
    ]);
    expect(left).toHaveLength(1);
  });

  it('retries a delivery the receiver refused: 500 first, then 200', async () => {
    const answered = new Set<string>();
    const hooks = await receiver((request) => {
      const first = !answered.has(request.json.id);
      answered.add(request.json.id);
      return first ? [500, 'not now'] : [200];
    });
    const { webhook } = await register({ url: hooks.url });
    const made = await topic('Turism');
    const [event] = await eventIds(made.id);
    const delivered = await allDelivered(webhook.id, 1);
    expect(delivered.deliveries.nodes).toEqual([
      expect.objectContaining({
        eventId: event,
        status: 'DELIVERED',
        attempts: 2,
        lastResponseStatus: 200,
        lastError: null,
      }),
    ]);
    expect(delivered.consecutiveFailures).toBe(0);
    expect(hooks.requests.map((request) => [request.json.id, request.status])).toEqual([
      [event, 500],
      [event, 200],
    ]);
  });

  it('pauses a webhook whose receiver keeps failing, with the reason, until an admin re-activates it', async () => {
    const failing = await receiver(() => [500, 'nope']);
    const healthy = await receiver();
    const { webhook } = await register({ url: failing.url });
    const witness = await register({ url: healthy.url });
    const made = await topic('Energi');
    const paused = await eventually(
      () => read(webhook.id),
      (hook) => !hook.active,
      'the webhook paused',
    );
    expect(paused).toMatchObject({
      active: false,
      pausedAt: expect.any(String),
      pausedReason: 'Paused after 3 failed attempts in a row; the last: HTTP 500: nope',
      consecutiveFailures: 3,
      version: 2,
    });
    expect(paused.deliveries.nodes).toEqual([
      expect.objectContaining({
        status: 'RETRYING',
        attempts: 3,
        lastResponseStatus: 500,
        lastError: 'HTTP 500: nope',
        nextAttemptAt: expect.any(String),
        deliveredAt: null,
      }),
    ]);
    expect(failing.requests).toHaveLength(3);

    // A change while paused is queued for it, and not attempted: the healthy webhook gets it,
    // the paused one's delivery waits.
    await api.mutate(
      'topicUpdate',
      { id: made.id, version: 1, name: 'Energiomställning' },
      'topic { id }',
    );
    const [, update] = await eventIds(made.id);
    await allDelivered(witness.webhook.id, 2);
    expect(received(healthy)).toContain(update);
    const waiting = await read(webhook.id);
    expect(waiting.deliveries.nodes.map((d: any) => [d.eventId, d.status, d.attempts])).toEqual([
      [update, 'PENDING', 0],
      [expect.any(String), 'RETRYING', 3],
    ]);
    expect(failing.requests).toHaveLength(3);

    failing.answer = () => [204];
    const activated = await api.mutate(
      'webhookUpdate',
      { id: webhook.id, version: 2, active: true },
      `webhook { ${WEBHOOK} }`,
    );
    expect(activated.userErrors).toEqual([]);
    expect(activated.webhook).toMatchObject({
      active: true,
      pausedAt: null,
      pausedReason: null,
      consecutiveFailures: 0,
      version: 3,
    });
    await allDelivered(webhook.id, 2);
    expect(failing.requests.slice(3).map((request) => request.status)).toEqual([204, 204]);
    expect(new Set(received(failing))).toEqual(new Set(await eventIds(made.id)));
  });

  it('is paused and re-activated by an admin, who is named as the reason', async () => {
    const hooks = await receiver();
    const { webhook } = await register({ url: hooks.url });
    const paused = await api.mutate(
      'webhookUpdate',
      { id: webhook.id, version: 1, active: false },
      `webhook { ${WEBHOOK} }`,
    );
    expect(paused.webhook).toMatchObject({
      active: false,
      pausedReason: 'Paused by test admin.',
      pausedAt: expect.any(String),
    });
    const made = await topic('Vatten');
    const [event] = await eventIds(made.id);
    expect((await read(webhook.id)).deliveries.nodes).toEqual([
      expect.objectContaining({ eventId: event, status: 'PENDING', attempts: 0 }),
    ]);
    await api.mutate(
      'webhookUpdate',
      { id: webhook.id, version: 2, active: true },
      'webhook { id }',
    );
    await allDelivered(webhook.id, 1);
    expect(received(hooks)).toEqual([event]);
  });
});

describe('which changes a webhook is told of', () => {
  it('only the record types and operations it asks for; none asked: all', async () => {
    const all = await receiver();
    const some = await receiver();
    const everything = await register({ url: all.url });
    const topicUpdates = await register({
      url: some.url,
      recordTypes: ['TOPIC'],
      operations: ['UPDATE'],
    });
    expect(topicUpdates.webhook).toMatchObject({ recordTypes: ['TOPIC'], operations: ['UPDATE'] });
    const made = await topic('Digitalisering');
    await api.mutate(
      'topicUpdate',
      { id: made.id, version: 1, description: 'Allt' },
      'topic { id }',
    );
    const { almi } = await api.idsOf({ almi: ['actor', 'almi'] });
    const [{ version }] = await api.sql('SELECT version FROM actor WHERE id = $1', [dbId(almi)]);
    const changed = await api.mutate(
      'actorUpdate',
      { id: almi, version, description: 'Statligt ägt riskkapital' },
      'actor { id }',
    );
    expect(changed.userErrors).toEqual([]);
    const [create, update] = await eventIds(made.id);
    const [actorUpdate] = (await eventIds(almi)).slice(-1);

    // Queued with the change: what it is not told of is never queued for it.
    expect(
      (await read(topicUpdates.webhook.id)).deliveries.nodes.map((d: any) => d.eventId),
    ).toEqual([update]);
    await allDelivered(everything.webhook.id, 3);
    await allDelivered(topicUpdates.webhook.id, 1);
    expect(new Set(received(all))).toEqual(new Set([create, update, actorUpdate]));
    expect(received(some)).toEqual([update]);
  });

  it('only changes to records in its area, as they were in the transaction: a retraction too', async () => {
    const jamtland = await receiver();
    const vasterbotten = await receiver();
    const everywhere = await receiver();
    const areas = await api.idsOf({
      county: ['area', '23'],
      other: ['area', '24'],
      ostersund: ['area', '2380'],
    });
    const inJamtland = await register({ url: jamtland.url, area: areas.county });
    expect(inJamtland.webhook.area).toEqual({ code: '23' });
    const inVasterbotten = await register({ url: vasterbotten.url, area: areas.other });
    const all = await register({ url: everywhere.url });

    const actor = await api.create('actorCreate', {
      name: 'Fjällguiderna AB',
      sector: 'BUSINESS',
      level: 'LOCAL',
      type: 'COMPANY',
      areas: [areas.ostersund],
    });
    const forum = await api.create('forumCreate', {
      name: 'Fjällforumet',
      kind: 'NETWORK',
      area: areas.county,
    });
    const membership = await api.create('forumMembershipCreate', {
      forum: forum.id,
      member: actor.id,
    });
    const retracted = await api.mutate(
      'forumMembershipRetract',
      { id: membership.id, version: membership.version, reason: 'Registrerat av misstag' },
      'retractedId',
    );
    expect(retracted.userErrors).toEqual([]);
    const noArea = await topic('Fjällturism');

    const inArea = await eventIds(actor.id, forum.id, membership.id);
    expect(inArea).toHaveLength(4);
    const [outside] = await eventIds(noArea.id);
    await allDelivered(all.webhook.id, 5);
    await allDelivered(inJamtland.webhook.id, 4);
    expect(new Set(received(everywhere))).toEqual(new Set([...inArea, outside]));
    expect(new Set(received(jamtland))).toEqual(new Set(inArea));
    expect(
      jamtland.requests.find((request) => request.json.operation === 'RETRACT')?.json,
    ).toMatchObject({ type: 'ForumMembership', recordId: membership.id, after: null });
    expect((await read(inVasterbotten.webhook.id)).deliveries.totalCount).toBe(0);
    expect(vasterbotten.requests).toEqual([]);
  });

  it('nothing of a write rolled back: a dry run writes, then takes it all back', async () => {
    const hooks = await receiver();
    const { webhook } = await register({ url: hooks.url });
    const upsert = (dryRun: boolean) =>
      api.graphql(
        `mutation ($input: ActorsUpsertInput!) {
           actorsUpsert(input: $input) { created written dryRun userErrors { code } }
         }`,
        {
          input: {
            dryRun,
            items: [
              {
                key: { slug: 'provforetaget' },
                name: 'Provföretaget AB',
                sector: 'BUSINESS',
                level: 'LOCAL',
                type: 'COMPANY',
              },
            ],
          },
        },
        'admin',
      );
    const dry = await upsert(true);
    expect(dry.data!.actorsUpsert).toMatchObject({ created: 1, written: false, dryRun: true });
    expect(await api.sql('SELECT * FROM webhook_delivery')).toEqual([]);
    // The same write for real is queued (and sent), so the dry run's was there to be queued.
    const real = await upsert(false);
    expect(real.data!.actorsUpsert).toMatchObject({ created: 1, written: true });
    await allDelivered(webhook.id, 1);
    expect(hooks.requests.map((request) => request.json)).toEqual([
      expect.objectContaining({
        type: 'Actor',
        operation: 'CREATE',
        after: expect.objectContaining({ name: 'Provföretaget AB' }),
      }),
    ]);
  });
});

describe('who may see and change webhooks', () => {
  it('admins only: editors and viewers are refused, anonymous callers asked to sign in', async () => {
    const { webhook } = await register({ url: 'https://example.se/hook' });
    const written = () =>
      api.sql('SELECT id, url, version, active, secret FROM webhook ORDER BY created_at, id');
    await expectOnlyAdminsMay(
      api,
      [
        ['webhookCreate', { url: 'https://example.se/other' }],
        ['webhookUpdate', { id: webhook.id, version: 1, active: false }],
        ['webhookSecretRotate', { id: webhook.id }],
        ['webhookDelete', { id: webhook.id }],
      ],
      written,
    );
    expect(await api.sql('SELECT url FROM webhook')).toEqual([{ url: 'https://example.se/other' }]);
  });

  it('never shows a webhook or a delivery to anyone else: not listed, not refetched', async () => {
    const hooks = await receiver();
    const { webhook } = await register({ url: hooks.url });
    await topic('Hälsa');
    const [delivery] = (await allDelivered(webhook.id, 1)).deliveries.nodes;
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const ids = [webhook.id, delivery.id];
    for (const as of ['editor', 'viewer', undefined] as const) {
      const list = await api.graphql('{ webhooks { totalCount } }', {}, as);
      expect([as, list.data, list.errors?.[0].extensions?.code]).toEqual([
        as,
        null,
        as ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
      const refetched = await api.graphql(query, { ids }, as);
      expect([as, refetched.errors, refetched.data]).toEqual([
        as,
        undefined,
        { nodes: [null, null] },
      ]);
    }
    const admin = await api.graphql(query, { ids }, 'admin');
    expect(admin.data).toEqual({ nodes: [{ id: webhook.id }, { id: delivery.id }] });
  });

  it('removes a webhook and its deliveries', async () => {
    const hooks = await receiver();
    const { webhook } = await register({ url: hooks.url });
    await topic('Skog');
    await allDelivered(webhook.id, 1);
    const removed = await api.mutate('webhookDelete', { id: webhook.id }, 'deletedId');
    expect(removed).toEqual({ deletedId: webhook.id, userErrors: [] });
    expect(await api.sql('SELECT count(*)::int AS n FROM webhook_delivery')).toEqual([{ n: 0 }]);
    const again = await api.mutate('webhookDelete', { id: webhook.id }, 'deletedId');
    expect(again).toEqual({
      deletedId: null,
      userErrors: [expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })],
    });
  });
});

describe('the dispatcher, alone', () => {
  it('waits longer after each failure, doubling from the base to the cap, with jitter', () => {
    const settings = { retryBaseMs: 10_000, retryMaxMs: 3_600_000 };
    const least = (failures: number) => retryDelay(failures, settings, () => 0);
    const most = (failures: number) => retryDelay(failures, settings, () => 1);
    expect([1, 2, 3, 4].map(most)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect([1, 2, 3, 4].map(least)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(most(9)).toBe(2_560_000);
    expect(most(10)).toBe(3_600_000);
    expect(most(1_000)).toBe(3_600_000);
    for (let i = 0; i < 100; i++) {
      const delay = retryDelay(3, settings);
      expect(delay).toBeGreaterThanOrEqual(20_000);
      expect(delay).toBeLessThanOrEqual(40_000);
    }
  });

  it('is configured from the environment, with the defaults apps get without it', () => {
    expect(webhookSettingsOf(loadConfig({}))).toEqual(DEFAULT_WEBHOOK_SETTINGS);
    expect(
      webhookSettingsOf(loadConfig({ WEBHOOK_POLL_MS: '250', WEBHOOK_MAX_ATTEMPTS: '4' })),
    ).toMatchObject({ pollMs: 250, maxAttempts: 4 });
    expect(() => loadConfig({ WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
  });

  it('finds home areas as HOME_AREAS says: a change there needs a migration', () => {
    // When this fails, add a migration that runs `homeAreasFunction()` again and exports its
    // hash, and import that here.
    expect(homeAreasFunctionHash()).toBe(HOME_AREAS_FUNCTION_HASH);
  });
});
