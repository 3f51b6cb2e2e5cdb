/**
 * Importing a CSV or JSON Lines file in Chromium against the real API: a reader is told the page
 * is for editors; an admin uploads actors in the CLI's format (one row the API refuses), sees what
 * each row would do — new, changed with its fields from → to in words (records by name, values
 * in the dictionary's words), refused with its error at its column in Swedish — imports the valid
 * rows in batches, finds the new actors' pages and downloads the refused row with its error; a
 * JSON Lines file of people likewise, its refused row downloaded as JSON Lines. Axe on each step;
 * screenshots on a laptop and a phone.
 */
import { readFileSync } from 'node:fs';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import type { Page } from 'playwright-core';
import { ADMIN, becomeFirstAdmin, useBrowser } from './browser';
import { signIn } from './editing';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

const CSV = `\uFEFFslug,name,short_name,sector,level,type,areas
fjallbyran,Frösö Fjällbyrå,,BUSINESS,LOCAL,COMPANY,2380
tomt-namn,,,business,local,company,2380
almi,Almi,ALMI,BUSINESS,REGIONAL,BUSINESS_SUPPORT,
"skidspar-i-bydalen","Skidspår i Bydalen, ekonomisk förening",,CIVIL_SOCIETY,LOCAL,OTHER,2380
`;

const upload = (name: string, text: string, mimeType = 'text/csv') =>
  page
    .getByLabel('Fil (CSV eller JSON Lines)')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });

test('a reader is told the page is for editors', async () => {
  await page.goto(`${origin}/import`);
  await page.getByText('Bara redaktörer och administratörer kan importera.').waitFor();
  expect(await page.title()).toBe('Importera – Samverkan');
});

test('an admin checks a file of actors, imports the valid rows and downloads the refused one', async () => {
  await becomeFirstAdmin({ api, origin, page });
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: 'Importera från en fil …' }).click();
  await page.getByRole('heading', { level: 1, name: 'Importera' }).waitFor();
  await page.getByLabel('Slags poster').selectOption({ label: 'Aktörer' });

  // A file with a column actors lack is refused as a whole, naming it.
  await upload('fel.csv', 'slug,name,colour\nx,X,red\n');
  await page
    .getByRole('alert')
    .getByText(/kolumner som inte finns .*: colour\./)
    .waitFor();

  await upload('aktorer.csv', CSV);
  await page.getByRole('button', { name: 'Kontrollera 4 rader' }).click();
  const results = page.getByRole('region', { name: 'Så här skulle importen bli' });
  await results.waitFor();
  const counts = await results.locator('.import-counts').innerText();
  expect(counts.replace(/\s+/g, ' ')).toBe('2 nya 1 ändras 0 oförändrade 1 avvisas');
  const table = results.getByRole('table');
  // Refused rows first, with the error at its column; the update with its fields from → to.
  const refused = table.getByRole('row', { name: /^2 3 avvisas/ });
  // The API's REQUIRED at the name, in the forms' words.
  expect(await refused.locator('td').last().innerText()).toBe('name Skriv ett namn.');
  const changed = table.getByRole('row', { name: /^3 4 ändras/ });
  expect(await changed.innerText()).toContain('Kortnamn — → ALMI');
  // A new actor's values in words and its area by name, not the API's values and global IDs.
  const created = await table.getByRole('row', { name: /^1 2 nya/ }).innerText();
  expect(created).toContain('Sektor — → Näringsliv');
  expect(created).toContain('Typ — → Företag');
  expect(created).toContain('Områden — → Östersund');
  await expectAccessible();
  await screenshot('laptop-import-checked');
  // Nothing was written by the check.
  await page.goto(`${origin}/actors/fjallbyran`);
  await page.getByText('Hittades inte').first().waitFor();
  await page.goBack();

  await upload('aktorer.csv', CSV);
  await page.getByRole('button', { name: 'Kontrollera 4 rader' }).click();
  await page.getByRole('button', { name: 'Importera 3 giltiga rader' }).click();
  const done = page.getByRole('region', { name: 'Importen är klar' });
  await done.waitFor();
  expect((await done.locator('.import-counts').innerText()).replace(/\s+/g, ' ')).toBe(
    '2 skapade 1 ändrade 0 oförändrade 1 avvisade',
  );
  expect(await page.getByRole('status').innerText()).toBe('');
  await expectAccessible();
  await screenshot('laptop-import-written');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('link', { name: /Ladda ned den avvisade raden/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('aktorer-rejected.csv');
  const rejects = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  expect(rejects[0]).toBe('slug,name,short_name,sector,level,type,areas,errors');
  expect(rejects[1]).toMatch(/^tomt-namn,,,business,local,company,2380,name: /);

  await page.goto(`${origin}/actors/fjallbyran`);
  await page.getByRole('heading', { level: 1, name: 'Frösö Fjällbyrå' }).waitFor();
  await page.goto(`${origin}/actors/skidspar-i-bydalen`);
  await page
    .getByRole('heading', { level: 1, name: 'Skidspår i Bydalen, ekonomisk förening' })
    .waitFor();
});

test('an admin imports people from a JSON Lines file; a line that is no object is refused', async () => {
  // The admin the test before made.
  await signIn(page, origin, ADMIN.email, '/import');
  await page.getByLabel('Slags poster').selectOption({ label: 'Personer' });
  await upload('personer.jsonl', '{"name": "Ylva Ytterst"}\nnot json\n', 'application/jsonl');
  await page.getByRole('alert').getByText('Rad 2 i filen är inget JSON-objekt.').waitFor();

  const jsonl = [
    { slug: 'ylva-ytterst', name: 'Ylva Ytterst', objects_to_publication: true },
    { slug: 'utan-namn', name: '' },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');
  await upload('personer.jsonl', `${jsonl}\n`, 'application/jsonl');
  await page.getByRole('button', { name: 'Kontrollera 2 rader' }).click();
  const results = page.getByRole('region', { name: 'Så här skulle importen bli' });
  const table = results.getByRole('table');
  expect(
    await table
      .getByRole('row', { name: /^2 2 avvisas/ })
      .locator('td')
      .last()
      .innerText(),
  ).toBe('name Skriv ett namn.');
  expect(await table.getByRole('row', { name: /^1 1 nya/ }).innerText()).toContain(
    'Motsätter sig publicering — → Ja',
  );
  await expectAccessible();
  await page.getByRole('button', { name: 'Importera 1 giltig rad' }).click();
  const done = page.getByRole('region', { name: 'Importen är klar' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('link', { name: /Ladda ned den avvisade raden/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('personer-rejected.jsonl');
  const [rejected, ...rest] = readFileSync(await download.path(), 'utf8').split('\n');
  expect(rest).toEqual(['']);
  expect(JSON.parse(rejected)).toEqual({
    slug: 'utan-namn',
    name: '',
    errors: expect.stringMatching(/^name: /),
  });
  await page.goto(`${origin}/people/ylva-ytterst`);
  await page.getByRole('heading', { level: 1, name: 'Ylva Ytterst' }).waitFor();
});

test('a changed field is worded as its record type’s form words it, a strategy’s parts by where they are', async () => {
  await signIn(page, origin, ADMIN.email, '/import');
  const table = page.getByRole('region', { name: 'Så här skulle importen bli' }).getByRole('table');
  await page.getByLabel('Slags poster').selectOption({ label: 'Befattningar' });
  await upload('befattningar.csv', 'person,actor,title\nylva-ytterst,almi,Utvecklingsstrateg\n');
  await page.getByRole('button', { name: 'Kontrollera 1 rad' }).click();
  expect(await table.getByRole('row', { name: /^1 2 nya/ }).innerText()).toContain(
    'Befattning — → Utvecklingsstrateg',
  );

  await page.getByLabel('Slags poster').selectOption({ label: 'Strategier' });
  const objectives = JSON.stringify([
    {
      code: '1.2',
      title: 'Fler företag',
      indicators: [
        {
          name: 'Antal företag',
          direction: 'INCREASE',
          measurements: [{ date: '2024-01-01', value: 5 }],
        },
      ],
    },
  ]).replaceAll('"', '""');
  await upload(
    'strategier.csv',
    `slug,kind,name,status,objectives\ntestplanen,ACTION_PLAN,Testplanen,ACTIVE,"${objectives}"\n`,
  );
  await page.getByRole('button', { name: 'Kontrollera 1 rad' }).click();
  const row = await table.getByRole('row', { name: /^1 2 nya/ }).innerText();
  expect(row).toContain('Mål 1.2: Rubrik — → Fler företag');
  expect(row).toContain('Mål 1.2, indikatorn Antal företag: Namn — → Antal företag');
  expect(row).toContain('Mål 1.2, indikatorn Antal företag, värdet 1 januari 2024: Värde — → 5');
  expect(row).toContain('Mål 1.2: Plats i ordningen — → 1');
  // What a part stands under, its place says.
  expect(row).not.toMatch(/strategyId|objectiveId|indicatorId/);
  expect(row).not.toContain('Befattning');
  await expectAccessible();
  await screenshot('laptop-import-strategy');
});

test('the page on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/import?lang=en`);
  await page.getByText('Only editors and administrators can import.').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot('phone-import', false);
});
