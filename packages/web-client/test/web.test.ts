/**
 * The web client in a real browser: Debian's Chromium (never a downloaded one) against the built
 * API, which serves the built web client and the seed data on a throw-away PostgreSQL.
 */
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

let origin: string;
let page: Page;
const { screenshot, expectAccessible, reopen } = useBrowser(
  (session) => ({ origin, page } = session),
);

test('the start page gives the register in figures, its forums and strategies, the maps, and passes axe', async () => {
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const figures = page.locator('dl.figures');
  await figures.waitFor();
  const figure = async (name: string) =>
    Number(
      await figures
        .locator('div', { has: page.getByText(name, { exact: true }) })
        .locator('dd')
        .textContent(),
    );
  const { data } = (await (
    await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ actors { totalCount } forums { totalCount } strategies { totalCount } }',
      }),
    })
  ).json()) as { data: Record<string, { totalCount: number }> };
  expect([await figure('Aktörer'), await figure('Forum'), await figure('Strategier')]).toEqual([
    data.actors.totalCount,
    data.forums.totalCount,
    data.strategies.totalCount,
  ]);
  expect(data.actors.totalCount).toBeGreaterThan(10);
  const forums = page.getByRole('region', { name: /^Forum/ });
  await forums.getByRole('link', { name: 'Länspartnerskapet', exact: true }).click();
  await page.waitForURL(/\/forums\/lanspartnerskapet$/);
  await page.goBack();
  await page
    .getByRole('region', { name: /^Strategier/ })
    .getByRole('link')
    .first()
    .waitFor();
  await page.getByRole('link', { name: /Vem gör vad.*nätverk/ }).waitFor();
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

test('search finds what people type: a person by title, an area typed without its dots', async () => {
  await page.goto(`${origin}/`);
  const box = page.getByRole('combobox', { name: 'Sök' });
  await box.fill('regionrad');
  const person = page.getByRole('option', { name: /Jonas Andersson/ });
  await person.waitFor();
  // Why he was found: his position's title, the matching word marked.
  expect(await person.locator('.search-snippet mark').textContent()).toBe('Regionråd');
  await box.fill('ostersund');
  const area = page.getByRole('option', { name: 'Östersund' });
  await area.waitFor();
  expect(await page.locator('.search-kind').allTextContents()).toContain('Områden');
  await area.click();
  await page.waitForURL(/\/areas\/2380$/);
});

test('the page of all results filters by kind and shows hits without a page of their own', async () => {
  await page.goto(`${origin}/`);
  const box = page.getByRole('combobox', { name: 'Sök' });
  await box.fill('länspartnerskap');
  await page.getByRole('option').first().waitFor();
  await page.getByRole('link', { name: 'Alla träffar för ”länspartnerskap”' }).click();
  await page.waitForURL(/\/search\?q=l%C3%A4nspartnerskap$/);
  await page.getByRole('heading', { level: 1, name: 'Sökresultat' }).waitFor();
  const kinds = page.getByRole('navigation', { name: 'Slag av post' });
  const all = kinds.getByRole('link', { name: /^Alla \(\d+\)$/ });
  expect(await all.getAttribute('aria-current')).toBe('page');
  await kinds.getByRole('link', { name: /^Forum \(\d+\)$/ }).waitFor();
  const hits = page.locator('.search-page-hits li');
  expect(await hits.count()).toBeGreaterThan(1);
  await hits
    .getByRole('link', { name: /Länspartnerskapet/ })
    .first()
    .waitFor();
  await expectAccessible();
  await screenshot('search-page');

  // The sources: the report that reviews Länspartnerskapet, found by its title, has no page.
  await kinds.getByRole('link', { name: /^Källor \(\d+\)$/ }).click();
  await page.waitForURL(/kind=SOURCE/);
  await page.getByText('Slutrapport Översyn Länspartnerskapet').waitFor();

  // Chosen in the search box, such a hit opens the results of its kind.
  await page.goto(`${origin}/`);
  await box.fill('slutrapport');
  await page.getByRole('option', { name: /Slutrapport Översyn Länspartnerskapet/ }).click();
  await page.waitForURL(/\/search\?q=slutrapport&kind=SOURCE$/);
  await page.getByText('Slutrapport Översyn Länspartnerskapet').waitFor();
  expect(await page.locator('.search-page-hits li a').count()).toBe(0);
  expect(await page.locator('.search-page-kind').first().textContent()).toBe('Källor');
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

test('the day field writes and reads ÅÅÅÅ-MM-DD in an en-US browser and refuses impossible days', async () => {
  await reopen({ locale: 'en-US' });
  await page.goto(`${origin}/actors/mittuniversitetet?asOf=2025-03-01`);
  const asOf = page.locator('.as-of');
  const field = asOf.getByRole('textbox', { name: 'Per dag' });
  // Not the browser's mm/dd/yyyy: the Swedish (ISO) form, its hint, and the day in words.
  expect(await field.inputValue()).toBe('2025-03-01');
  const hint = await field.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${hint}"]`).textContent()).toBe('ÅÅÅÅ-MM-DD');
  await asOf.getByText('1 mars 2025').waitFor();
  await screenshot('as-of-en-us', false);

  // A whole day applies as it is typed: the URL, the words and the page's request follow.
  const refetched = page.waitForRequest((r) => !!r.postData()?.includes('"asOf":"2019-12-31"'));
  await field.fill('');
  await field.pressSequentially('2019-12-31');
  await page.waitForURL(/asOf=2019-12-31/);
  await asOf.getByText('31 december 2019').waitFor();
  await refetched;
  await page.getByRole('heading', { level: 1, name: 'Mittuniversitetet' }).waitFor();

  // Digits only (a phone's number pad) apply on leaving the field, written out in full.
  await field.fill('20200115');
  await field.blur();
  await page.waitForURL(/asOf=2020-01-15/);
  expect(await field.inputValue()).toBe('2020-01-15');

  // An impossible day and garbage: a message, and the URL keeps the last good day.
  for (const typed of ['2025-02-30', 'igår']) {
    await field.fill(typed);
    await field.press('Enter');
    await asOf
      .getByRole('alert')
      .getByText(/Inget giltigt datum/)
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2020-01-15');
  }
  await expectAccessible();
  await screenshot('as-of-invalid', false);

  // English: the same form, its English hint and message; "today" clears the day.
  await page.getByRole('button', { name: 'English' }).click();
  await asOf
    .getByRole('alert')
    .getByText(/Not a valid date/)
    .waitFor();
  await asOf.getByText('YYYY-MM-DD', { exact: true }).waitFor();
  await asOf.getByRole('button', { name: 'today' }).click();
  await page.waitForURL((url) => !url.searchParams.has('asOf'));
  expect(await asOf.getByRole('textbox', { name: 'As of' }).inputValue()).toBe('');
  expect(await asOf.getByRole('alert').count()).toBe(0);
});
