/**
 * Live refresh and the forum's assessment chart in a real browser (Debian's Chromium) against the
 * built API on a throw-away PostgreSQL with the seed data. Changes are made through the API over
 * HTTP with the admin token it prints on first start; the open page must show them without a
 * reload (the API tells it over graphql-ws), also when they were made while its connection was
 * down. Also screenshots of the header, wide and on a phone.
 */
import type { Page, WebSocketRoute } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { artifactPath, asAdmin, createRecord, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot } = useBrowser((session) => ({ api, origin, page } = session));

async function forumId(slug: string): Promise<string> {
  const data = await asAdmin(api, `query ($slug: String!) { forum(slug: $slug) { id } }`, { slug });
  return data.forum.id as string;
}

async function actorId(slug: string): Promise<string> {
  const data = await asAdmin(api, `query ($slug: String!) { actor(slug: $slug) { id } }`, { slug });
  return data.actor.id as string;
}

const createResponsibility = (actor: string, role: string, subject: string) =>
  createRecord(api, 'responsibility', { actor, role, subject, validFrom: '2025-01-01' });

async function describeActor(slug: string, description: string) {
  const { actor } = await asAdmin(
    api,
    `query ($slug: String!) { actor(slug: $slug) { id version } }`,
    { slug },
  );
  await asAdmin(
    api,
    `mutation ($input: ActorUpdateInput!) {
       actorUpdate(input: $input) { actor { id } userErrors { message } }
     }`,
    { input: { id: actor.id, version: actor.version, description } },
  );
}

beforeAll(() => {
  if (!api.adminToken) throw new Error('the API printed no admin token');
});

/** Marks the window so that a reload (which would lose the mark) is noticed. */
async function markNoReload() {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNoReload() {
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
  ).toBe(true);
}

/** Opens a page, waits for its heading, marks the window and lets the page subscribe. */
async function openLive(path: string, heading: string | RegExp) {
  await page.goto(`${origin}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await markNoReload();
  // The page subscribes once it has its data; let the subscriptions reach the API before the
  // change is made (nothing on the page tells when the API listens).
  await page.waitForTimeout(500);
}

test('the open actor page shows a changed description without a reload', async () => {
  await openLive('/actors/mittuniversitetet', /Mittuniversitetet/);
  const description = `Ändrad beskrivning ${Date.now()}`;
  await describeActor('mittuniversitetet', description);
  await page.locator('.lead', { hasText: description }).waitFor();
  await page.locator('.updated', { hasText: 'Uppdaterad nyss' }).waitFor();
  await expectNoReload();
  await screenshot('live-actor');
});

test('the open forum page shows a new member without a reload', async () => {
  await openLive('/forums/lanspartnerskapet', 'Länspartnerskapet');
  const group = page.getByRole('region', { name: 'Organisationer i länet' });
  expect(await group.getByRole('link', { name: 'Kontigo' }).count()).toBe(0);
  const forum = await forumId('lanspartnerskapet');
  const member = await actorId('kontigo');
  await createRecord(api, 'forumMembership', { forum, member, category: 'Organisationer i länet' });
  await group.getByRole('link', { name: 'Kontigo' }).waitFor();
  await expectNoReload();
});

/** A plan with one objective and an indicator that has one value; returns their ids. */
async function createPlan(slug: string, name: string) {
  const strategy = await createRecord(api, 'strategy', {
    slug,
    name,
    kind: 'ACTION_PLAN',
    status: 'ACTIVE',
  });
  const objective = await createRecord(api, 'objective', {
    strategy,
    code: '1',
    title: 'Fler företag som växer',
  });
  const indicator = await createRecord(api, 'indicator', {
    objective,
    name: 'Nya företag',
    unit: 'st',
    direction: 'INCREASE',
  });
  await addMeasurement(indicator, '2024-12-31', 120);
  return { strategy, indicator };
}

const addMeasurement = (indicator: string, date: string, value: number) =>
  createRecord(api, 'measurement', { indicator, date, value });

test('the open strategy page shows a new responsibility and a new value without a reload', async () => {
  const { strategy, indicator } = await createPlan('liveplan', 'Liveplanen');
  await openLive('/strategies/liveplan', 'Liveplanen');
  const whole = page.getByRole('region', { name: 'Ansvar för strategin som helhet' });
  expect(await whole.getByRole('link', { name: 'Mittuniversitetet' }).count()).toBe(0);
  await createResponsibility(await actorId('mittuniversitetet'), 'LEADS', strategy);
  await whole.getByRole('link', { name: 'Mittuniversitetet' }).waitFor();
  // The RACI matrix, read by a query of its own, follows the page.
  await page.locator('table.raci-table tbody a[href^="/actors/mittuniversitetet"]').waitFor();

  const values = page.locator('.chart table.visually-hidden tbody tr');
  expect(await values.count()).toBe(1);
  await addMeasurement(indicator, '2025-06-30', 134);
  await values.nth(1).waitFor();
  expect(await values.nth(1).textContent()).toContain('30 juni 2025');
  await expectNoReload();
});

test('the open person page shows a changed position without a reload', async () => {
  const { person } = await asAdmin(
    api,
    `query { person(slug: "maria-kumpula") { positions { id version } } }`,
  );
  await openLive('/people/maria-kumpula', 'Maria Kumpula');
  const title = `Regionutvecklingsdirektör ${Date.now()}`;
  await asAdmin(
    api,
    `mutation ($input: PositionUpdateInput!) {
       positionUpdate(input: $input) { position { id } userErrors { message } }
     }`,
    { input: { id: person.positions[0].id, version: person.positions[0].version, title } },
  );
  const positions = page.getByRole('region', { name: 'Befattningar' });
  await positions.locator('.fact-main', { hasText: title }).waitFor();
  await expectNoReload();
});

test('the open area page shows a new responsibility for the area without a reload', async () => {
  const { area } = await asAdmin(api, `query { area(code: "2380") { id } }`);
  await openLive('/areas/2380', 'Östersund');
  const responsibilities = page.getByRole('region', { name: 'Ansvar', exact: true });
  expect(await responsibilities.getByRole('link', { name: 'Kontigo' }).count()).toBe(0);
  await createResponsibility(await actorId('kontigo'), 'CONTRIBUTES', area.id);
  await responsibilities.getByRole('link', { name: 'Kontigo' }).waitFor();
  await expectNoReload();
});

test('the open review page shows a changed follow-up action without a reload', async () => {
  const { forum } = await asAdmin(
    api,
    `query { forum(slug: "lanspartnerskapet") {
       reviews { id followUp { actions { id version } } }
     } }`,
  );
  const review = forum.reviews[0];
  const action = review.followUp.find((item: any) => item.actions.length).actions[0];
  await openLive(`/reviews/${encodeURIComponent(review.id)}`, 'Översyn Länspartnerskapet');
  const title = `Ändrad åtgärd ${Date.now()}`;
  await asAdmin(
    api,
    `mutation ($input: ActionUpdateInput!) {
       actionUpdate(input: $input) { action { id } userErrors { message } }
     }`,
    { input: { id: action.id, version: action.version, title } },
  );
  await page.locator('.actions strong', { hasText: title }).waitFor();
  await expectNoReload();
});

/**
 * Routes the page's WebSocket through the test, which can cut it like a network that goes down
 * (the API closes its end too) and refuse new connections until `restore`.
 */
async function cuttableSocket() {
  let online = true;
  let open: { page: WebSocketRoute; api: WebSocketRoute } | null = null;
  await page.routeWebSocket(/\/graphql$/, (socket) => {
    if (!online) return socket.close({ code: 1001, reason: 'Offline' });
    open = { page: socket, api: socket.connectToServer() };
  });
  return {
    cut: async () => {
      online = false;
      await open?.api.close({ code: 1001, reason: 'Going away' });
      await open?.page.close({ code: 1001, reason: 'Going away' });
    },
    restore: () => {
      online = true;
    },
  };
}

test('a page whose connection was down shows what changed meanwhile once it is back', async () => {
  const socket = await cuttableSocket();
  await openLive('/actors/mittuniversitetet', /Mittuniversitetet/);
  await socket.cut();
  const paused = page.locator('.updated', { hasText: 'Liveuppdateringar pausade' });
  await paused.waitFor();
  await screenshot('live-paused', false);
  // Nobody can tell the page of this change: it is made while the page is disconnected.
  const description = `Ändrad medan sidan var frånkopplad ${Date.now()}`;
  await describeActor('mittuniversitetet', description);
  socket.restore();
  // graphql-ws waits a second or two before it tries again.
  await page.locator('.lead', { hasText: description }).waitFor({ timeout: 20_000 });
  await paused.waitFor({ state: 'detached' });
  await expectNoReload();
});

test('the forum page charts its collaboration assessments over time', async () => {
  const forum = await forumId('lanspartnerskapet');
  const scale = await createRecord(api, 'collaborationScale', {
    name: 'Samhandlingstrappan (test)',
  });
  const level = (rank: number, name: string) =>
    createRecord(api, 'collaborationLevel', { scale, rank, name });
  const low = await level(1, 'Informationsutbyte');
  const high = await level(2, 'Samverkan');
  for (const [date, lvl] of [
    ['2024-03-01', low],
    ['2025-03-01', high],
  ]) {
    await createRecord(api, 'collaborationAssessment', { assessed: { forum }, date, level: lvl });
  }
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  const section = page.getByRole('region', { name: 'Samverkan över tid' });
  await section.waitFor();
  expect(await section.locator('svg circle.chart-dot').count()).toBe(2);
  expect(await section.locator('svg polyline.chart-line').count()).toBe(1);
  const rows = section.locator('table.visually-hidden tbody tr');
  expect(await rows.count()).toBe(2);
  expect(await rows.nth(1).textContent()).toContain('Samverkan (2)');
  await section.screenshot({ path: artifactPath('forum-assessments.png') });
});

test('a forum without assessments shows no chart', async () => {
  await page.goto(`${origin}/forums/presidium-for-lanspartnerskapet`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByRole('region', { name: 'Samverkan över tid' }).count()).toBe(0);
});

test('the header is two rows on a wide screen and wraps sensibly on a phone', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  // Brand, search and language on one row; the navigation on its own row under them.
  const tops = await Promise.all(
    ['.brand', '.search', '.lang'].map((s) =>
      page
        .locator(s)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top + r.height / 2;
        }),
    ),
  );
  for (const t of tops) expect(Math.abs(t - tops[0])).toBeLessThan(12);
  const bottom = await page.locator('.search').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(await top('.site-nav')).toBeGreaterThanOrEqual(bottom);
  expect((await page.locator('.search').boundingBox())!.width).toBeGreaterThanOrEqual(400);
  await page.locator('.site-header').screenshot({ path: artifactPath('header-wide.png') });

  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone: brand and language on the first row, then the navigation, then the search.
  expect(Math.abs((await top('.lang')) - (await top('.brand')))).toBeLessThan(20);
  expect(await top('.site-nav')).toBeGreaterThan(await top('.brand'));
  expect(await top('.search')).toBeGreaterThan(await top('.site-nav'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow).toBe(false);
  await screenshot('header-phone', false);
});
