/**
 * Accounts in a real browser: the first admin's link the API printed on start, signing in and
 * out, the account page (sessions, password), with the session in an HTTP-only cookie.
 */
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { expectAccessible, screenshot, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

const PASSWORD = 'fyra ord blir ett bra lösenord';

test('the printed link makes the first admin, signed in, with an HTTP-only session cookie', async () => {
  expect(api.firstAdminLink).toMatch(/\/invitation#svi_/);
  const link = new URL(api.firstAdminLink!);
  await page.goto(`${origin}${link.pathname}${link.hash}`);
  await page.getByRole('heading', { level: 1, name: 'Välkommen till Samverkan' }).waitFor();
  await expectAccessible();

  await page.getByLabel('E-postadress').fill('admin@region.se');
  await page.getByLabel('Namn').fill('Alva Admin');
  await page.getByLabel('Nytt lösenord').fill('för kort');
  await page.getByRole('button', { name: 'Skapa kontot' }).click();
  const passwordField = page.getByLabel('Nytt lösenord');
  await page.getByText(/at least 15 characters/).waitFor();
  expect(await passwordField.getAttribute('aria-invalid')).toBe('true');

  await passwordField.fill(PASSWORD);
  await page.getByRole('button', { name: 'Skapa kontot' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ditt konto' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account');
  await page.getByText('Administratör').waitFor();
  await page.getByRole('link', { name: 'Inloggad som Alva Admin' }).waitFor();

  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ name: 'samverkan_session', httpOnly: true, sameSite: 'Lax' });
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await expectAccessible();
});

test('signing in takes the user back to the page they were on; signing out ends the session', async () => {
  await page.goto(`${origin}/map`);
  await page.getByRole('link', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await expectAccessible();

  await page.getByLabel('E-postadress').fill('admin@region.se');
  await page.getByLabel('Lösenord').fill('inte det rätta lösenordet');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page
    .getByText('E-postadressen och lösenordet hör inte till något konto som kan logga in.')
    .waitFor();

  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: 'Inloggad som Alva Admin' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/map');

  await page.getByRole('link', { name: 'Inloggad som Alva Admin' }).click();
  await page.getByRole('heading', { level: 2, name: 'Inloggningar' }).waitFor();
  await page.getByText('Den här webbläsaren').waitFor();
  await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
  await page.getByRole('link', { name: 'Logga in' }).waitFor();
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    return response.json();
  });
  expect(answer).toEqual({ data: { viewer: { role: null } } });
});

test('the account page changes the password and ends the other sessions', async () => {
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  try {
    for (const signingIn of [page, otherPage]) {
      await signingIn.goto(`${origin}/sign-in?lang=en`);
      await signingIn.getByLabel('E-mail address').fill('admin@region.se');
      await signingIn.getByLabel('Password').fill(PASSWORD);
      await signingIn.getByRole('button', { name: 'Sign in' }).click();
      await signingIn.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    }
    await page.reload();
    // The other browser's session, and the first test's (its browser closed, never signed out).
    await page.getByRole('button', { name: 'End' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'End' }).count()).toBe(2);

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel('New password').fill('ett nytt och längre lösenord');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed. Your other sessions were ended.').waitFor();
    await page.getByRole('button', { name: 'End' }).first().waitFor({ state: 'detached' });

    await otherPage.reload();
    await otherPage.getByText('You are not signed in.').waitFor();
  } finally {
    await other.close();
  }
});

test('the account page makes an API token, shows its secret once, and revokes it', async () => {
  await page.goto(`${origin}/sign-in?lang=en`);
  await page.getByLabel('E-mail address').fill('admin@region.se');
  await page.getByLabel('Password').fill('ett nytt och längre lösenord');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'API tokens' }).waitFor();

  await page.getByLabel('New token, for what').fill('nightly import');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.locator('code.shown-once-value').textContent())!;
  expect(secret).toMatch(/^svk_[0-9A-Za-z]{49}$/);
  await page.getByText('nightly import', { exact: true }).waitFor();
  await page
    .getByText(/reads$/)
    .first()
    .waitFor();
  await expectAccessible();

  const viewerWith = async (token: string) =>
    (
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      })
    ).status;
  expect(await viewerWith(secret)).toBe(200);
  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByText('nightly import', { exact: true }).waitFor({ state: 'detached' });
  expect(await viewerWith(secret)).toBe(401);
});

test('the sign-in page on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow).toBe(false);
  await screenshot('phone-sign-in');
});
