import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCli } from './harness';

/*
 * The CLI's writes as a real child process: create and update by a type's import columns, end
 * and retract, merging duplicates, and webhooks with their deliveries.
 */

const cli = useCli('cli_write');
const as = (args: string[], token = cli.api.adminToken!) =>
  cli.samverkan(args, { SAMVERKAN_TOKEN: token });

describe('samverkan create and update', () => {
  const duplicate = [
    '--set',
    'name=ALMI Företagspartner Mitt',
    '--set',
    'slug=almi-foretagspartner-mitt',
    '--set',
    'sector=business',
    '--set',
    'level=REGIONAL',
    '--set',
    'type=BUSINESS_SUPPORT',
    '--set',
    'areas=2380',
  ];

  it('creates a record once; again, it says to update it instead', async () => {
    const first = await as(['create', 'actors', ...duplicate]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^actors \S+ created: name, slug, sector, level, type, areaIds/);
    const again = await as(['create', 'actors', ...duplicate]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('recorded already: change it with samverkan update');
  });

  it('updates only the columns given; a refusal says which field and why', async () => {
    const changed = await as([
      'update',
      'actors',
      'almi-foretagspartner-mitt',
      '--set',
      'website=https://mitt.almi.se',
    ]);
    expect(changed).toMatchObject({ code: 0 });
    expect(changed.stdout).toMatch(/updated: website\n$/);
    const bad = await as([
      'update',
      'actors',
      'almi-foretagspartner-mitt',
      '--set',
      'website=not a url',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('website');
    const unknown = await as([
      'update',
      'actors',
      'no-such-actor',
      '--set',
      'website=https://x.se',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('samverkan search');
    const column = await as(['update', 'actors', 'almi', '--set', 'webbplats=x']);
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('They have: slug, name');
  });

  it('a reader may not write (exit 3)', async () => {
    const token = await cli.asAdmin(
      `mutation { apiTokenCreate(input: { name: "reader", serviceAccountRole: VIEWER }) { secret } }`,
    );
    const refused = await as(
      ['update', 'actors', 'almi', '--set', 'website=https://x.se'],
      token.apiTokenCreate.secret,
    );
    expect(refused.code).toBe(3);
  });
});

describe('samverkan tokens create', () => {
  it("makes a service account's token limited to an area, its secret shown once", async () => {
    const made = await as([
      'tokens',
      'create',
      '--name',
      'kommunens import',
      '--role',
      'EDITOR',
      '--area',
      '2380',
    ]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('kommunens import');
    const secret = /\n(svk_\S+)\n$/.exec(made.stdout)![1];
    const who = await as(['whoami'], secret);
    expect(who.stdout).toContain('EDITOR');
    const unlimited = await as(['tokens', 'create', '--name', 'x', '--role', 'EDITOR']);
    expect(unlimited.code).toBe(1);
    expect(unlimited.stderr).toContain('areas');
  });
});

describe('samverkan merge, end and retract', () => {
  it('merges the duplicate into the survivor; its slug then leads there', async () => {
    const merged = await as(['merge', 'actors', 'almi', 'almi-foretagspartner-mitt']);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('merged almi-foretagspartner-mitt into Almi (almi)');
    const shown = await as(['actors', 'show', 'almi-foretagspartner-mitt', '--json']);
    expect(JSON.parse(shown.stdout).slug).toBe('almi');
  });

  it('ends a position on a day, and retracts one entered by mistake', async () => {
    const people = await cli.asAdmin(`{ people(first: 1) { nodes { slug positions { id } } } }`);
    const [person] = people.people.nodes;
    const [first, second] = person.positions as { id: string }[];
    const ended = await as(['end', 'positions', first.id, '--on', '2026-12-31']);
    expect(ended).toMatchObject({ code: 0, stdout: `ended position ${first.id}\n` });
    if (second) {
      const retracted = await as(['retract', 'positions', second.id, '--reason', 'Entered twice']);
      expect(retracted).toMatchObject({ code: 0 });
    }
    const noReason = await as(['retract', 'positions', first.id]);
    expect(noReason.code).toBe(2);
    const wrongType = await as(['end', 'topics', 'x']);
    expect(wrongType.code).toBe(2);
  });
});

describe('samverkan webhooks', () => {
  let receiver: Server;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      received.push(String(request.headers['samverkan-event-id']));
      response.end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));

  it('registers a receiver, shows its secret once, and lists its deliveries', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const created = await as([
      'webhooks',
      'create',
      '--receiver',
      url,
      '--type',
      'actor',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const { webhook, secret } = JSON.parse(created.stdout);
    expect(secret).toMatch(/^svw_/);
    const listed = await as(['webhooks', 'list']);
    expect(listed.stdout).toContain(url);
    expect(listed.stdout).not.toContain(secret);
    await as(['update', 'actors', 'almi', '--set', 'website=https://www.almi.se']);
    for (let tries = 0; tries < 100 && received.length === 0; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received.length).toBeGreaterThan(0);
    const deliveries = await as(['webhooks', 'deliveries', webhook.id, '--json']);
    expect(JSON.parse(deliveries.stdout)).toContainEqual(
      expect.objectContaining({ eventId: received[0], status: 'DELIVERED' }),
    );
    const viewer = await as(['webhooks', 'list'], '');
    expect(viewer.code).toBe(3);
  });
});
