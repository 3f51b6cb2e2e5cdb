/**
 * The strategy (RACI matrix), person, area and review pages in a real browser: Debian's Chromium
 * against the built API on a throw-away PostgreSQL with the seed data. The strategy with
 * objectives is created first through the API, with the admin token it prints on first start.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible } = useBrowser((session) => ({ api, origin, page } = session));

async function actorId(slug: string): Promise<string> {
  const data = await asAdmin(api, `query ($slug: String!) { actor(slug: $slug) { id } }`, { slug });
  return data.actor.id as string;
}

/**
 * A plan with three objectives: 1 led by the region (with an indicator and its measurements),
 * 1.1 led by two actors (a conflict), 2 only contributed to (a gap); the region leads the plan.
 */
async function createPlan(): Promise<void> {
  const [region, lst, miun] = await Promise.all(
    ['region-jamtland-harjedalen', 'lansstyrelsen-jamtlands-lan', 'mittuniversitetet'].map(actorId),
  );
  const { strategyCreate } = await asAdmin(
    api,
    `mutation ($input: StrategyCreateInput!) {
       strategyCreate(input: $input) { strategy { id } userErrors { message } }
     }`,
    {
      input: {
        slug: 'testplan',
        name: 'Handlingsplan för samverkan 2025–2027',
        shortName: 'Samverkansplanen',
        kind: 'ACTION_PLAN',
        status: 'ACTIVE',
        owner: region,
        periodFrom: '2025-01-01',
        periodTo: '2027-12-31',
      },
    },
  );
  const strategy = strategyCreate.strategy.id as string;
  const objective = async (code: string, title: string, parent?: string) => {
    const data = await asAdmin(
      api,
      `mutation ($input: ObjectiveCreateInput!) {
         objectiveCreate(input: $input) { objective { id } userErrors { message } }
       }`,
      { input: { strategy, code, title, parent } },
    );
    return data.objectiveCreate.objective.id as string;
  };
  const one = await objective('1', 'Stärkt samverkan mellan länets aktörer');
  const oneOne = await objective('1.1', 'Gemensam lägesbild för kompetensförsörjning', one);
  const two = await objective('2', 'Fler företag som växer');
  const responsibility = (actor: string, role: string, subject: string) =>
    asAdmin(
      api,
      `mutation ($input: ResponsibilityCreateInput!) {
         responsibilityCreate(input: $input) { responsibility { id } userErrors { message } }
       }`,
      { input: { actor, role, subject, validFrom: '2025-01-01' } },
    );
  await responsibility(region, 'LEADS', strategy);
  await responsibility(lst, 'CONSULTED', strategy);
  await responsibility(region, 'LEADS', one);
  await responsibility(miun, 'CONTRIBUTES', one);
  await responsibility(region, 'LEADS', oneOne);
  await responsibility(lst, 'LEADS', oneOne);
  await responsibility(miun, 'EXECUTES', two);
  await responsibility(lst, 'FUNDS', two);
  const { indicatorCreate } = await asAdmin(
    api,
    `mutation ($input: IndicatorCreateInput!) {
       indicatorCreate(input: $input) { indicator { id } userErrors { message } }
     }`,
    {
      input: {
        objective: one,
        name: 'Aktörer i Länspartnerskapet',
        unit: 'st',
        direction: 'INCREASE',
        target: 25,
      },
    },
  );
  for (const [date, value] of [
    ['2023-12-31', 14],
    ['2024-06-30', 17],
    ['2024-12-31', 19],
    ['2025-06-30', 22],
  ] as const) {
    await asAdmin(
      api,
      `mutation ($input: MeasurementCreateInput!) {
         measurementCreate(input: $input) { measurement { id } userErrors { message } }
       }`,
      { input: { indicator: indicatorCreate.indicator.id, date, value } },
    );
  }
}

beforeAll(async () => {
  if (!api.adminToken) throw new Error('the API printed no admin token');
  await createPlan();
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
  await page.getByText('Inga mål registrerade för strategin.').waitFor();
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
