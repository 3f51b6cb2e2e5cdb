/**
 * The admins' pages of users and of tokens in a real browser: inviting an editor of an area, the
 * invited person accepting, changing their role and areas, disabling them, service accounts'
 * tokens; the pages refused to others.
 */
import type { Locator, Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { ADMIN as FIRST_ADMIN, becomeFirstAdmin, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { expectAccessible, screenshot, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

const { email: ADMIN, password: PASSWORD } = FIRST_ADMIN;

/** Signs the admin in, on the page of users. */
async function signInAsAdmin() {
  await page.goto(`${origin}/sign-in?next=/admin/users`);
  await page.getByLabel('E-postadress').fill(ADMIN);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
}

/** Adds an area in the picker within `scope`: a county, and one of its parts when given. */
async function addArea(scope: Locator, county: string, part?: string) {
  await scope.getByLabel('Land eller län').selectOption({ label: county });
  if (part) await scope.getByLabel('Del av det').selectOption({ label: part });
  await scope.getByRole('button', { name: 'Lägg till området' }).click();
}

const userItem = (name: string) => page.getByRole('listitem', { name });

test('a visitor not signed in is told the page is for admins, and may sign in', async () => {
  await page.goto(`${origin}/admin/users`);
  await page.getByText('Den här sidan är bara för administratörer.').waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Logga in' }).waitFor();
  expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
});

test('the admin invites an editor of Jämtlands län, who accepts and is not let in here', async () => {
  await becomeFirstAdmin({ api, origin, page });

  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
  await userItem('Alva Admin').getByText('Administratör').waitFor();
  await page.getByText('Inga öppna inbjudningar.').waitFor();

  const invite = page.getByRole('region', { name: 'Bjud in en person' });
  await invite.getByLabel('E-postadress').fill('erik@region.se');
  await invite.getByLabel('Namn').fill('Erik Editor');
  expect(await invite.getByLabel('Roll').inputValue()).toBe('EDITOR');
  await invite.getByRole('button', { name: 'Skapa inbjudan' }).click();
  await invite.getByText('En redaktör behöver minst ett område.').waitFor();
  const areas = invite.getByRole('group', { name: 'Områden' });
  expect(await areas.getAttribute('aria-describedby')).toMatch(/error/);

  await addArea(invite, 'Jämtlands län');
  await invite.getByRole('button', { name: 'Ta bort Jämtlands län' }).waitFor();
  await invite.getByRole('button', { name: 'Skapa inbjudan' }).click();
  const shown = invite.locator('code.shown-once-value');
  await invite.getByText(/Länken visas bara nu och gäller i sju dagar/).waitFor();
  const link = (await shown.textContent())!;
  expect(link).toMatch(new RegExp(`^${origin}/invitation#svi_`));
  expect(await page.evaluate(() => document.activeElement?.className)).toMatch(/shown-once/);
  await expect(invite.getByText('En redaktör behöver minst ett område.').count()).resolves.toBe(0);
  const invitations = page.getByRole('region', { name: 'Öppna inbjudningar' });
  await invitations.getByText(/erik@region\.se, Redaktör \(Jämtlands län\)/).waitFor();
  await expectAccessible();
  await screenshot('laptop-admin-users');

  // The invited person, in a browser of their own.
  const other = await page.context().browser()!.newContext({ locale: 'sv-SE' });
  try {
    const invited = await other.newPage();
    await invited.goto(link);
    await invited.getByLabel('Nytt lösenord').fill('ett långt lösenord för erik');
    await invited.getByRole('button', { name: 'Skapa kontot' }).click();
    await invited.getByRole('heading', { level: 1, name: 'Ditt konto' }).waitFor();
    expect(await invited.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await invited.goto(`${origin}/admin/users`);
    await invited.getByText('Den här sidan är bara för administratörer.').waitFor();
    expect(await invited.getByRole('main').getByRole('link').count()).toBe(0);
  } finally {
    await other.close();
  }

  await page.reload();
  const erik = userItem('Erik Editor');
  await erik.getByText('Jämtlands län').waitFor();
  await erik.getByText('Redaktör').waitFor();
  await page.getByText('Inga öppna inbjudningar.').waitFor();
});

test('the admin changes the editor’s areas, keeps an admin, and disables the editor', async () => {
  await signInAsAdmin();
  const erik = userItem('Erik Editor');
  await erik.getByRole('button', { name: 'Ändra roll och områden' }).click();
  // The form opens with the focus on its first list, the role.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  await addArea(erik, 'Jämtlands län', 'Östersund');
  await erik.getByRole('button', { name: 'Ta bort Jämtlands län' }).click();
  await erik.getByRole('button', { name: 'Spara' }).click();
  await erik.locator('form').waitFor({ state: 'detached' });
  await erik.getByText('Östersund').waitFor();
  expect(await erik.getByText('Jämtlands län').count()).toBe(0);
  // The focus is back on the button that opened the form.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Ändra roll och områden',
  );

  // The last admin stays one: the API's LAST_ADMIN, in Swedish, under the role.
  const alva = userItem('Alva Admin');
  await alva.getByRole('button', { name: 'Ändra roll och områden' }).click();
  await alva.getByLabel('Roll').selectOption('VIEWER');
  await alva.getByRole('button', { name: 'Spara' }).click();
  await alva.getByText(/sista administratören som kan logga in/).waitFor();
  expect(await alva.getByLabel('Roll').getAttribute('aria-invalid')).toBe('true');
  await alva.getByRole('button', { name: 'Avbryt' }).click();

  await erik.getByRole('button', { name: 'Stäng av' }).click();
  await erik.getByText(/Stänga av Erik Editor\?/).waitFor();
  await erik.getByRole('button', { name: 'Ja, stäng av' }).click();
  await erik.getByText('Avstängd').waitFor();
  await erik.getByRole('button', { name: 'Släpp in igen' }).waitFor();

  const signIn = await page.context().browser()!.newContext({ locale: 'sv-SE' });
  try {
    const eriksPage = await signIn.newPage();
    await eriksPage.goto(`${origin}/sign-in`);
    await eriksPage.getByLabel('E-postadress').fill('erik@region.se');
    await eriksPage.getByLabel('Lösenord').fill('ett långt lösenord för erik');
    await eriksPage.getByRole('button', { name: 'Logga in' }).click();
    await eriksPage
      .getByText('E-postadressen och lösenordet hör inte till något konto som kan logga in.')
      .waitFor();
  } finally {
    await signIn.close();
  }
});

test('the admin makes a service account’s token for an area, sees its secret once, revokes it', async () => {
  await signInAsAdmin();
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'API-nycklar' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'API-nycklar och tjänstekonton' }).waitFor();
  const tokens = page.getByRole('region', { name: 'Ny nyckel för ett tjänstekonto' });
  const all = page.getByRole('region', { name: 'Alla giltiga nycklar' });
  await tokens.getByLabel('Ny nyckel, till vad').fill('import från länsstyrelsen');
  await tokens.getByRole('button', { name: 'Skapa nyckel' }).click();
  await tokens.getByText('En redaktör behöver minst ett område.').waitFor();
  await addArea(tokens, 'Jämtlands län');
  await tokens.getByLabel('Giltig i antal dagar').fill('30');
  await tokens.getByRole('button', { name: 'Skapa nyckel' }).click();
  const secret = (await tokens.locator('code.shown-once-value').textContent())!;
  expect(secret).toMatch(/^svk_/);
  await all.getByText('tjänstekonto: Redaktör (Jämtlands län)', { exact: false }).waitFor();
  await expectAccessible();
  await screenshot('laptop-admin-tokens');

  await all
    .getByRole('listitem')
    .filter({ hasText: 'import från länsstyrelsen' })
    .getByRole('button', { name: 'Återkalla' })
    .click();
  await all.getByText('import från länsstyrelsen').waitFor({ state: 'detached' });
});

test('the page of users on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await signInAsAdmin();
  await userItem('Erik Editor').getByRole('button', { name: 'Ändra roll och områden' }).click();
  await userItem('Erik Editor')
    .getByLabel('Land eller län')
    .selectOption({ label: 'Jämtlands län' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow).toBe(false);
  await screenshot('phone-admin-users');
});
