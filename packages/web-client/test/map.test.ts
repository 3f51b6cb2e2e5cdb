/**
 * The who-does-what map and the map of areas in a real browser (the set-up of web.test.ts).
 * Debian Chromium (never a downloaded one) against the built API serving the built client.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { artifactPath, asAdmin, asAnonymous, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible } = useBrowser((session) => ({ api, origin, page } = session));

/** Today in Stockholm, YYYY-MM-DD: the day the map shows without `?asOf=`. */
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** The days from `from` to `to` (YYYY-MM-DD). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A day as the page writes it in Swedish ("15 januari 2020"). */
const swedish = (day: string | Date) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(
    typeof day === 'string' ? new Date(`${day}T12:00:00Z`) : day,
  );

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
  // The unfiltered map is drawn first: what follows must look at the filtered one.
  const filtered = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') &&
      /query WhoDoesWhat\(.*"forum":/.test(r.request().postData() ?? ''),
  );
  await page.getByLabel('Forum', { exact: true }).selectOption({ label: 'Länspartnerskapet' });
  await page.waitForURL(/forum=lanspartnerskapet/);
  const answer = await (await filtered).json();
  const answered: number = answer.data.whoDoesWhat.nodes.length;
  expect(answered).toBeGreaterThan(5);
  // The canvas and the list show that answer (they are rendered together).
  const canvas = page.locator(`.map-canvas[data-nodes="${answered}"]`);
  await canvas.waitFor();
  const list = page.locator('section', {
    has: page.getByRole('heading', { name: 'Noder på kartan' }),
  });
  await list.getByRole('button', { name: 'Länspartnerskapet', exact: true }).waitFor();
  expect(await list.getByRole('listitem').count()).toBe(answered);
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
  // The forum's convenor (`Forum.convenor`), worded and in the legend.
  expect(await card.locator('.map-card-edges li').allInnerTexts()).toContainEqual(
    expect.stringMatching(/^Region Jämtland Härjedalen är sammankallande för Länspartnerskapet\b/),
  );
  await legend.getByText('Sammankallande för', { exact: true }).waitFor();
  // Where the members work: the county's card lists who operates in it, each with a source.
  await legend.getByText('Verkar i', { exact: true }).waitFor();
  await list.getByRole('button', { name: 'Jämtlands län', exact: true }).click();
  await card.getByRole('heading', { name: 'Jämtlands län' }).waitFor();
  const relations = (await card.locator('.map-card-edges li').allInnerTexts()).join('\n');
  expect(relations).toContain('Torsta verkar i Jämtlands län');
  expect(relations).not.toMatch(/operates in/);
  await expectAccessible();
  await screenshot('map');

  // the day travels in the URL, round-trips through a reload and reaches the request
  await page.getByLabel('Per dag').fill('2010-01-01');
  await page.waitForURL(/asOf=2010-01-01/);
  await page.reload();
  await page.locator('.map-canvas[data-nodes]').waitFor();
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

/** The drawn map's zoom, its pan and its labels' font sizes on screen, once laid out. */
async function view() {
  await positions();
  return page.locator('.map-canvas').evaluate(async (element) => {
    // The labels are restyled in the frame after a zoom (`restyleOnZoom`): read them after it.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const cy = (element as unknown as { _cyreg: { cy: any } })._cyreg.cy;
    return {
      zoom: cy.zoom() as number,
      fonts: cy.nodes().map((node: any) => parseFloat(node.renderedStyle('font-size'))) as number[],
    };
  });
}

test('at 1440 px the map takes the width beside its legend, with labels of 12 px or more, zoom and fit controls, and the card of a node picked from the list in view, in Swedish', async () => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${origin}/map?forum=lanspartnerskapet`);
  const canvas = page.locator('.map-canvas[data-nodes]');
  await canvas.waitFor();
  const drawn = (await canvas.boundingBox())!;
  expect(drawn.width).toBeGreaterThan(1000);
  const legend = (await page.locator('.map-legend').boundingBox())!;
  expect(legend.x).toBeGreaterThanOrEqual(drawn.x + drawn.width);
  const fitted = await view();
  expect(Math.min(...fitted.fonts)).toBeGreaterThanOrEqual(12);

  const controls = page.getByRole('group', { name: 'Kartans vy' });
  await controls.getByRole('button', { name: 'Zooma in' }).click();
  expect((await view()).zoom).toBeCloseTo(fitted.zoom * 1.4, 2);
  // by keyboard too
  await controls.getByRole('button', { name: 'Zooma ut' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const out = await view();
  expect(out.zoom).toBeCloseTo(fitted.zoom / 1.4, 2);
  expect(Math.min(...out.fonts)).toBeGreaterThanOrEqual(12);
  // Fitted again, the map fills the canvas as at first (the labels' sizes, part of what is fitted,
  // differ a little by the zoom they are fitted from).
  await controls.getByRole('button', { name: 'Visa hela kartan' }).click();
  expect((await view()).zoom / fitted.zoom).toBeCloseTo(1, 1);

  // A representative's card words the relation in Swedish, with the forum.
  const { forum } = await asAdmin(api, `{ forum(slug: "lanspartnerskapet") { id } }`);
  const { whoDoesWhat } = await asAnonymous(
    api,
    `query ($forum: ID!) { whoDoesWhat(filter: { forum: $forum }) { nodes { id label } edges { kind source forumName } } }`,
    { forum: forum.id },
  );
  const represents = whoDoesWhat.edges.find((edge: { kind: string }) => edge.kind === 'REPRESENTS');
  const person = whoDoesWhat.nodes.find((node: { id: string }) => node.id === represents.source);
  // Picked from the list far below, the card takes the focus where the user is looking.
  const pick = page.locator('.map-list').getByRole('button', { name: person.label, exact: true });
  await pick.scrollIntoViewIfNeeded();
  await pick.click();
  const card = page.locator('.map-card');
  const heading = card.getByRole('heading', { name: person.label });
  await heading.waitFor();
  expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
  const shown = (await heading.boundingBox())!;
  expect(shown.y).toBeGreaterThanOrEqual(0);
  expect(shown.y + shown.height).toBeLessThanOrEqual(900);
  const relations = await card.locator('.map-card-edges li').allInnerTexts();
  expect(relations.join('\n')).toContain(`företräder`);
  expect(relations.join('\n')).toContain(`i ${represents.forumName}`);
  expect(relations.join('\n')).not.toMatch(/represents|member\b/);
  await expectAccessible();
  await screenshot('map-1440', false);
});

test('a position without a title is worded in the UI’s language, and closing a card gives the focus back to where it was opened', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/map?forum=lanspartnerskapet`);
  // Niklas Daoson's position at Kommunförbundet has no title in the sources.
  const relationsOf = async (name: string) => {
    const pick = page.locator('.map-list').getByRole('button', { name, exact: true });
    await pick.click();
    await page.locator('.map-card').getByRole('heading', { name }).waitFor();
    return { pick, relations: await page.locator('.map-card-edges li').allInnerTexts() };
  };
  const { pick, relations } = await relationsOf('Niklas Daoson');
  expect(relations).toContainEqual(
    expect.stringMatching(
      /^Niklas Daoson har en befattning vid Kommunförbundet Jämtland Härjedalen\b/,
    ),
  );
  expect(relations.join('\n')).not.toContain('position');
  // Closed, the card gives the focus back to the list's button it was opened with.
  await page.locator('.map-card').getByRole('button', { name: 'Stäng' }).click();
  await page.locator('.map-card').waitFor({ state: 'detached' });
  expect(await pick.evaluate((element) => element === document.activeElement)).toBe(true);

  // Opened from the drawing (a click on the node), back to the drawing.
  await positions();
  const canvas = page.locator('.map-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = await canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: any } })._cyreg.cy;
    const node = cy.nodes().filter((node: any) => node.data('label') === 'Niklas Daoson');
    return node.renderedPosition() as { x: number; y: number };
  });
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.locator('.map-card').getByRole('heading', { name: 'Niklas Daoson' }).waitFor();
  await page.locator('.map-card').getByRole('button', { name: 'Stäng' }).click();
  expect(
    await page
      .getByRole('group', { name: 'Kartbilden' })
      .evaluate((element) => element === document.activeElement),
  ).toBe(true);

  await page.goto(`${origin}/map?forum=lanspartnerskapet&lang=en`);
  expect((await relationsOf('Niklas Daoson')).relations).toContainEqual(
    expect.stringMatching(
      /^Niklas Daoson holds a position at Kommunförbundet Jämtland Härjedalen\b/,
    ),
  );
  await page.emulateMedia({ reducedMotion: null });
});

test('with the seed alone, where nothing is dated, the replay has only today and says so', async () => {
  await page.goto(`${origin}/map`);
  const slider = page.getByRole('slider', { name: 'Dag på kartan' });
  await page.getByText('Registret har inga daterade ändringar för den här vyn').waitFor();
  expect(await slider.getAttribute('max')).toBe('0');
  expect(await slider.getAttribute('aria-valuetext')).toBe(swedish(new Date()));
  expect(await slider.isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Spela upp' }).isDisabled()).toBe(true);
  await page.getByText('Inget i den här vyn började eller upphörde den dagen.').waitFor();
});

const PRESIDIUM = 'presidium-for-lanspartnerskapet';

/**
 * Dated changes around the presidium: the Region funds it from 15 January 2020 until 30 June 2022
 * (ended with `responsibilityEnd`), and a new company joins it on 1 March 2021.
 */
async function createDatedChanges(): Promise<void> {
  const { forum, region, sources } = await asAdmin(
    api,
    `query ($slug: String!) {
       forum(slug: $slug) { id }
       region: actor(slug: "region-jamtland-harjedalen") { id }
       sources(first: 1) { nodes { id } }
     }`,
    { slug: PRESIDIUM },
  );
  const cites = [
    { source: sources.nodes[0].id, quote: 'Önskemålet är i stället att lyfta blicken' },
  ];
  const { actorCreate } = await asAdmin(
    api,
    `mutation ($input: ActorCreateInput!) { actorCreate(input: $input) { actor { id } userErrors { message } } }`,
    { input: { name: 'Exempelbolaget AB', sector: 'BUSINESS', level: 'LOCAL', type: 'COMPANY' } },
  );
  await asAdmin(
    api,
    `mutation ($input: ForumMembershipCreateInput!) {
       forumMembershipCreate(input: $input) { forumMembership { id } userErrors { message } }
     }`,
    {
      input: {
        forum: forum.id,
        member: actorCreate.actor.id,
        validFrom: '2021-03-01',
        sources: cites,
      },
    },
  );
  const { responsibilityCreate } = await asAdmin(
    api,
    `mutation ($input: ResponsibilityCreateInput!) {
       responsibilityCreate(input: $input) { responsibility { id version } userErrors { message } }
     }`,
    {
      input: {
        actor: region.id,
        role: 'FUNDS',
        subject: forum.id,
        validFrom: '2020-01-15',
        sources: cites,
      },
    },
  );
  const { id, version } = responsibilityCreate.responsibility;
  await asAdmin(
    api,
    `mutation ($input: ResponsibilityEndInput!) {
       responsibilityEnd(input: $input) { responsibility { id } userErrors { message } }
     }`,
    { input: { id, version, validTo: '2022-06-30' } },
  );
}

/** The number of nodes and edges the API gives the presidium's map on a day. */
async function apiCounts(asOf: string): Promise<[number, number]> {
  const { forum } = await asAdmin(api, `query ($slug: String!) { forum(slug: $slug) { id } }`, {
    slug: PRESIDIUM,
  });
  // As the page asks: not signed in, so without the proposed preparatory group.
  const { whoDoesWhat } = await asAnonymous(
    api,
    `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { nodes { id } edges { id } } }`,
    { filter: { forum: forum.id, asOf } },
  );
  return [whoDoesWhat.nodes.length, whoDoesWhat.edges.length];
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * The model positions of the drawn nodes, read from the cytoscape instance on its container
 * (`_cyreg`, where cytoscape keeps it) once it draws as many nodes as the canvas announces.
 */
async function positions(): Promise<Positions> {
  const canvas = await page.waitForFunction(() => {
    const element = document.querySelector('.map-canvas') as HTMLElement | null;
    const cy = (element as unknown as { _cyreg?: { cy?: any } } | null)?._cyreg?.cy;
    return cy && cy.nodes().length === Number(element!.dataset.nodes) ? element : null;
  });
  return canvas.evaluate((element) => {
    const cy = (element as unknown as { _cyreg: { cy: any } })._cyreg.cy;
    return Object.fromEntries(cy.nodes().map((node: any) => [node.id(), { ...node.position() }]));
  });
}

/** The positions in `now` of the nodes placed in `before`. */
const placedAsBefore = (now: Positions, before: Positions) =>
  Object.fromEntries(Object.entries(now).filter(([id]) => id in before));

test('the replay steps through the days the map changes, lists what changed and keeps the nodes in place', async () => {
  await createDatedChanges();
  const stops = ['2020-01-15', '2021-03-01', '2022-06-30'];
  await page.goto(`${origin}/map?forum=${PRESIDIUM}`);
  const slider = page.getByRole('slider', { name: 'Dag på kartan' });
  // One step of the slider a day, from the first change to today.
  await page.locator(`input[type="range"][max="${daysBetween(stops[0], today())}"]`).waitFor();
  const labels = await page
    .locator(`datalist#${await slider.getAttribute('list')} option`)
    .evaluateAll((options) => options.map((option) => option.getAttribute('label')));
  expect(labels).toEqual([...stops.map(swedish), swedish(new Date())]);
  expect(await slider.getAttribute('aria-valuetext')).toBe(swedish(new Date()));
  const historyLength = await page.evaluate(() => history.length);

  const canvas = page.locator('.map-canvas[data-nodes]');
  const changes = page.locator('section.map-changes');
  /** Waits for the map of `day`, checks it against the API's, and gives its node positions. */
  const drawn = async (day: string) => {
    await page.waitForURL(new RegExp(`asOf=${day}`));
    await page.locator(`.map-canvas[data-day="${day}"]`).waitFor();
    expect(await slider.getAttribute('aria-valuetext')).toBe(swedish(day));
    const [nodes, edges] = await apiCounts(day);
    expect([
      Number(await canvas.getAttribute('data-nodes')),
      Number(await canvas.getAttribute('data-edges')),
    ]).toEqual([nodes, edges]);
    await changes.getByRole('heading', { name: `Vad som ändrades den ${swedish(day)}` }).waitFor();
    await changes.getByRole('listitem').first().waitFor();
    return { nodes, edges, at: await positions() };
  };

  await slider.focus();
  await page.keyboard.press('Home');
  const first = await drawn('2020-01-15');
  expect(await changes.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(
      /^Började Region Jämtland Härjedalen finansierar Presidium för Länspartnerskapet/,
    ),
  ]);
  expect(await changes.locator('details.source').count()).toBe(1);
  // responsibility lines are drawn, and explained, by role
  await page.locator('.map-legend').getByText('Ansvar: finansierar').waitFor();

  const next = page.getByRole('button', { name: 'Nästa ändring' });
  await next.click();
  const second = await drawn('2021-03-01');
  expect([second.nodes, second.edges]).toEqual([first.nodes + 1, first.edges + 1]);
  expect(await changes.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/^Började Exempelbolaget AB är medlem i Presidium för Länspartnerskapet/),
  ]);
  await page.getByText('Började den dag som visas').waitFor();
  // The nodes already drawn keep their places; only the newcomer is laid out.
  expect(Object.keys(second.at)).toHaveLength(Object.keys(first.at).length + 1);
  expect(placedAsBefore(second.at, first.at)).toEqual(first.at);
  await changes.locator('details.source summary').click();
  await changes.getByText('Önskemålet är i stället att lyfta blicken').waitFor();
  await expectAccessible();
  await screenshot('map-replay');

  await next.click();
  const third = await drawn('2022-06-30');
  expect([third.nodes, third.edges]).toEqual([second.nodes, second.edges - 1]);
  expect(placedAsBefore(third.at, first.at)).toEqual(first.at);
  expect(await changes.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(
      /^Upphörde Region Jämtland Härjedalen finansierar Presidium för Länspartnerskapet/,
    ),
  ]);
  expect(await page.getByText('Började den dag som visas').count()).toBe(0);

  await page.getByRole('button', { name: 'Föregående ändring' }).click();
  await drawn('2021-03-01');
  // Stepping replaces the URL: the history has not grown, and the filter stayed.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(page.url()).toContain(`forum=${PRESIDIUM}`);
});

test("the replay's slider follows time, and it and the day field show the same day", async () => {
  // The stops of the test before: 2020-01-15, 2021-03-01, 2022-06-30 and today.
  await page.goto(`${origin}/map?forum=${PRESIDIUM}&asOf=2021-03-01`);
  const slider = page.getByRole('slider', { name: 'Dag på kartan' });
  const field = page.getByLabel('Per dag');
  const span = daysBetween('2020-01-15', today());
  await page.locator(`input[type="range"][max="${span}"]`).waitFor();
  // Each stop stands where its day does in time: the ticks too.
  expect(Number(await slider.inputValue())).toBe(daysBetween('2020-01-15', '2021-03-01'));
  const ticks = await page
    .locator(`datalist#${await slider.getAttribute('list')} option`)
    .evaluateAll((options) => options.map((option) => Number(option.getAttribute('value'))));
  expect(ticks).toEqual(
    ['2020-01-15', '2021-03-01', '2022-06-30', today()].map((day) =>
      daysBetween('2020-01-15', day),
    ),
  );
  // The thumb's place on the track is the day's place in time (at 1440 px).
  await page.setViewportSize({ width: 1440, height: 900 });
  const box = (await slider.boundingBox())!;
  // A click a quarter of the way along the track shows the day a quarter of the way in time,
  // and the day field shows that day.
  await page.mouse.click(box.x + box.width / 4, box.y + box.height / 2);
  await page.waitForURL((url) => url.searchParams.get('asOf') !== '2021-03-01');
  const clicked = new URL(page.url()).searchParams.get('asOf')!;
  // The URL changes first; the page shows it as it renders again.
  const showing = (day: string) =>
    page.locator(`input[type="range"][aria-valuetext="${swedish(day)}"]`).waitFor();
  await showing(clicked);
  expect(Math.abs(daysBetween('2020-01-15', clicked) / span - 0.25)).toBeLessThan(0.02);
  expect(await field.inputValue()).toBe(clicked);
  expect(await slider.getAttribute('aria-valuetext')).toBe(swedish(clicked));
  // A day typed in the field, between two stops, moves the slider to it.
  await field.fill('2021-09-15');
  await page.waitForURL(/asOf=2021-09-15/);
  await showing('2021-09-15');
  expect(Number(await slider.inputValue())).toBe(daysBetween('2020-01-15', '2021-09-15'));
  expect(await slider.getAttribute('aria-valuetext')).toBe(swedish('2021-09-15'));
  await page.locator('.map-replay-day').getByText(swedish('2021-09-15')).waitFor();
  // And one day on with the keyboard is one day on in the field.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/asOf=2021-09-16/);
  await showing('2021-09-16');
  expect(await field.inputValue()).toBe('2021-09-16');
  await screenshot('map-replay-time');
});

test('Play replays from the first stop to the last (with reduced motion too), then the map exports as SVG and PNG', async () => {
  // The stops of the test before; with less motion the replay still steps, without animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/map?forum=${PRESIDIUM}&asOf=2022-06-30`);
  const slider = page.getByRole('slider', { name: 'Dag på kartan' });
  await page.locator('datalist option').nth(3).waitFor({ state: 'attached' });
  await slider.focus();
  await page.keyboard.press('End');
  await page.waitForURL((url) => !url.searchParams.has('asOf'));
  await page.getByRole('button', { name: 'Spela upp' }).click();
  await page.getByRole('button', { name: 'Pausa' }).waitFor();
  await page.waitForURL(/asOf=2020-01-15/);
  await page.waitForURL(/asOf=2021-03-01/);
  await page.waitForURL(/asOf=2022-06-30/);
  await page.waitForURL((url) => !url.searchParams.has('asOf'));
  await page.getByRole('button', { name: 'Spela upp' }).waitFor();
  expect(await slider.getAttribute('aria-valuetext')).toBe(swedish(new Date()));
  expect(page.url()).toContain(`forum=${PRESIDIUM}`);

  const canvas = page.locator('.map-canvas[data-nodes]');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('samverkan-map.svg');
  await svg.saveAs(artifactPath('map-replay.svg'));
  const text = await readFile(artifactPath('map-replay.svg'), 'utf8');
  expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('>Exempelbolaget AB</text>');
  // A well-formed file with one label per node and one line per edge.
  const parsed = await page.evaluate((file) => {
    const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      labels: doc.querySelectorAll('g.node text').length,
      edges: doc.querySelectorAll('g.edge path').length,
    };
  }, text);
  expect(parsed).toEqual({
    errors: 0,
    labels: Number(await canvas.getAttribute('data-nodes')),
    edges: Number(await canvas.getAttribute('data-edges')),
  });
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('samverkan-map.png');
  expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
});

test('the map of areas draws the 8 municipalities of Jämtlands län with names, legend and attribution', async () => {
  await page.goto(`${origin}/`);
  await page
    .getByRole('navigation', { name: 'Sidor' })
    .getByRole('link', { name: 'Karta över områden' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Karta över områden' }).waitFor();
  // the shapes come before the figures: wait until the map is no longer busy
  const map = page.locator('svg.geo-map[aria-busy="false"]');
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

  // The seed's actors all work county-wide: the municipalities' view says so and offers the counties.
  await page.getByText('Inga aktörer i registret hör till en enskild kommun').waitFor();
  await page.getByRole('button', { name: 'Visa länen' }).click();
  await page.waitForURL(/scope=sweden/);
  await page.getByRole('radio', { name: 'Sverige, län', checked: true }).waitFor();
  expect(await page.locator('.geo-none').count()).toBe(0);
  await page.locator('svg.geo-map[data-areas="21"]').waitFor();
  await screenshot('geo-sweden');
  await areas.filter({ has: page.locator('[data-code="23"]') }).click();
  await page.waitForURL(/\/areas\/23/);
});
