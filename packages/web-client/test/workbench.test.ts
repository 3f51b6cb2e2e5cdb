/**
 * The document workbench's writing side in Chromium against the real API: a reader selecting a
 * passage gets no tools; an admin selects "Almi" in a document's member list with the keyboard,
 * reaches the tools with Tab, makes a membership citing exactly that passage (its section the
 * heading above it) and sees it marked and linked; then selects another passage with the mouse
 * and cites it for an actor that exists, whose other sources stay. Axe on the tools and both
 * dialogs; screenshots on a laptop and a phone.
 */
import type { RunningApi } from '@samverkan/api/testing/api-process';
import type { Page } from 'playwright-core';
import { ADMIN, asAdmin, becomeFirstAdmin, createRecord, useBrowser } from './browser';
import { eventually } from './editing';
import { selectText } from './selecting';

let api: RunningApi;
let origin: string;
let page: Page;
const session = () => ({ api, origin, page });
// Caret browsing (F7 in Chromium): a keyboard user's way of selecting text on a page.
const { screenshot, expectAccessible, reopen } = useBrowser(
  (running) => ({ api, origin, page } = running),
  ['--enable-caret-browsing'],
);

const TEXT = `Protokoll från Näringslivsrådet i Testbygd

Bakgrund

Rådet samlar dem som stöder företagen i bygden. Det möts fyra gånger om året.

Deltagande organisationer

- Almi
- Företagarna
- Coompanion

Nästa möte

Rådet möts igen i september, då Företagarna står värd.`;

let sourceId: string;
let forumId: string;

beforeAll(async () => {
  const { sourceCreate } = await asAdmin(
    api,
    `mutation ($input: SourceCreateInput!) { sourceCreate(input: $input) { source { id } userErrors { message } } }`,
    { input: { title: 'Protokoll, Näringslivsrådet i Testbygd', text: TEXT } },
  );
  sourceId = sourceCreate.source.id;
  forumId = await createRecord(api, 'forum', {
    name: 'Näringslivsrådet i Testbygd',
    kind: 'COUNCIL',
  });
});

const select = (words: string, after = '') => selectText(page, words, after);

/** Clicks just before `words` in the text, putting the caret there (and Tab's starting point). */
async function clickBefore(words: string) {
  const box = await page.evaluate((words) => {
    const walker = document.createTreeWalker(
      document.querySelector('.source-document')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const { left, top, height } = range.getBoundingClientRect();
      return { left, top, height };
    }
    throw new Error(`no "${words}" in the text`);
  }, words);
  await page.mouse.click(box.left + 1, box.top + box.height / 2);
}

const workbench = () => page.locator('.workbench');
const status = () => page.locator('.source-document [role="status"]');

test('a reader who selects a passage gets no tools', async () => {
  await page.goto(`${origin}/sources/${encodeURIComponent(sourceId)}`);
  await page.getByRole('heading', { level: 1, name: /Protokoll/ }).waitFor();
  await select('Almi');
  await page.waitForTimeout(300);
  expect(await workbench().count()).toBe(0);
  expect(await status().count()).toBe(0);
});

test('an admin makes a membership of a passage selected with the keyboard, then cites one for an actor', async () => {
  await becomeFirstAdmin(session());
  await page.goto(`${origin}/sources/${encodeURIComponent(sourceId)}`);
  expect(await status().innerText()).toMatch(/^Markera ett stycke i texten/);

  // Selected with the keyboard: the caret put before "Almi", then Shift+→ four times.
  await clickBefore('Almi');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  // The workbench shows at the first letter selected; the status follows each one.
  await eventually(() => status().innerText(), 'Markerat: ”Almi”. Verktygen står under stycket.');
  expect(await workbench().getByRole('heading').textContent()).toBe(
    'Markerat Almi Avsnitt: Deltagande organisationer',
  );
  // The tools are what Tab reaches next.
  await page.keyboard.press('Tab');
  const create = page.getByRole('button', { name: 'Skapa en post av det' });
  expect(await create.evaluate((button) => button === document.activeElement)).toBe(true);
  await expectAccessible();
  await screenshot('laptop-workbench', false);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Skapa en post av det' });
  await dialog.waitFor();
  expect(await dialog.locator('blockquote').innerText()).toBe('Almi');
  expect(await dialog.getByLabel('Avsnitt').inputValue()).toBe('Deltagande organisationer');
  await dialog.getByLabel('Slags post').selectOption({ label: 'Medlemskap' });
  await dialog.getByRole('combobox', { name: /^Forum/ }).fill('Testbygd');
  await dialog.getByRole('option', { name: 'Näringslivsrådet i Testbygd' }).click();
  await dialog.getByRole('combobox', { name: /^Medlem/ }).fill('Almi');
  await dialog.getByRole('option', { name: 'Almi', exact: true }).click();
  await expectAccessible();
  await screenshot('laptop-workbench-create', false);
  await dialog.getByRole('button', { name: 'Lägg till' }).click();

  // The page reads the document again and opens at the passage: marked, focused, linked.
  await page.waitForURL(/#passage-\d+-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const mark = page.locator(`mark#${anchor}`);
  await mark.waitFor();
  expect(await mark.innerText()).toBe('Almi');
  expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
  const start = Number(anchor.split('-')[1]);
  expect(TEXT.slice(start, start + 4)).toBe('Almi');
  const ref = page.locator(`mark#${anchor} + sup a`);
  expect(await ref.getAttribute('href')).toBe('/forums/naringslivsradet-i-testbygd');
  expect(await ref.textContent()).toBe('1 Citeras av Almi är medlem i Näringslivsrådet i Testbygd');
  expect(await status().innerText()).toMatch(/^Sparat\./);
  const { node } = await asAdmin(
    api,
    `query ($id: ID!) { node(id: $id) { ... on Forum { members { sources { quote section source { id } } } } } }`,
    { id: forumId },
  );
  expect(node.members).toEqual([
    {
      sources: [{ quote: 'Almi', section: 'Deltagande organisationer', source: { id: sourceId } }],
    },
  ]);

  // With the mouse: the second "Företagarna" (the first stands in the list above), cited for the
  // actor; the tools say the citation will point at the first place unless more is selected.
  const before = await actorSources('foretagarna');
  await select('Företagarna står värd');
  await page.mouse.click(5, 5); // A click outside the text leaves the passage selected.
  await workbench().waitFor();
  expect(await workbench().innerText()).not.toContain('tidigare i texten');
  await select('Företagarna', 'då ');
  await expect(workbench().innerText()).resolves.toContain('Samma ord står tidigare i texten');
  await select('Företagarna står värd');
  await workbench().getByRole('button', { name: 'Citera det för en post som finns' }).click();
  const cite = page.getByRole('dialog', { name: 'Citera det för en post som finns' });
  await cite.getByRole('button', { name: 'Lägg till citatet' }).click();
  await cite.getByText('Det här måste fyllas i.').waitFor();
  expect(await cite.getByLabel('Avsnitt').inputValue()).toBe('Nästa möte');
  await cite.getByRole('combobox', { name: 'Post', exact: true }).fill('Företagarna');
  await cite.getByRole('option', { name: 'Företagarna', exact: true }).click();
  await expectAccessible();
  await cite.getByRole('button', { name: 'Lägg till citatet' }).click();
  await page.locator('mark', { hasText: 'Företagarna står värd' }).waitFor();
  expect(await actorSources('foretagarna')).toEqual([
    ...before,
    { quote: 'Företagarna står värd', section: 'Nästa möte' },
  ]);
});

test('the tools and the form on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-postadress').fill(ADMIN.email);
  await page.getByLabel('Lösenord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: /^Inloggad som/ }).waitFor();
  await page.goto(`${origin}/sources/${encodeURIComponent(sourceId)}`);
  await page.getByRole('heading', { level: 1, name: /Protokoll/ }).waitFor();
  await select('Coompanion');
  await workbench().waitFor();
  await workbench().scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot('phone-workbench', false);
  await workbench().getByRole('button', { name: 'Skapa en post av det' }).click();
  await page.getByRole('dialog').waitFor();
  await screenshot('phone-workbench-create', false);
});

/** An actor's citations, as quotations and sections. */
async function actorSources(slug: string) {
  const { actor } = await asAdmin(
    api,
    `query ($slug: String!) { actor(slug: $slug) { sources { quote section } } }`,
    { slug },
  );
  return actor.sources as { quote: string | null; section: string | null }[];
}
