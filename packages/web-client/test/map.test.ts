/**
 * The who-does-what map and the map of areas in a real browser (the set-up of web.test.ts).
 * Debian Chromium (never a downloaded one) against the built API serving the built client.
 */
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

let origin: string;
let page: Page;
const { screenshot, expectAccessible } = useBrowser((session) => ({ origin, page } = session));

test('the map filtered on Länspartnerskapet draws nodes, lists them, shows the legend and keeps the state in the URL', async () => {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes('WhoDoesWhat'))
      requests.push(r.postData() ?? '');
  });
  await page.goto(`${origin}/`);
  await page
    .getByRole('navigation', { name: 'Sidor' })
    .getByRole('link', { name: 'Vem gör vad' })
    .click();
  await page.waitForURL(/\/map$/);
  await page.getByRole('heading', { level: 1, name: 'Vem gör vad' }).waitFor();
  await page.getByLabel('Forum', { exact: true }).selectOption({ label: 'Länspartnerskapet' });
  await page.waitForURL(/forum=lanspartnerskapet/);
  const canvas = page.locator('.map-canvas[data-nodes]');
  await canvas.waitFor();
  expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(5);
  const list = page.locator('section', {
    has: page.getByRole('heading', { name: 'Noder på kartan' }),
  });
  await list.getByRole('button', { name: 'Länspartnerskapet', exact: true }).waitFor();
  expect(await list.getByRole('listitem').count()).toBe(
    Number(await canvas.getAttribute('data-nodes')),
  );
  const legend = page.locator('section', {
    has: page.getByRole('heading', { name: 'Teckenförklaring' }),
  });
  await legend.getByText('Forum', { exact: true }).waitFor();
  await legend.getByText('Medlemskap').waitFor();
  // a node's card: its page and its relations with their sources
  await list.getByRole('button', { name: 'Länspartnerskapet', exact: true }).click();
  const card = page.locator('.map-card');
  await card.getByRole('heading', { name: 'Länspartnerskapet' }).waitFor();
  expect(await card.getByRole('link', { name: 'Öppna sidan' }).getAttribute('href')).toMatch(
    /^\/forums\/lanspartnerskapet/,
  );
  expect(await card.locator('details.source').count()).toBeGreaterThan(0);
  await expectAccessible();
  await screenshot('map');

  // the day travels in the URL, round-trips through a reload and reaches the request
  await page.getByLabel('Per dag').fill('2010-01-01');
  await page.waitForURL(/asOf=2010-01-01/);
  await page.reload();
  await canvas.waitFor();
  expect(await page.getByLabel('Per dag').inputValue()).toBe('2010-01-01');
  expect(await page.getByLabel('Forum', { exact: true }).inputValue()).toBe('lanspartnerskapet');
  await legend.getByText('Forum', { exact: true }).waitFor();
  expect(requests.some((body) => body.includes('"asOf":"2010-01-01"'))).toBe(true);
});

test('the map focuses on a node with ?focus=&depth= and exports a PNG', async () => {
  await page.goto(`${origin}/map?forum=lanspartnerskapet`);
  const list = page.locator('.map-list');
  await list.getByRole('button', { name: 'Region Jämtland Härjedalen', exact: true }).click();
  await page.locator('.map-card').getByRole('button', { name: 'Fokusera på noden' }).click();
  await page.waitForURL(/focus=.*depth=2|depth=2.*focus=/);
  expect(page.url()).not.toContain('forum=');
  await page.getByText('Fokus på').waitFor();
  const canvas = page.locator('.map-canvas[data-nodes]');
  await canvas.waitFor();
  expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('samverkan-map.png');
  await screenshot('map-focus');
});

test('the map of areas draws the 8 municipalities of Jämtlands län with names, legend and attribution', async () => {
  await page.goto(`${origin}/`);
  await page
    .getByRole('navigation', { name: 'Sidor' })
    .getByRole('link', { name: 'Karta över områden' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Karta över områden' }).waitFor();
  const map = page.locator('svg.geo-map');
  await map.waitFor();
  const areas = map.locator('a.geo-area');
  expect(await areas.count()).toBe(8);
  const names = await areas.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  expect(names.some((name) => /^Östersund: \d+ aktörer$/.test(name ?? ''))).toBe(true);
  expect(await map.locator('a.geo-area[href^="/areas/23"]').count()).toBe(8);
  await page.getByText(/Boundaries: Valmyndigheten, simplified by okfse\/sweden-geojson/).waitFor();
  // keyboard: the areas are links, reachable with Tab
  await areas.first().focus();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('geo-area'))).toBe(
    true,
  );
  await expectAccessible();
  await screenshot('geo');

  await page.getByLabel('Sverige, län').check();
  await page.waitForURL(/scope=sweden/);
  await page.locator('svg.geo-map[data-areas="21"]').waitFor();
  await screenshot('geo-sweden');
  await areas.filter({ has: page.locator('[data-code="23"]') }).click();
  await page.waitForURL(/\/areas\/23/);
});
