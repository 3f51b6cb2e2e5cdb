/**
 * Editing the register in a real browser, against the real API: editors sign in, create and edit
 * an actor, a person, a forum and a strategy (references chosen by searching), see the API's
 * field errors at their fields, resolve a stale edit, archive and restore, merge a duplicate and
 * retract a position with a reason; an editor of another county sees no controls, and the API
 * refuses them anyway. Axe on every form, screenshots of each.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin, createRecord, useBrowser } from './browser';
import { choose, editorOf, JAMTLAND, signIn as signInAs, VASTERBOTTEN } from './editing';

let api: RunningApi;
let origin: string;
let page: Page;
const { expectAccessible, screenshot, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

beforeAll(async () => {
  await editorOf(api, JAMTLAND, '23');
  await editorOf(api, VASTERBOTTEN, '24');
});

const signIn = (email: string, path = '/') => signInAs(page, origin, email, path);

/** GraphQL from the page, with its session cookie: what the signed-in user may do. */
const fromPage = (query: string, variables: Record<string, unknown>) =>
  page.evaluate(
    async ([query, variables]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    [query, variables] as const,
  );

const dialog = () => page.getByRole('dialog');

/** The actor's id and version as the API has them now. */
async function actorNow(slug: string) {
  const { actor } = await asAdmin(
    api,
    `query ($slug: String!) { actor(slug: $slug) { id version } }`,
    {
      slug,
    },
  );
  return actor as { id: string; version: number };
}

test('an editor creates an actor from the start page, with the API’s field error at its field, then edits it', async () => {
  await signIn(JAMTLAND);
  await page.getByRole('button', { name: 'Ny aktör' }).click();
  const form = dialog();
  await form.getByRole('heading', { name: 'Ny aktör' }).waitFor();
  // The focus is in the form, on its first field.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
  await form.getByLabel('Sektor *').selectOption({ label: 'Näringsliv' });
  await form.getByLabel('Typ *').selectOption({ label: 'Företag' });
  await choose(form, 'Områden', 'Östersund');
  await choose(form, 'Del av', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await form.getByRole('button', { name: 'Lägg till' }).click();

  // The API's REQUIRED on the name, under the name, in the client's words, focused.
  const name = form.getByLabel('Namn *', { exact: true });
  await form.getByText('Skriv ett namn.').waitFor();
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
  await expectAccessible();
  await screenshot('laptop-edit-actor-create', false);

  await name.fill('Fjällbyggarna AB');
  await form.getByLabel('Webbplats').fill('https://fjallbyggarna.example.se');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fjällbyggarna AB' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/actors/fjallbyggarna-ab');
  await page.getByRole('link', { name: 'Östersund' }).waitFor();
  await page.getByRole('link', { name: 'Region Jämtland Härjedalen' }).first().waitFor();

  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Beskrivning').fill('Bygger i fjällen.');
  await expectAccessible();
  await screenshot('laptop-edit-actor', false);
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByText('Bygger i fjällen.').waitFor();
  // The focus is back on the button that opened the form.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ändra');
});

test('a person, a forum and a strategy are created and edited, their references found by searching', async () => {
  await signIn(JAMTLAND);
  await page.getByRole('button', { name: 'Ny person' }).click();
  await dialog().getByLabel('Namn *', { exact: true }).fill('Stina Redigerad');
  await dialog().getByLabel('Kontaktuppgift i tjänsten').fill('stina@example.se');
  await expectAccessible();
  await screenshot('laptop-edit-person', false);
  await dialog().getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('heading', { level: 1, name: 'Stina Redigerad' }).waitFor();
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Namn *', { exact: true }).fill('Stina Redigerad-Ek');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  // A new name keeps the address (the API keeps a record's slug).
  await page.getByRole('heading', { level: 1, name: 'Stina Redigerad-Ek' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/people/stina-redigerad');

  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Nytt forum' }).click();
  let form = dialog();
  await form.getByLabel('Namn *', { exact: true }).fill('Fjällforumet');
  await form.getByLabel('Slag *').selectOption({ label: 'Nätverk' });
  await choose(form, 'Område', 'Jämtlands', 'Jämtlands län');
  await choose(form, 'Sammankallande', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await choose(form, 'Ordförande', 'Stina Redigerad', 'Stina Redigerad-Ek');
  await form.getByLabel('Uppdrag').fill('Samla fjällen\nDela kunskap');
  await expectAccessible();
  await screenshot('laptop-edit-forum', false);
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fjällforumet' }).waitFor();
  await page.getByText('Dela kunskap').waitFor();
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Mål').fill('Fler jobb i fjällen.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await page.getByText('Fler jobb i fjällen.').waitFor();

  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Ny strategi' }).click();
  form = dialog();
  await form.getByLabel('Namn *', { exact: true }).fill('Fjällstrategin');
  await form.getByLabel('Slag *').selectOption({ label: 'Handlingsplan' });
  await choose(form, 'Ägare', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await form.getByLabel('Gäller från').fill('2026-01-01');
  await form.getByLabel('Gäller till och med').fill('2025-01-01');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  // The API's error on the period, at its field.
  await form.locator('[aria-invalid="true"]').first().waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-strategy', false);
  await form.getByLabel('Gäller till och med').fill('2030-12-31');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fjällstrategin' }).waitFor();
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Kortnamn').fill('FS');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await page.getByText('(FS)').waitFor();
});

test('a stale edit shows what changed meanwhile; the user keeps theirs, or takes the new', async () => {
  await signIn(JAMTLAND, '/actors/region-jamtland-harjedalen');
  const update = async (input: Record<string, unknown>) => {
    const { id, version } = await actorNow('region-jamtland-harjedalen');
    await asAdmin(
      api,
      `mutation ($input: ActorUpdateInput!) { actorUpdate(input: $input) { userErrors { code } } }`,
      { input: { id, version, ...input } },
    );
  };

  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Beskrivning').waitFor();
  await update({ website: 'https://www.regionjh.se/andrad' });
  await dialog().getByLabel('Beskrivning').fill('Min beskrivning.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  const stale = dialog().getByRole('region', { name: /Någon annan har ändrat posten/ });
  await stale.waitFor();
  await stale.getByRole('cell', { name: 'https://www.regionjh.se/andrad' }).waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-stale', false);
  await dialog().getByRole('button', { name: 'Behåll mina ändringar och spara' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByText('Min beskrivning.').waitFor();
  await page.getByRole('link', { name: 'regionjh.se/andrad' }).waitFor();

  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Beskrivning').waitFor();
  await update({ description: 'Deras beskrivning.' });
  await dialog().getByLabel('Beskrivning').fill('Min andra beskrivning.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await dialog().getByRole('button', { name: 'Ta det nya' }).click();
  expect(await dialog().getByLabel('Beskrivning').inputValue()).toBe('Deras beskrivning.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByText('Deras beskrivning.').waitFor();
});

test('an editor of another county sees no controls, and the API refuses them anyway', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.getByRole('button', { name: 'Ändra', exact: true }).count()).toBe(0);

  await signIn(VASTERBOTTEN, '/actors/region-jamtland-harjedalen');
  await page.getByRole('heading', { level: 1, name: 'Region Jämtland Härjedalen' }).waitFor();
  await page.getByRole('link', { name: 'Inloggad som vasterbotten' }).waitFor();
  expect(await page.getByRole('group', { name: 'Ändra posten' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /Arkivera|Ändra|Slå ihop/ }).count()).toBe(0);
  // Nor on the county's review: its findings, shifts and open questions have no controls.
  await page.goto(`${origin}/forums/lanspartnerskapet`);
  await page.getByRole('link', { name: /Läs hela utvärderingen/ }).click();
  await page.getByRole('region', { name: /^Iakttagelser/ }).waitFor();
  expect(await page.getByRole('button', { name: /Ändra|Lägg till/ }).count()).toBe(0);

  const { id, version } = await actorNow('region-jamtland-harjedalen');
  const answer = await fromPage(
    `mutation ($input: ActorUpdateInput!) { actorUpdate(input: $input) { userErrors { code } } }`,
    { input: { id, version, description: 'Från fel län' } },
  );
  expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(answer.errors[0].message).toMatch(/outside the areas you may edit/);
});

test('archiving and restoring an actor, each asked first with what will change', async () => {
  await createRecord(api, 'actor', {
    name: 'Nedlagda Bolaget AB',
    sector: 'BUSINESS',
    level: 'LOCAL',
    type: 'COMPANY',
    areas: [(await asAdmin(api, '{ area(code: "2380") { id } }')).area.id],
  });
  await signIn(JAMTLAND, '/actors/nedlagda-bolaget-ab');
  await page.getByRole('button', { name: 'Arkivera' }).click();
  await dialog().getByLabel('Första dagen som arkiverad *').fill('2026-01-01');
  await dialog()
    .getByText(/arkiveras från 2026-01-01: aktören visas inte längre i listor/)
    .waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-archive', false);
  await dialog().getByRole('button', { name: 'Arkivera' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByText('Arkiverad från').waitFor();

  await page.getByRole('button', { name: 'Återställ' }).click();
  await dialog().getByText('det som arkiveringen avslutade gäller åter').waitFor();
  await dialog().getByRole('button', { name: 'Återställ' }).click();
  await page.getByRole('button', { name: 'Arkivera' }).waitFor();
  expect(await page.getByText('Arkiverad från').count()).toBe(0);
});

test('merging a duplicate: its page then leads to the survivor', async () => {
  const areas = [(await asAdmin(api, '{ area(code: "2380") { id } }')).area.id];
  const actor = { sector: 'BUSINESS', level: 'LOCAL', type: 'COMPANY', areas };
  await createRecord(api, 'actor', { name: 'Dubbelbolaget AB', ...actor });
  await createRecord(api, 'actor', { name: 'Dubbelbolaget Aktiebolag', ...actor });
  await signIn(JAMTLAND, '/actors/dubbelbolaget-ab');
  await page.getByRole('button', { name: 'Slå ihop med dubblett' }).click();
  await choose(dialog(), 'Dubblett *', 'Dubbelbolaget Aktie', 'Dubbelbolaget Aktiebolag');
  await dialog()
    .getByText(/Dubbelbolaget Aktiebolag tas bort som dubblett: allt som nämner/)
    .waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-merge', false);
  await dialog().getByRole('button', { name: 'Slå ihop med dubblett' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.goto(`${origin}/actors/dubbelbolaget-aktiebolag`);
  await page.waitForURL(/\/actors\/dubbelbolaget-ab$/);
  await page.getByRole('heading', { level: 1, name: 'Dubbelbolaget AB' }).waitFor();
});

test('recording a successor archives the actor with its successor named', async () => {
  const areas = [(await asAdmin(api, '{ area(code: "2380") { id } }')).area.id];
  const actor = { sector: 'PUBLIC', level: 'LOCAL', type: 'OTHER', areas };
  await createRecord(api, 'actor', { name: 'Gamla Nämnden', ...actor });
  await createRecord(api, 'actor', { name: 'Nya Nämnden', ...actor });
  await signIn(JAMTLAND, '/actors/gamla-namnden');
  await page.getByRole('button', { name: 'Ange efterträdare' }).click();
  await choose(dialog(), 'Efterträdare *', 'Nya Nämnd', 'Nya Nämnden');
  await dialog().getByLabel('Från och med *').fill('2026-01-01');
  await dialog()
    .getByText(/Gamla Nämnden arkiveras från 2026-01-01 med Nya Nämnden som efterträdare/)
    .waitFor();
  await expectAccessible();
  await dialog().getByRole('button', { name: 'Ange efterträdare' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.getByText('Arkiverad från').waitFor();
  const { actor: archived } = await asAdmin(
    api,
    '{ actor(slug: "gamla-namnden") { archivedOn successor { name } } }',
  );
  expect(archived).toEqual({ archivedOn: '2026-01-01', successor: { name: 'Nya Nämnden' } });
});

test('a position is added, then retracted with a reason the history keeps', async () => {
  const since = new Date().toISOString();
  await createRecord(api, 'person', { name: 'Per Position' });
  await signIn(JAMTLAND, '/people/per-position');
  await page.getByRole('button', { name: 'Lägg till befattning' }).click();
  await choose(dialog(), 'Aktör *', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await dialog().getByLabel('Befattning').fill('Utvecklingsstrateg');
  await dialog().getByRole('button', { name: 'Lägg till' }).click();
  await dialog().waitFor({ state: 'detached' });
  const positions = page.getByRole('region', { name: 'Befattningar' });
  const retract = positions.getByRole('button', { name: /^Ta tillbaka Utvecklingsstrateg/ });
  await retract.click();
  await dialog().getByRole('button', { name: 'Ta tillbaka' }).click();
  await dialog().getByText('Skriv varför: det sparas i historiken.').waitFor();
  await dialog().getByLabel('Varför *').fill('Fel person: det var hans kollega.');
  await expectAccessible();
  await screenshot('laptop-edit-retract', false);
  await dialog().getByRole('button', { name: 'Ta tillbaka' }).click();
  await dialog().waitFor({ state: 'detached' });
  await retract.waitFor({ state: 'detached' });
  const { changes } = await asAdmin(
    api,
    `query ($since: DateTimeISO!) {
       changes(since: $since, types: [POSITION]) { nodes { operation reason } } }`,
    { since },
  );
  expect(changes.nodes).toEqual([
    { operation: 'CREATE', reason: null },
    { operation: 'RETRACT', reason: 'Fel person: det var hans kollega.' },
  ]);
});

test('a member is added with representatives, edited, then ended on a day', async () => {
  const area = (await asAdmin(api, '{ area(code: "23") { id } }')).area.id;
  await createRecord(api, 'forum', { name: 'Medlemsforumet', kind: 'NETWORK', area });
  await createRecord(api, 'person', { name: 'Rut Representant' });
  await createRecord(api, 'person', { name: 'Rolf Representant' });
  await signIn(JAMTLAND, '/forums/medlemsforumet');
  await page.getByRole('button', { name: 'Lägg till medlem' }).click();
  const form = dialog();
  await choose(form, 'Medlem *', 'Almi');
  await form.getByLabel('Roll *').selectOption({ label: 'Sekretariat' });
  await form.getByLabel('Kategori (som källan grupperar)').fill('Stödjande aktörer');
  await choose(form, 'Representanter', 'Rut Repr', 'Rut Representant');
  await expectAccessible();
  await screenshot('laptop-edit-membership', false);
  await form.getByRole('button', { name: 'Lägg till' }).click();
  // Rut holds no position at Almi: the API's error under the representatives.
  await form
    .getByText('Personen har ingen befattning hos medlemmen: lägg till befattningen först')
    .waitFor();
  expect(
    await form.getByRole('combobox', { name: 'Representanter' }).getAttribute('aria-invalid'),
  ).toBe('true');
  await choose(form, /^Av dem, de som företräder/, 'Rut Repr', 'Rut Representant');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await dialog().waitFor({ state: 'detached' });
  const group = page.getByRole('region', { name: 'Stödjande aktörer' });
  await group.getByRole('link', { name: 'Rut Representant' }).waitFor();
  await group.getByText('Sekretariat').waitFor();

  await group.getByRole('button', { name: /^Ändra Almi/ }).click();
  await choose(dialog(), 'Representanter', 'Rolf Repr', 'Rolf Representant');
  await choose(dialog(), /^Av dem, de som företräder/, 'Rolf Repr', 'Rolf Representant');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await dialog().waitFor({ state: 'detached' });
  await group.getByRole('link', { name: 'Rolf Representant' }).waitFor();

  await group.getByRole('button', { name: /^Avsluta Almi/ }).click();
  await dialog().getByLabel('Till (första dagen den inte gäller) *').fill('2020-01-01');
  await dialog()
    .getByText(/Almi är medlem i Medlemsforumet till 2020-01-01/)
    .waitFor();
  await dialog().getByRole('button', { name: 'Avsluta' }).click();
  // It ended before today: gone from today's members.
  await group.waitFor({ state: 'detached' });
});

test('the forms on a phone: full screen, nothing wider than the screen', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await signIn(JAMTLAND, '/actors/region-jamtland-harjedalen');
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Beskrivning').waitFor();
  const box = await dialog().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  const overflow = await dialog().evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(overflow).toBe(false);
  await expectAccessible();
  await screenshot('phone-edit-actor', false);
  await dialog().getByRole('button', { name: 'Stäng' }).click();
  await page.getByRole('button', { name: 'Slå ihop med dubblett' }).click();
  await screenshot('phone-edit-merge', false);
});
