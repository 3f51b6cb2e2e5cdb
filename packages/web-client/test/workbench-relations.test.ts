/**
 * Citing a passage for a relation that exists, in Chromium against the real API: an editor of
 * Jämtland picks an actor, sees its memberships on the document's date (and on another day),
 * chooses one with the keyboard and cites the passage for it, which then shows on the forum page
 * and among what cites the document; an editor of Västerbotten is offered none of Jämtland's
 * relations and the API refuses them anyway, as it refuses an anonymous caller; on a phone, in
 * English, a person's position is cited. Axe on the dialog; screenshots on a laptop and a phone.
 */
import type { RunningApi } from '@samverkan/api/testing/api-process';
import type { Page } from 'playwright-core';
import { asAdmin, asAnonymous, createRecord, useBrowser } from './browser';
import { choose, editorOf, JAMTLAND, signIn, VASTERBOTTEN } from './editing';
import { selectText } from './selecting';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible, reopen } = useBrowser(
  (running) => ({ api, origin, page } = running),
);

const TEXT = `Protokoll från Samverkansrådet i Testbygd, maj 2022

Närvarande

Region Jämtland Härjedalen, ledamot sedan 2021.
Anna Andersson, regionutvecklingsdirektör.

Nästa möte

Rådet möts igen i september.`;

const MEMBERSHIP = 'Region Jämtland Härjedalen är medlem i Samverkansrådet i Testbygd';
const ENDED = 'Region Jämtland Härjedalen är medlem i Gamla rådet i Testbygd';

let sourceId: string;
let membershipId: string;
let positionId: string;

beforeAll(async () => {
  await editorOf(api, JAMTLAND, '23');
  await editorOf(api, VASTERBOTTEN, '24');
  const { sourceCreate } = await asAdmin(
    api,
    `mutation ($input: SourceCreateInput!) { sourceCreate(input: $input) { source { id } userErrors { message } } }`,
    {
      input: {
        title: 'Protokoll, Samverkansrådet i Testbygd',
        text: TEXT,
        publishedOn: '2022-05-01',
      },
    },
  );
  sourceId = sourceCreate.source.id;
  const { area, actor } = await asAdmin(
    api,
    `{ area(code: "23") { id } actor(slug: "region-jamtland-harjedalen") { id } }`,
  );
  const membership = async (forum: string, period: Record<string, string>) =>
    createRecord(api, 'forumMembership', {
      forum: await createRecord(api, 'forum', { name: forum, kind: 'COUNCIL', area: area.id }),
      member: actor.id,
      ...period,
    });
  membershipId = await membership('Samverkansrådet i Testbygd', { validFrom: '2021-01-01' });
  await membership('Gamla rådet i Testbygd', { validFrom: '2020-01-01', validTo: '2021-12-31' });
  positionId = await createRecord(api, 'position', {
    person: await createRecord(api, 'person', { name: 'Anna Andersson' }),
    actor: actor.id,
    title: 'regionutvecklingsdirektör',
    validFrom: '2020-03-01',
  });
});

const dialog = () => page.getByRole('dialog', { name: /^(Citera det|Cite it)/ });
const radios = () => dialog().getByRole('radio');

/** Selects `words` on the document's page and opens the dialog citing them for what exists. */
async function openCite(words: string, button = 'Citera det för en post som finns') {
  await page.getByRole('heading', { level: 1, name: /Protokoll/ }).waitFor();
  await selectText(page, words);
  await page.locator('.workbench').getByRole('button', { name: button }).click();
  await dialog().waitFor();
}

/** The names of the relations offered, in order. */
const offered = async () =>
  (await radios().evaluateAll((inputs) =>
    inputs.map((input) => input.closest('label')!.textContent),
  )) as string[];

/** A relation's citations as quotations, sections and documents. */
async function sourcesOf(id: string) {
  const { node } = await asAdmin(
    api,
    `query ($id: ID!) { node(id: $id) { ... on ForumMembership { sources { quote section source { id } } } ... on Position { sources { quote section source { id } } } } }`,
    { id },
  );
  return node.sources as unknown[];
}

test('an editor cites a passage for an actor’s membership, chosen with the keyboard', async () => {
  await signIn(page, origin, JAMTLAND, `/sources/${encodeURIComponent(sourceId)}`);
  await openCite('Region Jämtland Härjedalen, ledamot sedan 2021');
  await dialog().getByLabel('Slags post').selectOption({ label: 'Medlemskap' });
  // The day is the document's: what it describes.
  expect(await dialog().getByLabel('Gällande dag').inputValue()).toBe('2022-05-01');
  await choose(dialog(), /^Vems medlemskap/, 'Region Jämtland', 'Region Jämtland Härjedalen');

  const which = dialog().getByRole('group', { name: 'Vilket medlemskap' });
  await which.getByRole('radio', { name: new RegExp(`^${MEMBERSHIP}`) }).waitFor();
  const onTheDay = await offered();
  expect(onTheDay).toContain(`${MEMBERSHIP}, från 1 januari 2021`);
  expect(onTheDay.some((name) => name.startsWith(ENDED))).toBe(false);

  // Another day lists what held then; a day that is none is told at its field.
  const day = dialog().getByLabel('Gällande dag');
  await day.fill('2021-06');
  await dialog().getByText('Skriv dagen som ÅÅÅÅ-MM-DD.').waitFor();
  expect(await day.getAttribute('aria-invalid')).toBe('true');
  await day.fill('2021-06-01');
  await which.getByRole('radio', { name: new RegExp(`^${ENDED}`) }).waitFor();
  expect(await offered()).toContain(`${ENDED}, från 1 januari 2020 till 31 december 2021`);
  await day.fill('2022-05-01');
  await which.getByRole('radio', { name: new RegExp(`^${MEMBERSHIP}`) }).waitFor();

  await dialog().getByRole('button', { name: 'Lägg till citatet' }).click();
  await dialog().getByText('Välj ett av dem.').waitFor();
  // With the keyboard: the relation's radio button focused, Space chooses it.
  const mine = which.getByRole('radio', { name: new RegExp(`^${MEMBERSHIP}`) });
  await mine.focus();
  await page.keyboard.press('Space');
  expect(await mine.isChecked()).toBe(true);
  await expectAccessible();
  await screenshot('laptop-workbench-cite-relation', false);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // Cited: marked in the text, linked to the relation, listed among what cites the document.
  const mark = page.locator('mark', { hasText: 'Region Jämtland Härjedalen, ledamot sedan 2021' });
  await mark.waitFor();
  expect(await page.locator('mark + sup a').first().textContent()).toBe(
    `1 Citeras av ${MEMBERSHIP}`,
  );
  await page.locator('.source-cited', { hasText: MEMBERSHIP }).waitFor();
  expect(await sourcesOf(membershipId)).toEqual([
    {
      quote: 'Region Jämtland Härjedalen, ledamot sedan 2021',
      section: 'Närvarande',
      source: { id: sourceId },
    },
  ]);
  const { node } = await asAdmin(
    api,
    `query ($id: ID!) { node(id: $id) { ... on Source { citedBy { record { id } } } } }`,
    { id: sourceId },
  );
  expect(node.citedBy).toEqual([{ record: { id: membershipId } }]);

  // The forum page shows the membership's source, linked to the document.
  await page.goto(`${origin}/forums/samverkansradet-i-testbygd`);
  const member = page.locator('li', { hasText: 'Region Jämtland Härjedalen' });
  await member.getByText('källa').click();
  await member.getByRole('link', { name: 'Protokoll, Samverkansrådet i Testbygd' }).waitFor();
});

test('an editor of another county is offered none of its relations, and the API refuses', async () => {
  await signIn(page, origin, VASTERBOTTEN, `/sources/${encodeURIComponent(sourceId)}`);
  await openCite('Anna Andersson, regionutvecklingsdirektör');
  await dialog().getByLabel('Slags post').selectOption({ label: 'Befattning' });
  await choose(dialog(), /^Vems befattning/, 'Anna Andersson');
  const position = dialog().getByRole('radio', { name: /^Anna Andersson/ });
  await position.waitFor();
  expect(await position.isDisabled()).toBe(true);
  expect(await offered()).toEqual([
    'Anna Andersson, regionutvecklingsdirektör vid Region Jämtland Härjedalen, från 1 mars 2020 (du får inte ändra det)',
  ]);
  await dialog().getByRole('button', { name: 'Lägg till citatet' }).click();
  await dialog().getByText('Välj ett av dem.').waitFor();

  // Tried anyway, from the page with the editor's session, and without one.
  const { version } = (
    await asAdmin(api, `query ($id: ID!) { node(id: $id) { ... on Position { version } } }`, {
      id: positionId,
    })
  ).node;
  const input = {
    id: positionId,
    version,
    sources: [{ source: sourceId, quote: 'Anna Andersson' }],
  };
  const update = `mutation ($input: PositionUpdateInput!) { positionUpdate(input: $input) { userErrors { code } } }`;
  const answer = await page.evaluate(
    async ([query, input]) =>
      (
        await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { input } }),
        })
      ).json(),
    [update, input] as const,
  );
  expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
  await expect(asAnonymous(api, update, { input })).rejects.toThrow(/FORBIDDEN|UNAUTHENTICATED/);
  expect(await sourcesOf(positionId)).toEqual([]);
});

test('on a phone, in English, an editor cites a passage for a person’s position', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await signIn(page, origin, JAMTLAND, `/sources/${encodeURIComponent(sourceId)}?lang=en`);
  await openCite('Anna Andersson, regionutvecklingsdirektör', 'Cite it for a record that exists');
  await dialog().getByLabel('Kind of record').selectOption({ label: 'Position' });
  await choose(dialog(), /^Whose position/, 'Anna Andersson');
  const position = dialog()
    .getByRole('group', { name: 'Which position' })
    .getByRole('radio', { name: /^Anna Andersson/ });
  await position.check();
  expect(await offered()).toEqual([
    'Anna Andersson, regionutvecklingsdirektör at Region Jämtland Härjedalen, since 1 March 2020',
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible();
  await screenshot('phone-workbench-cite-relation', false);
  await dialog().getByRole('button', { name: 'Add the citation' }).click();
  await page.locator('mark', { hasText: 'Anna Andersson, regionutvecklingsdirektör' }).waitFor();
  expect(await sourcesOf(positionId)).toEqual([
    {
      quote: 'Anna Andersson, regionutvecklingsdirektör',
      section: 'Närvarande',
      source: { id: sourceId },
    },
  ]);
});
