/**
 * The admins' webhook pages in a real browser, against receivers on this machine: registering
 * webhooks (a bad address refused at its field; the secret shown once and signing what is sent),
 * their deliveries with their status, attempts, the receiver's answer and paging, pausing and
 * resuming, a new secret, deleting; the admin area's navigation; the header of a caller with an
 * API token.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { ADMIN, asAdmin, becomeFirstAdmin, createRecord, useBrowser } from './browser';

let api: RunningApi;
let origin: string;
let page: Page;
const { expectAccessible, screenshot, reopen } = useBrowser(
  (session) => ({ api, origin, page } = session),
);

/** What a receiver got: the path, the signature header and the raw body. */
interface Received {
  path: string;
  signature: string;
  body: string;
}

// One receiver on loopback: `/ok` takes every delivery, `/fail` answers 500 to every one.
let receiver: Server;
const received: Received[] = [];
const receiverUrl = (path: string) =>
  `http://127.0.0.1:${(receiver.address() as AddressInfo).port}${path}`;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, signature: String(request.headers['samverkan-signature']), body });
      if (path === '/ok') response.writeHead(204).end();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end('the receiver is down');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

/** Whether `secret` signed a request, as a receiver checks it. */
function signedWith(secret: string, { signature, body }: Received): boolean {
  const { t, v1 } = Object.fromEntries(signature.split(',').map((part) => part.split('=')));
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

/** Asks `read` every 100 ms until it gives something, for what the API sends in the background. */
async function eventually<T>(read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  for (const start = Date.now(); Date.now() - start < timeoutMs;) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('it did not happen in time');
}

let jamtland: string;
/** A new actor in Jämtlands län, through the API: a change every webhook here is told of. */
const actorIn = (name: string) =>
  createRecord(api, 'actor', {
    name,
    sector: 'BUSINESS',
    level: 'LOCAL',
    type: 'COMPANY',
    areas: [jamtland],
  });

async function signInAsAdmin(next = '/admin/webhooks') {
  await page.goto(`${origin}/sign-in?next=${next}`);
  await page.getByLabel('E-postadress').fill(ADMIN.email);
  await page.getByLabel('Lösenord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`**${next}`);
}

const webhookItem = (path: string) => page.getByRole('listitem', { name: new RegExp(path) });
const shownSecret = () => page.locator('code.shown-once-value').textContent();

test('the admin registers two webhooks from the admin area: a bad address refused, the secret shown once', async () => {
  ({
    area: { id: jamtland },
  } = await asAdmin(api, '{ area(code: "23") { id } }'));
  await becomeFirstAdmin({ api, origin, page });
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
  const adminNav = page.getByRole('navigation', { name: 'Administration' });
  expect(await adminNav.getByRole('link', { name: 'Användare' }).getAttribute('aria-current')).toBe(
    'page',
  );
  await adminNav.getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
  await page.getByText('Inga webhooks ännu.').waitFor();

  const form = page.getByRole('region', { name: 'Registrera en webhook' });
  await form.getByLabel('Mottagarens adress').fill('ftp://register.example.se/hooks');
  await form.getByRole('button', { name: 'Registrera' }).click();
  await form.getByText('Det här är ingen webbadress (https://…).').waitFor();
  expect(await form.getByLabel('Mottagarens adress').getAttribute('aria-invalid')).toBe('true');

  // Only new actors in Jämtlands län, to /ok.
  await form.getByLabel('Mottagarens adress').fill(receiverUrl('/ok'));
  await form.getByLabel('Vad den är till').fill('Kommunens aktörsregister');
  const kinds = form.getByRole('group', { name: 'Slag av poster' });
  await kinds.getByLabel('Aktör', { exact: true }).check();
  await form.getByRole('group', { name: 'Ändringar' }).getByLabel('Skapad').check();
  await form.getByLabel('Land eller län').selectOption({ label: 'Jämtlands län' });
  await form.getByRole('button', { name: 'Lägg till området' }).click();
  await form.getByRole('button', { name: 'Registrera' }).click();
  const okSecret = (await shownSecret())!;
  expect(okSecret).toMatch(/^svw_/);
  expect(await page.evaluate(() => document.activeElement?.className)).toMatch(/shown-once/);
  const ok = webhookItem('/ok');
  await ok.getByText('Aktör', { exact: true }).waitFor();
  await ok.getByText('Skapad', { exact: true }).waitFor();
  await ok.getByText('Jämtlands län').waitFor();
  await ok.getByText('Aktiv').waitFor();
  await ok.getByText('Kommunens aktörsregister').waitFor();
  // The form is empty again.
  expect(await form.getByLabel('Mottagarens adress').inputValue()).toBe('');
  expect(await kinds.getByLabel('Aktör', { exact: true }).isChecked()).toBe(false);

  // Everything, to /fail.
  await form.getByLabel('Mottagarens adress').fill(receiverUrl('/fail'));
  await form.getByRole('button', { name: 'Registrera' }).click();
  await page.waitForFunction((previous) => {
    const value = document.querySelector('code.shown-once-value')?.textContent;
    return value && value !== previous;
  }, okSecret);
  const fail = webhookItem('/fail');
  await fail.getByText('Alla slag', { exact: true }).waitFor();
  await fail.getByText('Alla ändringar').waitFor();
  await fail.getByText('Hela registret').waitFor();
  await expectAccessible();
  await screenshot('laptop-admin-webhooks');

  // A new actor in Jämtland reaches /ok, signed with the secret shown.
  await actorIn('Webbkrokens testbolag');
  const delivered = await eventually(() =>
    received.find((request) => request.path === '/ok' && request.body.includes('Webbkrokens')),
  );
  expect(signedWith(okSecret, delivered)).toBe(true);
});

test('a webhook’s deliveries: delivered, failing with the receiver’s answer, by status, paged; paused after failures in a row', async () => {
  await signInAsAdmin();
  await webhookItem('/ok')
    .getByRole('link', { name: /^Leveranser/ })
    .click();
  await page.getByRole('heading', { level: 1, name: receiverUrl('/ok') }).waitFor();
  expect(await page.title()).toBe(`${receiverUrl('/ok')} – Samverkan`);
  const deliveries = page.getByRole('region', { name: 'Leveranser' });
  const first = deliveries.locator('li.delivery').first();
  await first.getByText('Levererad', { exact: true }).waitFor();
  await first.getByText(/Webbkrokens testbolag/).waitFor();
  await first.getByText(/1 försök · senast .* · svar HTTP 204 · levererad /).waitFor();
  await deliveries.getByText('1 leverans').waitFor();

  // Twenty more changes: the webhook to /fail tries them, and pauses after ten failures in a row.
  for (let n = 1; n <= 21; n++) await actorIn(`Bolag nummer ${n}`);
  await page.goto(`${origin}/admin/webhooks`);
  await page.getByRole('link', { name: receiverUrl('/fail'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: receiverUrl('/fail') }).waitFor();
  for (let tries = 0; tries < 60; tries++) {
    if (await page.getByText('Pausad', { exact: true }).count()) break;
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: receiverUrl('/fail') }).waitFor();
  }
  await page.getByText(/Paused after 10 failed attempts in a row; the last: HTTP 500/).waitFor();
  const failing = page.locator('li.delivery', { hasText: 'Försöks igen' }).first();
  await failing.getByText(/svar HTTP 500 · skickas när webhooken återupptas/).waitFor();
  await failing.getByText('HTTP 500: the receiver is down').waitFor();
  // While paused, what was never attempted waits for it to be resumed.
  await page
    .locator('li.delivery', { hasText: 'Väntar' })
    .first()
    .getByText('0 försök · skickas när webhooken återupptas')
    .waitFor();

  const list = page.getByRole('region', { name: 'Leveranser' }).locator('li.delivery');
  await page.getByText(/^\d+ leveranser$/).waitFor();
  expect(await list.count()).toBe(20);
  await page.getByRole('button', { name: 'Visa äldre leveranser' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.delivery').length > 20);
  expect(await page.getByRole('button', { name: 'Visa äldre leveranser' }).count()).toBe(0);
  await expectAccessible();
  await screenshot('laptop-admin-webhook');

  // By status: none delivered to /fail; the waiting ones never attempted.
  await page.getByLabel('Visa').selectOption({ label: 'Levererad' });
  await page.getByText('Inga leveranser.').waitFor();
  await page.getByLabel('Visa').selectOption({ label: 'Försöks igen' });
  await page.locator('li.delivery').first().getByText('Försöks igen').waitFor();
  expect(await page.locator('li.delivery', { hasNotText: 'Försöks igen' }).count()).toBe(0);

  // In English.
  await page.goto(`${page.url().split('?')[0]}?lang=en`);
  await page.getByRole('heading', { level: 2, name: 'Deliveries' }).waitFor();
  await page.locator('li.delivery', { hasText: 'Retrying' }).first().waitFor();
  await page
    .getByText(/answer HTTP 500 · sent when the webhook is resumed/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  await expectAccessible();
});

test('the admin pauses and resumes a webhook, gives it a new secret, and deletes it', async () => {
  await signInAsAdmin();
  const ok = webhookItem('/ok');
  await ok.getByRole('button', { name: 'Pausa' }).click();
  await ok.getByText('Pausad', { exact: true }).waitFor();
  await ok.getByText(/^Paused by /).waitFor();
  await ok.getByRole('button', { name: 'Återuppta' }).click();
  await ok.getByText('Aktiv', { exact: true }).waitFor();

  await ok.getByRole('link', { name: receiverUrl('/ok'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: receiverUrl('/ok') }).waitFor();
  await page.getByRole('button', { name: 'Byt hemlighet' }).click();
  await page.getByText(/Ge webhooken till .* en ny hemlighet\?/).waitFor();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('P');
  await page.getByRole('button', { name: 'Ja, byt hemligheten' }).click();
  const secret = (await shownSecret())!;
  expect(secret).toMatch(/^svw_/);
  expect(await page.evaluate(() => document.activeElement?.className)).toMatch(/shown-once/);
  await actorIn('Efter den nya hemligheten');
  const signed = await eventually(() =>
    received.find((request) => request.path === '/ok' && request.body.includes('nya hemligheten')),
  );
  expect(signedWith(secret, signed)).toBe(true);

  await page.getByRole('button', { name: 'Ta bort' }).click();
  await page.getByText(/Ta bort webhooken till .*\? Dess leveranser/).waitFor();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await page.waitForURL(/\/admin\/webhooks$/);
  // The list, shown from the cache at once, is read again without it.
  await webhookItem('/ok').waitFor({ state: 'detached' });
  await webhookItem('/fail').waitFor();
});

test('the admin pages on a phone', async () => {
  await reopen({ viewport: { width: 390, height: 844 } });
  await signInAsAdmin();
  await webhookItem('/fail').waitFor();
  const overflows = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  expect(await overflows()).toBe(false);
  await screenshot('phone-admin-webhooks');
  await page.getByRole('link', { name: receiverUrl('/fail'), exact: true }).click();
  await page.locator('li.delivery').first().waitFor();
  expect(await overflows()).toBe(false);
  await screenshot('phone-admin-webhook');
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'API-nycklar' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'API-nycklar och tjänstekonton' }).waitFor();
  expect(await overflows()).toBe(false);
  await expectAccessible();
  await screenshot('phone-admin-tokens');
});

test('a caller with an admin API token sees the token in the header, the admin pages, and no signing in or out', async () => {
  await reopen({ extraHTTPHeaders: { authorization: `Bearer ${api.adminToken}` } });
  await page.goto(`${origin}/`);
  const nav = page.getByRole('navigation', { name: 'Sidor' });
  await nav.getByText(/^API-nyckel: /).waitFor();
  expect(await nav.getByRole('link', { name: 'Logga in' }).count()).toBe(0);
  await nav.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
  await page.goto(`${origin}/account`);
  await page.getByText('Du använder tjänsten med en API-nyckel.', { exact: false }).waitFor();
  expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
  expect(await page.getByLabel('Nuvarande lösenord').count()).toBe(0);
  await expectAccessible();
  await page.goto(`${origin}/?lang=en`);
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByText(/^API token: /)
    .waitFor();
  await screenshot('laptop-header-token', false);
});
