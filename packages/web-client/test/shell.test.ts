/**
 * What every page shares, in Chromium against the built API with the seed data: unknown
 * addresses answer 404, each page's title names what it shows, a new page takes the focus and is
 * announced, a link to an objective scrolls to it, the header on a phone, the footer's pages
 * (about, contact, accessibility statement, when the data changed), the map of Sweden's links
 * and a strategy without objectives.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAnonymous, createRecord, useBrowser } from './browser';
import { createPlan } from './plan';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

const PHONE = { width: 390, height: 844 };

test('an unknown address answers 404 with the "not found" page; a known one 200', async () => {
  const unknown = await page.goto(`${origin}/no-such-page`);
  expect(unknown?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Hittades inte' }).waitFor();
  await expect(page.title()).resolves.toBe('Hittades inte – Samverkan');
  expect((await page.goto(`${origin}/actors/`))?.status()).toBe(404);
  expect((await page.goto(`${origin}/strategies/some-slug/more`))?.status()).toBe(404);
  for (const known of ['/', '/geo?scope=sweden', '/about', '/accessibility', '/actors/any']) {
    expect([known, (await page.goto(`${origin}${known}`))?.status()]).toEqual([known, 200]);
  }
});

test("each page's title says what it shows, in the page's language", async () => {
  await page.goto(`${origin}/`);
  await expect(page.title()).resolves.toBe(
    'Samverkan – Vem gör vad, var, med vilket mandat och i vilket forum',
  );
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1, name: /Region Jämtland Härjedalen/ }).waitFor();
  await page.waitForFunction(() => document.title === 'Region Jämtland Härjedalen – Samverkan');
  await page.goto(`${origin}/geo?lang=en`);
  await page.waitForFunction(() => document.title === 'Map of areas – Samverkan');
  await page.goto(`${origin}/accessibility`);
  await page.waitForFunction(() => document.title === 'Tillgänglighetsredogörelse – Samverkan');
  await page.goto(`${origin}/actors/no-such-actor`);
  await page.waitForFunction(() => document.title === 'Hittades inte – Samverkan');
});

test('a page opened from another takes the focus to its heading and is announced', async () => {
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The first page is the browser's own load: the focus stays where the browser puts it.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.locator('main a[href^="/forums/"]').first().click();
  const heading = page.locator('main h1');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const name = (await heading.textContent())!;
  expect(name.length).toBeGreaterThan(3);
  const announced = page.locator('p[role="status"][aria-live="polite"]', {
    hasText: `Ny sida: ${name}`,
  });
  await announced.waitFor({ state: 'attached' });
  await page.waitForFunction(
    (forum) => document.title === `${forum} – Samverkan`,
    name.replace(/ \(.*\)$/, ''),
  );

  // Changing only the query string (the language) is no new page: the focus stays put.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
});

test('a link to an objective scrolls to it and focuses it once the strategy is in', async () => {
  await createPlan(api);
  const { strategy } = await asAnonymous<{ strategy: { objectives: { id: string }[] } }>(
    api,
    '{ strategy(slug: "testplan") { id objectives { id } } }',
  );
  const objective = strategy.objectives.at(-1)!;
  // A short window, so that the last objective is below the fold.
  await reopen({ viewport: { width: 1280, height: 600 } });
  await page.goto(`${origin}/strategies/testplan#${objective.id}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, objective.id);
  const top = await page.evaluate(
    (id) => document.getElementById(id)!.getBoundingClientRect().top,
    objective.id,
  );
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // Below the sticky header (8rem of scroll padding), not under it.
  expect(top).toBeGreaterThanOrEqual(100);
  expect(top).toBeLessThan(200);

  // The RACI matrix's hint says where the roles are without a mouse.
  const hint = await page.locator('#raci ~ p, #raci + p').first().textContent();
  expect(hint).toContain('under Mål');
});

test('on a phone the header scrolls away with the page', async () => {
  await reopen({ viewport: PHONE });
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1, name: /Region Jämtland Härjedalen/ }).waitFor();
  const header = page.locator('header.site-header');
  const height = (await header.boundingBox())!.height;
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.waitForFunction(() => window.scrollY >= 600);
  const box = (await header.boundingBox())!;
  // Kept in view it took `height` of the phone's 844 px; scrolled, none of it is left on screen.
  expect(height).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThanOrEqual(0);
  // On a laptop it stays in view.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(
    () => document.querySelector('header.site-header')!.getBoundingClientRect().top === 0,
  );
});

test('the footer tells when the data changed and leads to the about page, its contact and the accessibility statement', async () => {
  await page.goto(`${origin}/`);
  const footer = page.locator('footer.site-footer');
  await footer.getByText(/^Uppgifterna ändrades senast \d+ \w+ \d{4} kl\. \d\d:\d\d$/).waitFor();
  // On the Swedish clock, as every other moment the client shows, whatever the browser's zone.
  const { about } = await asAnonymous(api, '{ about { dataChangedAt } }');
  const stockholm = new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(about.dataChangedAt));
  await footer.getByText(`Uppgifterna ändrades senast ${stockholm}`).waitFor();

  await footer.getByRole('link', { name: 'Om Samverkan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Om Samverkan' }).waitFor();
  await page.getByRole('link', { name: 'samverkan@example.se' }).waitFor();
  await expectAccessible();
  await screenshot('laptop-about');

  await footer.getByRole('link', { name: 'Kontakt' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'contact');

  await footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
  for (const part of [
    'Hur tillgänglig är tjänsten?',
    'Innehåll som inte är tillgängligt',
    'Rapportera brister',
    'Tillsyn',
    'Hur vi testat tjänsten',
  ]) {
    await page.getByRole('heading', { level: 2, name: part }).waitFor();
  }
  await page.getByText(/WCAG 2\.1 nivå AA/).waitFor();
  const digg = page.getByRole('link', { name: /Anmäl bristande tillgänglighet till Digg/ });
  expect(await digg.getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
  await page.getByRole('link', { name: 'samverkan@example.se' }).waitFor();
  await expectAccessible();
  await screenshot('laptop-accessibility');

  await reopen({ viewport: PHONE });
  for (const [path, name] of [
    ['/about', 'about'],
    ['/accessibility?lang=en', 'accessibility-en'],
  ]) {
    await page.goto(`${origin}${path}`);
    await page.locator('main h1').waitFor();
    await page.locator('main .card').last().waitFor();
    await expectAccessible();
    await screenshot(`phone-${name}`);
  }
  await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
});

test('the map of Sweden links each county the register holds to its page', async () => {
  const { areas } = await asAnonymous<{ areas: { nodes: { code: string }[] } }>(
    api,
    '{ areas(filter: { kind: COUNTY }, first: 100) { nodes { id code } } }',
  );
  const counties = areas.nodes.map((area) => area.code).sort();
  await page.goto(`${origin}/geo?scope=sweden`);
  const links = page.locator('svg.geo-map a.geo-area');
  await page.waitForFunction(() => document.querySelectorAll('svg.geo-map > *').length > 0);
  await page.locator('svg.geo-map[aria-busy="false"]').waitFor();
  const linked = (
    await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!.split('/').pop()!))
  ).sort();
  expect(linked).toEqual(counties);
  await links.first().click();
  await page.locator('main h1').waitFor();
  expect(await page.locator('main h1').textContent()).not.toBe('Hittades inte');
});

test('a strategy without objectives says none are recorded yet, and offers those who may change it to add one', async () => {
  await createRecord(api, 'strategy', {
    slug: 'tom-plan',
    name: 'Plan utan mål',
    kind: 'ACTION_PLAN',
    status: 'ACTIVE',
  });
  await page.goto(`${origin}/strategies/tom-plan`);
  await page.getByText('Inga mål registrerade för strategin än.').waitFor();
  expect(await page.getByRole('button', { name: 'Lägg till mål' }).count()).toBe(0);

  await reopen({ extraHTTPHeaders: { authorization: `Bearer ${api.adminToken}` } });
  await page.goto(`${origin}/strategies/tom-plan`);
  await page.getByText('Inga mål registrerade för strategin än.').waitFor();
  await page.getByRole('button', { name: 'Lägg till mål' }).waitFor();
  await expectAccessible();
  await screenshot('laptop-strategy-empty', false);
});
