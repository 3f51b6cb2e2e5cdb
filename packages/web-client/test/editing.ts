/** What the editing tests share: editors invited through the API, signing in, choosing records. */
import type { Locator, Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin } from './browser';

export const PASSWORD = 'fyra ord blir ett bra lösenord';
export const JAMTLAND = 'jamtland@region.se';
export const VASTERBOTTEN = 'vasterbotten@region.se';

/** Invites an editor of the county with this code, and has them accept with PASSWORD. */
export async function editorOf(api: RunningApi, email: string, county: string) {
  const { area } = await asAdmin(api, `query ($code: String!) { area(code: $code) { id } }`, {
    code: county,
  });
  const { userInvite } = await asAdmin(
    api,
    `mutation ($input: UserInviteInput!) { userInvite(input: $input) { linkPath userErrors { code } } }`,
    { input: { email, displayName: email.split('@')[0], role: 'EDITOR', areas: [area.id] } },
  );
  const secret = (userInvite.linkPath as string).split('#')[1];
  const accepted = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: InvitationAcceptInput!) { invitationAccept(input: $input) { userErrors { code } } }`,
      variables: { input: { secret, password: PASSWORD } },
    }),
  });
  expect(accepted.status).toBe(200);
}

/** Signs `email` in in the page's browser (the session cookie is the page's) and opens `path`. */
export async function signIn(page: Page, origin: string, email: string, path = '/') {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('link', { name: /^Inloggad som/ }).waitFor();
  await page.goto(`${origin}${path}`);
}

/** Chooses the record named `name` in the search field labelled `label`. */
export async function choose(
  scope: Locator,
  label: string | RegExp,
  text: string,
  name: string | RegExp = text,
) {
  await scope.getByRole('combobox', { name: label }).fill(text);
  await scope.getByRole('option', { name, exact: true }).click();
}

/** Asks `read` again until it gives `expected` (compared as JSON), failing after `ms`. */
export async function eventually<T>(read: () => Promise<T>, expected: T, ms = 10_000) {
  const until = Date.now() + ms;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}
