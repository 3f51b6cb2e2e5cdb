/**
 * The strategy (RACI matrix), person, forum (on a day), area and review pages in a real browser: Debian's Chromium
 * against the built API on a throw-away PostgreSQL with the seed data, plus a strategy with
 * objectives created first through the API (test/plan.ts).
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin, createRecord, useBrowser } from './browser';
import { createPlan } from './plan';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible } = useBrowser((session) => ({ api, origin, page } = session));

beforeAll(async () => {
  await createPlan(api);
}, 60_000);

test('the strategy page shows the objectives tree, an indicator chart and the RACI matrix with its gap and conflict', async () => {
  await page.goto(`${origin}/strategies/testplan`);
  await page.getByRole('heading', { level: 1, name: /Handlingsplan för samverkan/ }).waitFor();
  const table = page.locator('table.raci-table');
  await table.waitFor();

  // Columns: the plan itself, then 1, 1.1, 2; one row per actor with a responsibility.
  expect(await table.locator('thead th.raci-col').count()).toBe(4);
  expect(await table.locator('tbody tr').count()).toBe(3);

  // 2 is the gap, 1.1 the conflict: flagged in their column headers and listed above the table.
  const gap = table.locator('th.raci-col-gap');
  expect(await gap.count()).toBe(1);
  expect(await gap.textContent()).toContain('Fler företag som växer');
  expect(await gap.textContent()).toContain('Ingen leder');
  const conflict = table.locator('th.raci-col-conflict');
  expect(await conflict.count()).toBe(1);
  expect(await conflict.textContent()).toContain('Gemensam lägesbild');
  expect(await conflict.textContent()).toContain('Flera leder');
  await page.getByRole('heading', { name: /Luckor: mål som ingen leder/ }).waitFor();
  await page.getByRole('heading', { name: /Konflikter: mål som flera aktörer leder/ }).waitFor();

  // A cell: the letters, with the roles as its title.
  const regionRow = table.locator('tbody tr', { hasText: 'Region' });
  const cell = regionRow.locator('td.raci-cell').nth(0);
  expect((await cell.textContent())?.startsWith('A')).toBe(true);
  expect(await cell.getAttribute('title')).toBe('Ansvarar');
  // The API sends only filled cells; the table lays them out by column, one left empty.
  expect(await regionRow.locator('td.raci-cell').count()).toBe(4);
  expect(await regionRow.locator('td.raci-cell-empty').count()).toBe(1);
  // Totals: the region holds a role in three of four columns; column 1.1 has two actors.
  expect(await regionRow.locator('td.raci-total').textContent()).toBe('3');
  expect(await table.locator('tfoot td.raci-total').nth(2).textContent()).toBe('2');

  // The objectives tree nests 1.1 under 1, and the indicator's values are in a hidden table.
  await page.locator('.objectives .objectives .objective', { hasText: '1.1' }).waitFor();
  expect(await page.locator('.chart svg polyline').count()).toBe(1);
  const values = page.locator('.chart table.visually-hidden tbody tr');
  expect(await values.count()).toBe(4);
  expect(await values.last().textContent()).toContain('30 juni 2025');

  await expectAccessible();
  await screenshot('strategy');
});

test('a seeded strategy without objectives says so and still passes axe', async () => {
  await page.goto(`${origin}/strategies/rus`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('Inga mål registrerade för strategin än.').waitFor();
  await expectAccessible();
});

test('the person page of Maria Kumpula shows her position and her presidium representation', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('link', { name: 'Maria Kumpula' }).first().click();
  await page.waitForURL(/\/people\/maria-kumpula/);
  await page.getByRole('heading', { level: 1, name: 'Maria Kumpula' }).waitFor();
  const positions = page.locator('section', {
    has: page.getByRole('heading', { name: 'Befattningar' }),
  });
  await positions.locator('.fact-main', { hasText: 'ansvarig tjänsteperson' }).waitFor();
  await positions.getByRole('link', { name: 'Region Jämtland Härjedalen' }).waitFor();
  const represents = page.locator('section', {
    has: page.getByRole('heading', { name: 'Företräder' }),
  });
  await represents.getByRole('link', { name: /Presidium för Länspartnerskapet/ }).waitFor();
  expect(await represents.locator('details.source').count()).toBeGreaterThan(0);
  await expectAccessible();
  await screenshot('person');
});

test('a forum page on an earlier day shows who chaired it then', async () => {
  const [earlier, later] = await Promise.all([
    createRecord(api, 'person', { name: 'Tidigare Ordförande' }),
    createRecord(api, 'person', { name: 'Senare Ordförande' }),
  ]);
  const forum = await createRecord(api, 'forum', {
    name: 'Tidsresans forum',
    kind: 'NETWORK',
    chair: earlier,
  });
  await asAdmin(
    api,
    `mutation ($input: ForumUpdateInput!) {
       forumUpdate(input: $input) { forum { id } userErrors { message } }
     }`,
    { input: { id: forum, version: 1, chair: later, changesFrom: '2025-01-01' } },
  );
  const chairShown = async () => {
    const chair = page.locator('dl.summary div', {
      has: page.locator('dt', { hasText: 'Ordförande' }),
    });
    return chair.locator('dd').textContent();
  };
  await page.goto(`${origin}/forums/tidsresans-forum?asOf=2024-06-01`);
  await page.getByRole('heading', { level: 1, name: 'Tidsresans forum' }).waitFor();
  expect(await chairShown()).toBe('Tidigare Ordförande');
  await page.goto(`${origin}/forums/tidsresans-forum`);
  await page.getByRole('heading', { level: 1, name: 'Tidsresans forum' }).waitFor();
  expect(await chairShown()).toBe('Senare Ordförande');
});

test('the area page of Jämtlands län lists its municipalities and the actors working there', async () => {
  await page.goto(`${origin}/areas/23`);
  await page.getByRole('heading', { level: 1, name: 'Jämtlands län' }).waitFor();
  const within = page.locator('section', {
    has: page.getByRole('heading', { name: /^Inom området/ }),
  });
  for (const name of [
    'Berg',
    'Bräcke',
    'Härjedalen',
    'Krokom',
    'Ragunda',
    'Strömsund',
    'Åre',
    'Östersund',
  ])
    await within.getByRole('link', { name, exact: true }).waitFor();
  const actors = page.locator('section', {
    has: page.getByRole('heading', { name: 'Aktörer verksamma här' }),
  });
  await actors.getByRole('link', { name: 'Region Jämtland Härjedalen' }).waitFor();
  await actors.getByRole('link', { name: 'Länsstyrelsen Jämtlands län' }).waitFor();
  expect(await actors.locator('.fact').count()).toBeGreaterThan(5);
  await within.getByRole('link', { name: 'Östersund', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Östersund' }).waitFor();
  await page.getByRole('link', { name: 'Jämtlands län' }).first().waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Jämtlands län' }).waitFor();
  await expectAccessible();
  await screenshot('area');
});

test("the review page of Länspartnerskapet's review shows the four shifts and the follow-up", async () => {
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  await page.getByRole('link', { name: 'Läs hela utvärderingen →' }).first().click();
  await page.waitForURL(/\/reviews\//);
  await page.getByRole('heading', { level: 1, name: 'Översyn Länspartnerskapet' }).waitFor();
  const shifts = page.locator('tr.shift');
  expect(await shifts.count()).toBe(4);
  expect(await shifts.first().textContent()).toContain('detaljfokus');
  expect(await shifts.first().textContent()).toContain('helhet och strategi');
  const followUp = page.locator('section', {
    has: page.getByRole('heading', { name: 'Öppna frågor och uppföljning' }),
  });
  expect(await followUp.locator('li.question').count()).toBe(5);
  // A question without actions says so once, by its status.
  for (const text of await followUp.locator('li.question').allTextContents()) {
    expect(text.split('Ingen åtgärd').length - 1).toBeLessThanOrEqual(1);
  }
  await followUp
    .getByText('Identifiera viktiga frågor för länet framåt – tala med en röst')
    .first()
    .waitFor();
  await page.getByRole('link', { name: /Tillbaka till Länspartnerskapet/ }).waitFor();
  await expectAccessible();
  await screenshot('review');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Shifts called for 4' }).waitFor();
});

test("an actor's history lists its changes, newest first, from what to what, ten at a time", async () => {
  const { actor } = await asAdmin(api, `query { actor(slug: "almi") { id version } }`);
  // Twelve changes after the seed's creation: two pages of history.
  for (let i = 1, version = actor.version; i <= 12; i++, version++) {
    await asAdmin(
      api,
      `mutation ($input: ActorUpdateInput!) {
         actorUpdate(input: $input) { actor { id } userErrors { message } }
       }`,
      { input: { id: actor.id, version, website: `https://example.se/${i}` } },
    );
  }
  await page.goto(`${origin}/actors/almi`);
  const history = page.getByRole('region', { name: 'Historik' });
  await history.getByText('Visa ändringar i registret').click();
  await history.getByText('13 ändringar').waitFor();
  const events = history.locator('li.history-event');
  expect(await events.count()).toBe(10);
  const newest = events.first();
  expect(await newest.locator('strong').textContent()).toBe('Ändrad');
  expect(await newest.locator('.history-fields li').allTextContents()).toEqual([
    'webbplats: https://example.se/11 → https://example.se/12',
  ]);
  await history.getByRole('button', { name: 'Visa äldre ändringar' }).click();
  await events.nth(12).waitFor();
  expect(await events.count()).toBe(13);
  expect(await events.last().locator('strong').textContent()).toBe('Skapad');
  // Who made a change is not shown to anonymous readers.
  expect(await events.last().textContent()).not.toContain(' av ');
  expect(await history.getByRole('button', { name: 'Visa äldre ändringar' }).count()).toBe(0);
  await expectAccessible();
  await screenshot('actor-history');
});

test('the history names the records a change refers to, and the day a new value holds from', async () => {
  const { actor } = await asAdmin<{ actor: { id: string; version: number } }>(
    api,
    `{ actor(slug: "almi") { id version } }`,
  );
  const { region, ostersund } = await asAdmin(
    api,
    `{ region: actor(slug: "region-jamtland-harjedalen") { id } ostersund: area(code: "2380") { id } }`,
  );
  await asAdmin(
    api,
    `mutation ($input: ActorUpdateInput!) {
       actorUpdate(input: $input) { actor { id } userErrors { message } }
     }`,
    {
      input: {
        id: actor.id,
        version: actor.version,
        parent: region.id,
        areas: [ostersund.id],
        changesFrom: '2026-01-01',
      },
    },
  );
  await page.goto(`${origin}/actors/almi`);
  const history = page.getByRole('region', { name: 'Historik' });
  await history.getByText('Visa ändringar i registret').click();
  const newest = history.locator('li.history-event').first();
  await newest.locator('.history-fields li', { hasText: 'överordnad' }).waitFor();
  expect(await newest.locator('.history-fields li').allTextContents()).toEqual(
    expect.arrayContaining([
      'överordnad: tomt → Region Jämtland Härjedalen (från 2026-01-01)',
      expect.stringMatching(/^områden: .* → Östersund \(från 2026-01-01\)$/),
    ]),
  );
});

test('an area an admin drew across municipalities lists those it covers, and any county has its page', async () => {
  const { area: county } = await asAdmin(api, `{ area(code: "23") { id children { id code } } }`);
  const municipality = (code: string) =>
    county.children.find((child: { code: string }) => child.code === code).id;
  await asAdmin(
    api,
    `mutation ($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { message } } }`,
    {
      input: {
        code: 'leader-mittland',
        name: 'Leader Mittland',
        kind: 'LEADER_AREA',
        parent: county.id,
        municipalities: [municipality('2309'), municipality('2321')],
      },
    },
  );
  await page.goto(`${origin}/areas/leader-mittland`);
  await page.getByRole('heading', { level: 1, name: 'Leader Mittland' }).waitFor();
  await page.getByText('Leaderområde').first().waitFor();
  const within = page.locator('section', {
    has: page.getByRole('heading', { name: /^Inom området/ }),
  });
  await within.getByRole('link', { name: 'Krokom', exact: true }).waitFor();
  await within.getByRole('link', { name: 'Åre', exact: true }).waitFor();
  await page.goto(`${origin}/areas/25`);
  await page.getByRole('heading', { level: 1, name: 'Norrbottens län' }).waitFor();
  await page.getByText('NUTS SE332 · SCB 25').waitFor();
  await page.getByRole('link', { name: 'Kiruna', exact: true }).waitFor();
  await expectAccessible();
});

test('a page reached by an old slug moves to the current address, keeping the query string', async () => {
  const id = await createRecord(api, 'person', { name: 'Sluggo Exempelsson' });
  await asAdmin(
    api,
    `mutation ($input: PersonUpdateInput!) {
       personUpdate(input: $input) { person { id } userErrors { message } }
     }`,
    { input: { id, version: 1, slug: 'sluggo-nytt-namn' } },
  );
  await page.goto(`${origin}/people/sluggo-exempelsson?lang=en`);
  await page.waitForURL(`${origin}/people/sluggo-nytt-namn?lang=en`);
  await page.getByRole('heading', { level: 1, name: 'Sluggo Exempelsson' }).waitFor();
});

test('a record page shows the register as it stood at a moment, reached from its history', async () => {
  const actor = await createRecord(api, 'actor', {
    name: 'Minnesföreningen',
    sector: 'CIVIL_SOCIETY',
    level: 'LOCAL',
    type: 'OTHER',
  });
  const forum = await createRecord(api, 'forum', { name: 'Senare nätverket', kind: 'NETWORK' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await createRecord(api, 'forumMembership', { forum, member: actor });
  const memberships = page.locator('section', {
    has: page.getByRole('heading', { name: 'Medlemskap' }),
  });
  const joined = memberships.getByRole('link', { name: 'Senare nätverket' });

  // Before the membership was recorded: not there, and the page says which moment it shows.
  await page.goto(`${origin}/actors/minnesforeningen?knownAt=${encodeURIComponent(before)}`);
  await page.getByRole('heading', { level: 1, name: 'Minnesföreningen' }).waitFor();
  await page.getByText(/Som registret visade det \d+ [a-zåäö]+ \d{4}/).waitFor();
  await memberships.waitFor();
  expect(await joined.count()).toBe(0);
  await expectAccessible();
  await screenshot('actor-known-at', false);
  // Links keep the moment; back to now, the membership is there.
  await page.getByRole('button', { name: 'Visa som registret visar det nu' }).click();
  await page.waitForURL(`${origin}/actors/minnesforeningen`);
  await joined.waitFor();

  // The history leads to the page right after each change: after the actor's creation, no member.
  const history = page.getByRole('region', { name: 'Historik' });
  await history.getByText('Visa ändringar i registret').click();
  await history
    .locator('li.history-event')
    .last()
    .getByRole('link', { name: 'Visa sidan som registret visade den efter ändringen' })
    .click();
  await page.waitForURL(/\/actors\/minnesforeningen\?knownAt=/);
  await page.getByText(/^Som registret visade det /).waitFor();
  await memberships.waitFor();
  expect(await joined.count()).toBe(0);
});

test('the history says why a citation was taken back', async () => {
  const { actor } = await asAdmin<{ actor: { id: string; version: number } }>(
    api,
    `{ actor(slug: "almi") { id version } }`,
  );
  await asAdmin(
    api,
    `mutation ($input: CitationRetractInput!) {
       citationRetract(input: $input) { record { id } userErrors { message } }
     }`,
    { input: { record: actor.id, version: actor.version, position: 1, reason: 'Fel stycke' } },
  );
  await page.goto(`${origin}/actors/almi`);
  const history = page.getByRole('region', { name: 'Historik' });
  await history.getByText('Visa ändringar i registret').click();
  const newest = history.locator('li.history-event').first();
  await newest.getByText('Skäl: Fel stycke').waitFor();
  expect(await newest.locator('strong').textContent()).toBe('Tillbakatagen');
  expect(await newest.locator('.history-fields li').allTextContents()).toEqual([
    'källor: ”Almi” → tomt',
  ]);
  await newest.scrollIntoViewIfNeeded();
  await screenshot('actor-history-reason', false);
  // At phone width the reason and the named changes wrap inside the card.
  await page.setViewportSize({ width: 390, height: 844 });
  await newest.scrollIntoViewIfNeeded();
  await screenshot('phone-actor-history-reason', false);
  await page.setViewportSize({ width: 1280, height: 900 });
});
