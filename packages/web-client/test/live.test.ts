/**
 * Live refresh and the forum's assessment chart in a real browser (Debian's Chromium) against the
 * built API on a throw-away PostgreSQL with the seed data. Changes are made through the API over
 * HTTP with the admin token it prints on first start; the open page must show them without a
 * reload (the API tells it over graphql-ws). Also screenshots of the header, wide and on a phone.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { artifactPath, asAdmin, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot } = useBrowser((session) => ({ api, origin, page } = session));

async function forumId(slug: string): Promise<string> {
  const data = await asAdmin(api, `query ($slug: String!) { forum(slug: $slug) { id } }`, { slug });
  return data.forum.id as string;
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

test('the open actor page shows a changed description without a reload', async () => {
  await page.goto(`${origin}/actors/mittuniversitetet`);
  await page.getByRole('heading', { level: 1, name: /Mittuniversitetet/ }).waitFor();
  await markNoReload();
  // Let the page open its subscription before the change is made.
  await page.waitForTimeout(500);
  const { actor } = await asAdmin(api, `query { actor(slug: "mittuniversitetet") { id version } }`);
  const description = `Ändrad beskrivning ${Date.now()}`;
  await asAdmin(
    api,
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
  const { actor } = await asAdmin(api, `query { actor(slug: "kontigo") { id } }`);
  await asAdmin(
    api,
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
  const { collaborationScaleCreate } = await asAdmin(
    api,
    `mutation ($input: CollaborationScaleCreateInput!) {
       collaborationScaleCreate(input: $input) { collaborationScale { id } userErrors { message } }
     }`,
    { input: { name: 'Samhandlingstrappan (test)' } },
  );
  const scale = collaborationScaleCreate.collaborationScale.id as string;
  const level = async (rank: number, name: string) => {
    const data = await asAdmin(
      api,
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
    await asAdmin(
      api,
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
  await section.screenshot({ path: artifactPath('forum-assessments.png') });
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
