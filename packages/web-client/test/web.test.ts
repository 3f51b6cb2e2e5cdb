/**
 * The web client in a real browser: Debian's Chromium (never a downloaded one) against the built
 * API, which serves the built web client and the seed data on a throw-away PostgreSQL.
 */
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

let origin: string;
let page: Page;
const { screenshot, expectAccessible } = useBrowser((session) => ({ origin, page } = session));

test('the start page links to the main pages and passes axe', async () => {
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByRole('link', { name: /Länspartnerskapet/ }).count()).toBeGreaterThan(0);
  await expectAccessible();
  await screenshot('start');
});

test('search "läns" groups hits by kind and opens the chosen one', async () => {
  await page.goto(`${origin}/`);
  const box = page.getByRole('combobox', { name: 'Sök' });
  await box.fill('läns');
  const option = page.getByRole('option', { name: 'Länsstyrelsen Jämtlands län' });
  await option.waitFor();
  expect(await page.locator('.search-kind').allTextContents()).toEqual(
    expect.arrayContaining(['Aktörer', 'Forum']),
  );
  await screenshot('search');
  await option.click();
  await page.waitForURL(/\/actors\/lansstyrelsen-jamtlands-lan/);
  await page.getByRole('heading', { level: 1, name: /Länsstyrelsen Jämtlands län/ }).waitFor();
});

test('the keyboard picks a hit: arrows and Enter', async () => {
  await page.goto(`${origin}/`);
  const box = page.getByRole('combobox', { name: 'Sök' });
  await box.fill('region jämtland');
  await page.getByRole('option').first().waitFor();
  await box.press('ArrowDown');
  const first = await page.getByRole('option').first().textContent();
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: first ?? '' }).waitFor();
});

test('the actor page shows responsibilities and reveals a source quotation on click', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1, name: /Region Jämtland Härjedalen/ }).waitFor();
  const responsibilities = page.locator('section', {
    has: page.getByRole('heading', { name: 'Ansvar' }),
  });
  await responsibilities.getByRole('heading', { name: 'Ansvarar' }).waitFor();
  const source = responsibilities.locator('details.source').first();
  const quote = source.locator('blockquote').first();
  expect(await quote.isVisible()).toBe(false);
  await source.locator('summary').click();
  await quote.waitFor({ state: 'visible' });
  expect((await quote.textContent())?.length).toBeGreaterThan(10);
  await expectAccessible();
  await screenshot('actor');
});

test('the language switch puts ?lang=en in the URL and translates the page', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForURL(/lang=en/);
  await page.getByRole('heading', { name: 'Responsibilities' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('the forum page of Länspartnerskapet groups its members by category and shows the presidium', async () => {
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  await page.getByRole('heading', { level: 1, name: 'Länspartnerskapet' }).waitFor();
  const members = page.locator('section', {
    has: page.getByRole('heading', { name: /^Medlemmar/ }),
  });
  for (const category of ['Regionala aktörer', 'Myndigheter', 'Organisationer i länet']) {
    await members.getByRole('heading', { level: 3, name: new RegExp(`^${category}`) }).waitFor();
  }
  expect(await members.locator('.member-group .fact').count()).toBe(19);
  await page
    .getByRole('link', { name: /Presidium för Länspartnerskapet/ })
    .first()
    .waitFor();
  await expectAccessible();
  await screenshot('forum');
});
