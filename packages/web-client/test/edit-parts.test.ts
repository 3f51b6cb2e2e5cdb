/**
 * Editing the parts of records in a real browser, against the real API, with the same one form:
 * responsibilities from an actor's and a strategy's page (mandate, period, sources), objectives,
 * indicators and their values on a strategy's page, a forum's meetings with their agenda (and its
 * order), decisions and actions (their status), and a forum as a member of another. Each form
 * shows an error at its field, runs axe and is saved as a screenshot.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin, createRecord, useBrowser } from './browser';
import { choose, editorOf, eventually, JAMTLAND, signIn as signInAs } from './editing';

let api: RunningApi;
let origin: string;
let page: Page;
const { expectAccessible, screenshot, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

let jamtland: string;
beforeAll(async () => {
  await editorOf(api, JAMTLAND, '23');
  jamtland = (await asAdmin(api, '{ area(code: "23") { id } }')).area.id;
});

const signIn = (path: string) => signInAs(page, origin, JAMTLAND, path);
const dialog = () => page.getByRole('dialog');
const add = () => dialog().getByRole('button', { name: 'Lägg till', exact: true });
const closed = () => dialog().waitFor({ state: 'detached' });

/** Retracts what the button names, with a reason. */
async function retract(name: RegExp) {
  await page.getByRole('button', { name }).click();
  await dialog().getByLabel('Varför *').fill('Fel inmatat.');
  await dialog().getByRole('button', { name: 'Ta tillbaka' }).click();
  await closed();
}

test('a responsibility is added from an actor’s page with mandate, period and source, edited and ended', async () => {
  await createRecord(api, 'strategy', {
    slug: 'ansvarsplanen',
    name: 'Ansvarsplanen',
    kind: 'ACTION_PLAN',
    status: 'ACTIVE',
    area: jamtland,
  });
  await createRecord(api, 'person', { name: 'Ansgar Ansvarig' });
  await signIn('/actors/region-jamtland-harjedalen');
  await page.getByRole('button', { name: 'Lägg till ansvar' }).click();
  const form = dialog();
  await form.getByRole('heading', { name: 'Nytt ansvar: Region Jämtland Härjedalen' }).waitFor();
  // The actor is this page's: the form does not ask for it.
  expect(await form.getByRole('combobox', { name: 'Aktör *' }).count()).toBe(0);
  await choose(form, 'Gäller *', 'Ansvarsplan', 'Ansvarsplanen');
  await form.getByLabel('Roll *').selectOption({ label: 'Finansierar' });
  await choose(form, 'Person', 'Ansgar Ansv', 'Ansgar Ansvarig');
  await form.getByLabel('Mandatet i ord *').fill('Finansierar genomförandet.');
  await form.getByLabel('Lag eller dokument det vilar på').fill('Regionfullmäktige 2025-02-12');
  await form.getByLabel('Från och med').fill('2025-01-01');
  await form.getByRole('button', { name: 'Lägg till hänvisning' }).click();
  await choose(form, 'Källa *', 'Slutrapport', 'Slutrapport Översyn Länspartnerskapet');
  await form.getByLabel('Avsnitt').fill('Bakgrund');
  await add().click();

  // Ansgar holds no position at the region: the API's error at the person.
  await form.getByText('Personen har ingen befattning hos aktören').waitFor();
  const person = form.getByRole('combobox', { name: 'Person' });
  expect(await person.getAttribute('aria-invalid')).toBe('true');
  expect(await person.evaluate((input) => input === document.activeElement)).toBe(true);
  await expectAccessible();
  await screenshot('laptop-edit-responsibility', false);
  await form.getByLabel('Personen företräder aktören utifrån').check();
  await add().click();
  await closed();

  const section = page.getByRole('region', { name: 'Ansvar', exact: true });
  const funds = section.getByRole('region', { name: 'Finansierar' });
  await funds.getByRole('link', { name: 'Ansvarsplanen' }).waitFor();
  await funds.getByText('Finansierar genomförandet.').waitFor();
  await funds.getByText('(Regionfullmäktige 2025-02-12)').waitFor();

  await section
    .getByRole('button', { name: /^Ändra Region Jämtland Härjedalen: Ansvarsplanen/ })
    .click();
  expect(await dialog().getByLabel('Avsnitt').inputValue()).toBe('Bakgrund');
  await dialog().getByLabel('Roll *').selectOption({ label: 'Genomför' });
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await closed();
  const executes = section.getByRole('region', { name: 'Genomför' });
  await executes.getByRole('link', { name: 'Ansvarsplanen' }).waitFor();

  await executes
    .getByRole('button', { name: /^Avsluta Region Jämtland Härjedalen: Ansvarsplanen/ })
    .click();
  await dialog().getByLabel('Till (första dagen den inte gäller) *').fill('2025-06-01');
  await dialog()
    .getByText(/Ansvaret \(Region Jämtland Härjedalen: Ansvarsplanen\) gäller till 2025-06-01/)
    .waitFor();
  await dialog().getByRole('button', { name: 'Avsluta' }).click();
  await closed();
  // It ended before today: gone from today's responsibilities.
  await executes.getByRole('link', { name: 'Ansvarsplanen' }).waitFor({ state: 'detached' });
});

test('objectives, indicators and values are added and changed on a strategy’s page, and a responsibility for it', async () => {
  await createRecord(api, 'strategy', {
    slug: 'malplanen',
    name: 'Målplanen',
    kind: 'ACTION_PLAN',
    status: 'ACTIVE',
    area: jamtland,
  });
  await signIn('/strategies/malplanen');
  const objectives = page.getByRole('region', { name: /^Mål och delmål/ });
  await objectives.getByText('Inga mål registrerade för strategin än.').waitFor();
  await objectives.getByRole('button', { name: 'Lägg till mål' }).click();
  await dialog().getByRole('heading', { name: 'Nytt mål i Målplanen' }).waitFor();
  await dialog().getByLabel('Kod *').fill('1');
  await dialog().getByLabel('Rubrik *').fill('Fler jobb');
  await add().click();
  await closed();
  await objectives.getByText('Fler jobb', { exact: true }).waitFor();

  // The same code again: the API's TAKEN at the code.
  await objectives.getByRole('button', { name: 'Lägg till mål' }).click();
  await dialog().getByLabel('Kod *').fill('1');
  await dialog().getByLabel('Rubrik *').fill('Fler företag');
  await choose(dialog(), 'Delmål till', 'Fler jobb', /Fler jobb/);
  await add().click();
  await dialog().getByText('Strategin har redan ett mål med den koden.').waitFor();
  expect(await dialog().getByLabel('Kod *').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible();
  await screenshot('laptop-edit-objective', false);
  await dialog().getByLabel('Kod *').fill('1.1');
  await add().click();
  await closed();
  await objectives
    .locator('.objective .objective .objective-title', { hasText: 'Fler företag' })
    .waitFor();

  await objectives.getByRole('button', { name: 'Ändra 1 Fler jobb' }).click();
  await dialog().getByLabel('Beskrivning').fill('Sysselsättningen ska öka i hela länet.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await closed();
  await objectives.getByText('Sysselsättningen ska öka i hela länet.').waitFor();

  // A second objective, moved above the first: the order of the strategy's top level.
  await objectives.getByRole('button', { name: 'Lägg till mål' }).click();
  await dialog().getByLabel('Kod *').fill('2');
  await dialog().getByLabel('Rubrik *').fill('Grön omställning');
  await add().click();
  await closed();
  const roots = () =>
    objectives.locator('.objectives-root > .objective > .objective-head .objective-title');
  await eventually(() => roots().allTextContents(), ['Fler jobb', 'Grön omställning']);
  expect(await objectives.getByRole('button', { name: 'Flytta upp 1 Fler jobb' }).count()).toBe(0);
  // Sub-objectives move among their own siblings only: 1.1 has none.
  expect(
    await objectives.getByRole('button', { name: /Flytta .* 1\.1 Fler företag/ }).count(),
  ).toBe(0);
  await objectives.getByRole('button', { name: 'Flytta upp 2 Grön omställning' }).click();
  await eventually(() => roots().allTextContents(), ['Grön omställning', 'Fler jobb']);
  // At the top now, its other button keeps the focus.
  const down = objectives.getByRole('button', { name: 'Flytta ned 2 Grön omställning' });
  await eventually(() => down.evaluate((button) => button === document.activeElement), true);
  await objectives
    .locator('.objective .objective .objective-title', { hasText: 'Fler företag' })
    .waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-objective-order');
  await down.click();
  await eventually(() => roots().allTextContents(), ['Fler jobb', 'Grön omställning']);

  // An indicator without a name: the API's REQUIRED at the name.
  await objectives.getByRole('button', { name: 'Lägg till indikator' }).first().click();
  await dialog().getByRole('heading', { name: 'Ny indikator för 1 Fler jobb' }).waitFor();
  await dialog().getByLabel('Riktning *').selectOption({ label: 'Ska öka' });
  await dialog().getByLabel('Utgångsvärde', { exact: true }).fill('12,5');
  await add().click();
  await dialog().getByText('Skriv ett namn.').waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-indicator', false);
  await dialog().getByLabel('Namn *').fill('Sysselsatta');
  await dialog().getByLabel('Enhet').fill('tusental');
  await add().click();
  await closed();
  const indicator = objectives.locator('.indicator', { hasText: 'Sysselsatta' });
  await indicator.getByText('Ska öka', { exact: false }).first().waitFor();

  // A value that is no number: told at the field before anything is sent.
  await indicator.getByRole('button', { name: 'Lägg till mätvärde' }).click();
  await dialog().getByLabel('Dag *').fill('2025-06-30');
  await dialog().getByLabel('Värde *').fill('tolv');
  await add().click();
  await dialog().getByText('Det här har fel form.').waitFor();
  expect(await dialog().getByLabel('Värde *').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible();
  await screenshot('laptop-edit-measurement', false);
  await dialog().getByLabel('Värde *').fill('13,2');
  await add().click();
  await closed();
  await indicator.locator('summary', { hasText: 'Mätvärden' }).click();
  const value = indicator.locator('.measurements-edit li', { hasText: '13.2' });
  await value.waitFor();
  await retract(/^Ta tillbaka Sysselsatta/);
  await value.waitFor({ state: 'detached' });

  // A responsibility for the strategy as a whole: the subject is the page's.
  const whole = page.getByRole('region', { name: 'Ansvar för strategin som helhet' });
  await whole.getByRole('button', { name: 'Lägg till ansvar' }).click();
  expect(await dialog().getByRole('combobox', { name: 'Gäller *' }).count()).toBe(0);
  await choose(dialog(), 'Aktör *', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await add().click();
  await closed();
  await whole.getByRole('link', { name: 'Region Jämtland Härjedalen' }).waitFor();
  await retract(/^Ta tillbaka Region Jämtland Härjedalen: Målplanen/);
  await whole
    .getByRole('link', { name: 'Region Jämtland Härjedalen' })
    .waitFor({ state: 'detached' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot('laptop-edit-strategy-parts');
});

test('a meeting is added to a forum with its agenda, reordered, a decision and an action whose status is set', async () => {
  await createRecord(api, 'forum', {
    slug: 'motesforumet',
    name: 'Mötesforumet',
    kind: 'NETWORK',
    area: jamtland,
  });
  await createRecord(api, 'person', { name: 'Petra Presentatör' });
  await signIn('/forums/motesforumet');
  const meetings = page.getByRole('region', { name: 'Möten' });
  await meetings.getByRole('button', { name: 'Lägg till möte' }).click();
  await dialog().getByLabel('Rubrik *').fill('Vårmöte');
  await dialog().getByLabel('Börjar *').fill('2026-03-10 09:00');
  await dialog().getByLabel('Slutar').fill('2026-03-10 08:00');
  await dialog().getByLabel('Form').selectOption({ label: 'Hybrid' });
  await add().click();
  // It ends before it starts: the API's error at the end.
  await dialog().getByText('Slutet måste komma efter början.').waitFor();
  expect(await dialog().getByLabel('Slutar').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible();
  await screenshot('laptop-edit-meeting', false);
  await dialog().getByLabel('Slutar').fill('2026-03-10 12:00');
  await add().click();
  await closed();

  await meetings.getByText('Vårmöte', { exact: true }).click();
  for (const title of ['Välkommen', 'Lägesrapport', 'Övrigt']) {
    await meetings.getByRole('button', { name: 'Lägg till punkt' }).click();
    await dialog().getByLabel('Rubrik *').fill(title);
    if (title === 'Lägesrapport') {
      await dialog().getByRole('button', { name: 'Lägg till föredragande' }).click();
      await choose(dialog(), 'Person *', 'Petra Pres', 'Petra Presentatör');
      await choose(dialog(), 'För aktören', 'Region Jämtland', 'Region Jämtland Härjedalen');
      await expectAccessible();
      await screenshot('laptop-edit-agenda-item', false);
    }
    await add().click();
    await closed();
    await meetings.locator('.agenda li', { hasText: title }).waitFor();
  }
  const agenda = () =>
    meetings
      .locator('.agenda > li')
      .evaluateAll((items) => items.map((item) => item.firstChild?.textContent));
  expect(await agenda()).toEqual(['Välkommen', 'Lägesrapport', 'Övrigt']);
  await meetings.getByRole('button', { name: 'Flytta upp Övrigt' }).click();
  await eventually(agenda, ['Välkommen', 'Övrigt', 'Lägesrapport']);
  // The moved item's button keeps the focus.
  await eventually(
    () => page.evaluate(() => document.activeElement?.textContent),
    'Flytta upp Övrigt',
  );
  await retract(/^Ta tillbaka Välkommen/);
  await eventually(agenda, ['Övrigt', 'Lägesrapport']);

  await meetings.getByRole('button', { name: 'Lägg till beslut' }).click();
  await dialog().getByLabel('Beslutet *').fill('Forumet antar en arbetsplan.');
  await dialog().getByLabel('Dag').fill('2026-03-10');
  await add().click();
  await closed();
  await meetings.locator('.meeting-list li', { hasText: 'Forumet antar en arbetsplan.' }).waitFor();

  // An action without its owner: the API's error at the owner.
  await meetings.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await dialog().getByLabel('Rubrik *').fill('Skicka ut protokollet');
  await add().click();
  const owner = dialog().getByRole('combobox', { name: 'Ansvarig aktör *' });
  await dialog().locator('[aria-invalid="true"]').first().waitFor();
  expect(await owner.getAttribute('aria-invalid')).toBe('true');
  await choose(dialog(), 'Ansvarig aktör *', 'Region Jämtland', 'Region Jämtland Härjedalen');
  await add().click();
  await closed();
  const status = meetings.getByLabel('Status för Skicka ut protokollet');
  expect(await status.inputValue()).toBe('OPEN');
  await status.selectOption({ label: 'Klar' });
  await eventually(
    async () =>
      (await asAdmin(api, '{ forum(slug: "motesforumet") { meetings { actions { status } } } }'))
        .forum.meetings[0].actions[0].status,
    'DONE',
  );
  await expectAccessible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot('laptop-edit-forum-meeting');
});

test('a forum joins another as its member', async () => {
  await createRecord(api, 'forum', {
    slug: 'storforumet',
    name: 'Storforumet',
    kind: 'PARTNERSHIP',
    area: jamtland,
  });
  await createRecord(api, 'forum', {
    slug: 'delgruppen',
    name: 'Delgruppen',
    kind: 'WORKING_GROUP',
    area: jamtland,
  });
  await signIn('/forums/storforumet');
  await page.getByRole('button', { name: 'Lägg till medlem' }).click();
  await choose(dialog(), 'Medlem *', 'Delgrupp', 'Delgruppen');
  await add().click();
  await closed();
  await page
    .getByRole('region', { name: /^Medlemmar/ })
    .getByRole('link', { name: 'Delgruppen' })
    .waitFor();
});

test('a collaboration assessment and a review are added to a forum, the review edited on its page', async () => {
  await createRecord(api, 'forum', {
    slug: 'utvarderade',
    name: 'Utvärderade forumet',
    kind: 'NETWORK',
    area: jamtland,
  });
  await createRecord(api, 'person', { name: 'Kaj Kontakt' });
  const scale = await createRecord(api, 'collaborationScale', { name: 'Samverkanstrappan' });
  for (const [rank, name] of [
    [1, 'Informerar'],
    [2, 'Samordnar'],
    [3, 'Samverkar'],
  ] as const) {
    await createRecord(api, 'collaborationLevel', { scale, rank, name });
  }
  const level = { rank: 2, name: 'Samordnar' };
  await signIn('/forums/utvarderade');
  const assessments = page.getByRole('region', { name: 'Samverkan över tid' });
  await assessments.getByRole('button', { name: 'Lägg till bedömning' }).click();
  await dialog()
    .getByLabel('Nivå på skalan')
    .selectOption({ label: `${level.rank}. ${level.name}` });
  await add().click();
  // No day: told at the day before anything is sent.
  await dialog().getByText('Det här måste fyllas i.').waitFor();
  expect(await dialog().getByLabel('Dag *').getAttribute('aria-invalid')).toBe('true');
  await expectAccessible();
  await screenshot('laptop-edit-assessment', false);
  await dialog().getByLabel('Dag *').fill('2025-05-01');
  await dialog().getByLabel('Kommentar').fill('Samverkan har kommit i gång.');
  await add().click();
  await closed();
  await assessments.locator('summary', { hasText: 'Bedömningar' }).click();
  const assessment = assessments.locator('.assessments-edit li', { hasText: level.name });
  await assessment.waitFor();
  await assessments.locator('figure').waitFor();
  await assessment.getByRole('button', { name: /^Ändra/ }).click();
  await dialog().getByLabel('Kommentar').fill('Samverkan har tagit fart.');
  // A factor rated, chosen from the API's factors by category.
  await dialog().getByRole('button', { name: 'Lägg till faktor' }).click();
  const factor = dialog().getByRole('group', { name: 'Faktor 1' });
  await factor.getByLabel('Faktor *').selectOption({ label: 'Resurseffekter' });
  await factor.getByLabel('Betyg (1 lägst, 5 högst)').selectOption({ label: '4 av 5' });
  await factor.getByLabel('Om faktorn').fill('Gemensamma medel söks.');
  await expectAccessible();
  await screenshot('laptop-edit-assessment-factors', false);
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await closed();
  await assessments.getByText('Samverkan har tagit fart.').waitFor();
  await assessment.getByText('Resurseffekter 4 av 5').waitFor();
  await assessment.getByRole('button', { name: /^Ändra/ }).click();
  await expect(
    dialog().getByRole('group', { name: 'Faktor 1' }).getByLabel('Om faktorn').inputValue(),
  ).resolves.toBe('Gemensamma medel söks.');
  await page.keyboard.press('Escape');
  await closed();
  await retract(/^Ta tillbaka Bedömning av samverkan/);
  await assessment.waitFor({ state: 'detached' });

  // A review without a title: the API's REQUIRED at the title.
  await page.getByRole('button', { name: 'Lägg till utvärdering' }).click();
  await add().click();
  await dialog().getByText('Det här måste fyllas i.').waitFor();
  expect(await dialog().getByLabel('Rubrik *').getAttribute('aria-invalid')).toBe('true');
  await dialog().getByLabel('Rubrik *').fill('Halvtidsutvärdering');
  await dialog().getByLabel('Teman att fortsätta forma').fill('Fler möten\nBättre uppföljning');
  await dialog().getByRole('button', { name: 'Lägg till kontaktperson' }).click();
  await choose(dialog(), 'Person *', 'Kaj Kont', 'Kaj Kontakt');
  await dialog().getByLabel('Roll (som källan skriver den)').fill('Utvärderare');
  await expectAccessible();
  await screenshot('laptop-edit-review', false);
  await add().click();
  await closed();
  await page.getByRole('link', { name: /Läs hela utvärderingen/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Halvtidsutvärdering' }).waitFor();
  await page.getByText('Bättre uppföljning').waitFor();
  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await dialog().getByLabel('Metod').fill('Intervjuer med medlemmarna.');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await closed();
  await page.getByText('Intervjuer med medlemmarna.').waitFor();

  // Its findings, shifts and open questions, added and changed on its page.
  await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
  await add().click();
  await dialog().getByText('Det här måste fyllas i.').waitFor();
  expect(await dialog().getByLabel('Rubrik *').getAttribute('aria-invalid')).toBe('true');
  await dialog().getByLabel('Rubrik *').fill('Mötena är för få');
  await dialog().getByLabel('Kategori (som utvärderingen grupperar)').fill('Utmaningar');
  await dialog().getByLabel('Punkter', { exact: true }).fill('Två möten om året\nLånga uppehåll');
  await expectAccessible();
  await screenshot('laptop-edit-review-finding', false);
  await add().click();
  await closed();
  const findings = page.getByRole('region', { name: /^Iakttagelser/ });
  await findings.getByText('Långa uppehåll').waitFor();
  await findings.getByRole('button', { name: 'Ändra Mötena är för få' }).click();
  await dialog().getByLabel('Rubrik *').fill('Mötena är för glesa');
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await closed();
  await findings.getByRole('heading', { name: /Mötena är för glesa/ }).waitFor();

  await page.getByRole('button', { name: 'Lägg till förflyttning' }).click();
  await dialog().getByLabel('Från *').fill('Information vid mötena');
  await dialog().getByLabel('Till *').fill('Gemensamma beslut');
  await add().click();
  await closed();
  const shifts = page.getByRole('region', { name: /^Förflyttningar/ });
  await shifts.getByRole('cell', { name: 'Gemensamma beslut', exact: true }).waitFor();
  await shifts
    .getByRole('button', { name: 'Ändra Information vid mötena → Gemensamma beslut' })
    .waitFor();

  await page.getByRole('button', { name: 'Lägg till öppen fråga' }).click();
  await dialog().getByLabel('Frågan *').fill('Vem leder arbetet mellan mötena?');
  await dialog().getByLabel('Text', { exact: true }).fill('Ingen är utsedd.');
  await add().click();
  await closed();
  const questions = page.getByRole('region', { name: 'Öppna frågor och uppföljning' });
  await questions.getByText('Ingen är utsedd.').waitFor();
  await questions.getByRole('button', { name: 'Ändra Vem leder arbetet mellan mötena?' }).waitFor();
  await expectAccessible();
  await screenshot('laptop-edit-review-page');

  // The same controls on a phone: within the width, each a target a finger can hit.
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot('phone-edit-review-page');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const small = await page.locator('main button').evaluateAll((buttons) =>
    buttons
      .map((button) => ({ name: button.textContent, box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 24 || box.right > 390))
      .map(({ name }) => name),
  );
  expect(small).toEqual([]);
  // A shift's words are not broken for the controls beside them.
  const lines = await page.locator('td.shift-to').evaluate((cell) => {
    const range = document.createRange();
    range.setStart(cell.firstChild!, 0);
    range.setEnd(cell.firstChild!, 'Gemensamma'.length);
    return range.getClientRects().length;
  });
  expect(lines).toBe(1);
});

test('the new forms on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await signIn('/actors/region-jamtland-harjedalen');
  await page.getByRole('button', { name: 'Lägg till ansvar' }).click();
  await dialog().getByRole('button', { name: 'Lägg till hänvisning' }).click();
  const overflow = await dialog().evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(overflow).toBe(false);
  await expectAccessible();
  await screenshot('phone-edit-responsibility', false);
});
