/**
 * The document workbench's reading side in Chromium against the real API (the set-up of
 * web.test.ts): a "källa" opens its document at the passage; a document's page marks every cited
 * passage and lists the records citing it; the list of documents; and an admin adds a PDF and a
 * Word document, reviews the text read in the browser, saves and opens each.
 */
import type { RunningApi } from '@samverkan/api/testing/api-process';
import type { Page } from 'playwright-core';
import { artifactPath, asAdmin, becomeFirstAdmin, useBrowser } from './browser';
import { docxOf, pdfOf } from './documents';

let api: RunningApi;
let origin: string;
let page: Page;
const { screenshot, expectAccessible, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

/** Whether the element is within the window, whole. */
const inView = (selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

test('a "källa" opens its document at the passage, marked, focused and in view, with the records citing it', async () => {
  await page.goto(`${origin}/actors/region-jamtland-harjedalen`);
  const source = page.locator('main details.source').first();
  await source.locator('summary').click();
  const quote = await source.locator('.citation blockquote').first().innerText();
  await source.locator('.citation figcaption cite a').first().click();
  await page.waitForURL(/\/sources\/[^#]+#passage-\d+-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const opened = page.locator(`mark#${anchor}`);
  await opened.waitFor();
  expect(await opened.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await inView(`mark#${anchor}`)).toBe(true);
  expect(await opened.getAttribute('class')).toContain('source-opened');
  // The mark holds the quotation (white space aside).
  const squeeze = (text: string) => text.replace(/[\s*]+/g, ' ').trim();
  expect(squeeze(quote)).toContain(squeeze(await opened.innerText()).slice(0, 30));

  await page.getByRole('heading', { level: 1, name: /Slutrapport/ }).waitFor();
  const text = page.locator('.source-document');
  // A long document keeps its paragraphs.
  expect(await text.locator('p').count()).toBeGreaterThan(20);
  expect(await text.locator('mark').count()).toBeGreaterThan(3);
  const cited = page.getByRole('region', { name: /Uppgifter som citerar dokumentet/ });
  const region = cited.getByRole('link', { name: 'Region Jämtland Härjedalen', exact: true });
  expect(await region.first().getAttribute('href')).toBe('/actors/region-jamtland-harjedalen');
  // Each mark links to the records citing it, named for them.
  const refs = text.locator('sup.source-refs a');
  expect(await refs.first().textContent()).toMatch(/^\d+ Citeras av /);
  await expectAccessible();
  await screenshot('laptop-source', false);

  // From the list, a passage: the mark is brought into view and focused.
  const toPassage = cited.getByRole('link', { name: 'Visa stället i texten' }).last();
  const target = (await toPassage.getAttribute('href'))!.slice(1);
  await toPassage.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, target);
  expect(await inView(`#${target}`)).toBe(true);
});

test('the list of documents leads to each, and on a phone a document reads in one column', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  // The header's navigation leads to them, and marks the page it is on.
  await page.goto(`${origin}/`);
  const toSources = page
    .getByRole('navigation', { name: 'Sidor' })
    .getByRole('link', { name: 'Källdokument' });
  await toSources.click();
  await page.getByRole('heading', { level: 1, name: 'Källdokument' }).waitFor();
  expect(await toSources.getAttribute('aria-current')).toBe('page');
  await page.getByText('2 dokument').waitFor();
  // Signed out: no way to add one.
  expect(await page.getByRole('link', { name: 'Lägg till ett dokument' }).count()).toBe(0);
  await expectAccessible();
  await screenshot('phone-sources');
  await page.getByRole('link', { name: /Slutrapport/ }).click();
  await page.getByRole('heading', { level: 1, name: /Slutrapport/ }).waitFor();
  await page.locator('.source-document mark').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible();
  await screenshot('phone-source', false);
});

/** The text the documents below hold, and what a record will cite of the Word one. */
const PDF_LINES = [
  'Protokoll fort vid regionala utvecklingsnamndens sammantrade.',
  'Namnden beslutar att anta handlingsplanen for kompetensforsorjning.',
];
const DOCX_PARAGRAPHS = [
  'Överenskommelse om samverkan i Jämtlands län',
  'Parterna åtar sig att gemensamt driva arbetet med näringslivets kompetensförsörjning.',
  'Överenskommelsen gäller från den 1 mars 2025.',
];

test('an admin adds a PDF and a Word document, reviews their text, saves and opens each; a record citing one is marked in it', async () => {
  await page.goto(`${origin}/sources/new`);
  await page.getByText('Bara redaktörer och administratörer kan lägga till dokument.').waitFor();

  // The first admin, from the link the API printed, then back to the form: on a laptop the
  // header's navigation holds the documents and the admin's links without squeezing the search.
  await becomeFirstAdmin({ api, origin, page });
  await page
    .getByRole('navigation', { name: 'Sidor' })
    .getByRole('link', { name: 'Källdokument' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Källdokument' }).waitFor();
  expect(
    (await page.getByRole('combobox', { name: 'Sök' }).boundingBox())!.width,
  ).toBeGreaterThanOrEqual(300);
  await page.locator('.site-header').screenshot({ path: artifactPath('laptop-header-admin.png') });
  await page.getByRole('link', { name: 'Lägg till ett dokument' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lägg till ett dokument' }).waitFor();

  // A PDF: its text read in the browser, shown for review, its name as the title.
  const file = page.getByLabel('Fil', { exact: true });
  await file.setInputFiles({
    name: 'protokoll-2025-03.pdf',
    mimeType: 'application/pdf',
    buffer: pdfOf(PDF_LINES),
  });
  await page.getByText(/^Texten ur protokoll-2025-03\.pdf: \d+ tecken/).waitFor();
  const text = page.getByLabel('Text', { exact: true });
  expect(await text.inputValue()).toBe(PDF_LINES.join('\n'));
  expect(await page.getByLabel('Titel').inputValue()).toBe('protokoll-2025-03');
  await page.getByLabel('Titel').fill('Protokoll, regionala utvecklingsnämnden, mars 2025');
  await page.getByLabel('Datum').fill('2025-03-12');
  await page.getByLabel('På webben').fill('https://www.regionjh.se/protokoll');
  await expectAccessible();
  await screenshot('laptop-source-new');
  await page.getByRole('button', { name: 'Spara dokumentet' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Protokoll, regionala utvecklingsnämnden, mars 2025' })
    .waitFor();
  await page.locator('.source-document').getByText(PDF_LINES[1]).waitFor();
  await page.getByText('12 mars 2025').waitFor();
  await page.getByText('protokoll-2025-03.pdf').waitFor();
  await page.getByText('Inga uppgifter citerar dokumentet än.').waitFor();

  // A Word document: a title of its own, and a bad address refused at its field.
  await page.goto(`${origin}/sources/new`);
  await file.setInputFiles({
    name: 'overenskommelse.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docxOf(DOCX_PARAGRAPHS),
  });
  await page.getByText(/^Texten ur overenskommelse\.docx/).waitFor();
  expect(await text.inputValue()).toBe(DOCX_PARAGRAPHS.join('\n\n'));
  await page.getByLabel('Titel').fill('Överenskommelse om samverkan');
  await page.getByLabel('På webben').fill('inte en adress');
  await page.getByRole('button', { name: 'Spara dokumentet' }).click();
  await page.getByText('Det här är ingen webbadress (https://…).').waitFor();
  await page.getByLabel('På webben').fill('');
  await page.getByRole('button', { name: 'Spara dokumentet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Överenskommelse om samverkan' }).waitFor();
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
  // Its paragraphs stay paragraphs.
  expect(await page.locator('.source-document p').count()).toBe(3);

  // A record citing the Word document is marked in it and listed beside it.
  await asAdmin(
    api,
    `mutation ($input: ActorCreateInput!) { actorCreate(input: $input) { actor { id } userErrors { message } } }`,
    {
      input: {
        name: 'Kompetensrådet Jämtland',
        sector: 'PUBLIC',
        level: 'REGIONAL',
        type: 'OTHER',
        sources: [{ source: id, quote: 'näringslivets kompetensförsörjning' }],
      },
    },
  );
  await page.reload();
  const mark = page.locator('.source-document mark');
  await mark.waitFor();
  expect(await mark.innerText()).toBe('näringslivets kompetensförsörjning');
  await page
    .getByRole('region', { name: /Uppgifter som citerar dokumentet/ })
    .getByRole('link', { name: 'Kompetensrådet Jämtland' })
    .waitFor();
  await expectAccessible();
  await screenshot('laptop-source-docx');
});
