/**
 * Live refresh and the forum's assessment chart in a real browser (Debian's Chromium) against the
 * built API on a throw-away PostgreSQL with the seed data. Changes are made through the API over
 * HTTP with the admin token it prints on first start; the open page must show them without a
 * reload (the API tells it over graphql-ws). Also screenshots of the header, wide and on a phone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApi, type RunningApi } from './api-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');

let api: RunningApi;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** One GraphQL request as the admin; fails on errors and on user errors. */
async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  for (const payload of Object.values(body.data ?? {}) as { userErrors?: unknown[] }[]) {
    if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
  }
  return body.data as T;
}

async function forumId(slug: string): Promise<string> {
  const data = await gql(`query ($slug: String!) { forum(slug: $slug) { id } }`, { slug });
  return data.forum.id as string;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const [running, launched] = await Promise.all([
    startApi(),
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
  ]);
  api = running;
  browser = launched;
  origin = new URL(api.url).origin;
  if (!api.adminToken) throw new Error('the API printed no admin token');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
});

afterEach(async () => {
  await context?.close();
});

async function screenshot(name: string, fullPage = true) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Marks the window so that a reload (which would lose the mark) is noticed. */
async function markNoReload() {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNoReload() {
  expect(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
  ).toBe(true);
}

test('the open actor page shows a changed description without a reload', async () => {
  await page.goto(`${origin}/actors/mittuniversitetet`);
  await page.getByRole('heading', { level: 1, name: /Mittuniversitetet/ }).waitFor();
  await markNoReload();
  // Let the page open its subscription before the change is made.
  await page.waitForTimeout(500);
  const { actor } = await gql(`query { actor(slug: "mittuniversitetet") { id version } }`);
  const description = `Ändrad beskrivning ${Date.now()}`;
  await gql(
    `mutation ($input: ActorUpdateInput!) {
       actorUpdate(input: $input) { actor { id } userErrors { message } }
     }`,
    { input: { id: actor.id, version: actor.version, description } },
  );
  await page.locator('.lead', { hasText: description }).waitFor();
  await page.locator('.updated', { hasText: 'Uppdaterad nyss' }).waitFor();
  await expectNoReload();
  await screenshot('live-actor');
});

test('the open forum page shows a new member without a reload', async () => {
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  await page.getByRole('heading', { level: 1, name: 'Länspartnerskapet' }).waitFor();
  const group = page.getByRole('region', { name: 'Organisationer i länet' });
  await group.waitFor();
  expect(await group.getByRole('link', { name: 'Kontigo' }).count()).toBe(0);
  await markNoReload();
  await page.waitForTimeout(500);
  const forum = await forumId('lanspartnerskapet');
  const { actor } = await gql(`query { actor(slug: "kontigo") { id } }`);
  await gql(
    `mutation ($input: ForumMembershipCreateInput!) {
       forumMembershipCreate(input: $input) { forumMembership { id } userErrors { message } }
     }`,
    { input: { forum, member: actor.id, category: 'Organisationer i länet' } },
  );
  await group.getByRole('link', { name: 'Kontigo' }).waitFor();
  await expectNoReload();
});

test('the forum page charts its collaboration assessments over time', async () => {
  const forum = await forumId('lanspartnerskapet');
  const { collaborationScaleCreate } = await gql(
    `mutation ($input: CollaborationScaleCreateInput!) {
       collaborationScaleCreate(input: $input) { collaborationScale { id } userErrors { message } }
     }`,
    { input: { name: 'Samhandlingstrappan (test)' } },
  );
  const scale = collaborationScaleCreate.collaborationScale.id as string;
  const level = async (rank: number, name: string) => {
    const data = await gql(
      `mutation ($input: CollaborationLevelCreateInput!) {
         collaborationLevelCreate(input: $input) { collaborationLevel { id } userErrors { message } }
       }`,
      { input: { scale, rank, name } },
    );
    return data.collaborationLevelCreate.collaborationLevel.id as string;
  };
  const low = await level(1, 'Informationsutbyte');
  const high = await level(2, 'Samverkan');
  for (const [date, lvl] of [
    ['2024-03-01', low],
    ['2025-03-01', high],
  ]) {
    await gql(
      `mutation ($input: CollaborationAssessmentCreateInput!) {
         collaborationAssessmentCreate(input: $input) {
           collaborationAssessment { id } userErrors { message }
         }
       }`,
      { input: { forum, date, level: lvl } },
    );
  }
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  const section = page.getByRole('region', { name: 'Samverkan över tid' });
  await section.waitFor();
  expect(await section.locator('svg circle.chart-dot').count()).toBe(2);
  expect(await section.locator('svg polyline.chart-line').count()).toBe(1);
  const rows = section.locator('table.visually-hidden tbody tr');
  expect(await rows.count()).toBe(2);
  expect(await rows.nth(1).textContent()).toContain('Samverkan (2)');
  await section.screenshot({ path: join(ARTIFACTS, 'forum-assessments.png') });
});

test('a forum without assessments shows no chart', async () => {
  await page.goto(`${origin}/forums/presidium-for-lanspartnerskapet`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByRole('region', { name: 'Samverkan över tid' }).count()).toBe(0);
});

test('the header is one row on a wide screen and wraps sensibly on a phone', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  const tops = await Promise.all(
    ['.brand', '.search', '.site-nav', '.lang'].map((s) =>
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
  await page.locator('.site-header').screenshot({ path: join(ARTIFACTS, 'header-wide.png') });

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
