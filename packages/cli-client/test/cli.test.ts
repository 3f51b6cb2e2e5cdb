import { createServer } from 'node:net';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rows, summary, useCli } from './harness';

const cli = useCli('cli_test');
const { samverkan, asAdmin } = cli;

/** A port nothing listens on: the kernel hands it out, we close it again. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('samverkan actors list', () => {
  it('searches and prints an aligned table with the total', async () => {
    const { code, stdout, stderr } = await samverkan(['actors', 'list', '--search', 'läns']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+SHORT NAME\s+SECTOR\s+LEVEL\s+AREAS\s+SLUG$/);
    const found = rows(stdout);
    expect(found).toHaveLength(2);
    expect(found.some((row) => row.startsWith('Länsstyrelsen Jämtlands län '))).toBe(true);
    expect(found.some((row) => row.startsWith('Länsstyrelsen Västerbotten '))).toBe(true);
    // Aligned: every row's SECTOR starts in the header's SECTOR column.
    const sectorColumn = lines[0].indexOf('SECTOR');
    for (const row of found) expect(row.slice(sectorColumn)).toMatch(/^PUBLIC /);
    expect(summary(stdout)).toBe('2 actors');
  });

  it('prints the nodes as JSON with --json', async () => {
    const { code, stdout } = await samverkan(['actors', 'list', '--json', '--sector', 'ACADEMIA']);
    expect(code).toBe(0);
    const actors = JSON.parse(stdout) as { slug: string; shortName: string; sector: string }[];
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({
      slug: 'mittuniversitetet',
      shortName: 'MIUN',
      sector: 'ACADEMIA',
    });
  });

  it('refuses an unknown sector with exit code 2, naming the allowed values', async () => {
    const { code, stdout, stderr } = await samverkan(['actors', 'list', '--sector', 'NOPE']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('NOPE');
    expect(stderr).toContain('PUBLIC, BUSINESS, ACADEMIA, CIVIL_SOCIETY');
  });

  it('shows the --first n actors and says how many there are; --limit is its older name', async () => {
    // The seed's size is the API's business; all of it fits in the default of 50.
    const all = await samverkan(['actors', 'list']);
    const total = rows(all.stdout).length;
    expect(total).toBeGreaterThan(5);
    expect(summary(all.stdout)).toBe(`${total} actors`);

    const slugs = (output: string) => rows(output).map((row) => row.split(/\s+/).at(-1));
    for (const flag of ['--first', '--limit']) {
      const { code, stdout } = await samverkan(['actors', 'list', flag, '5']);
      expect(code).toBe(0);
      expect(slugs(stdout)).toEqual(slugs(all.stdout).slice(0, 5));
      expect(summary(stdout)).toBe(`showing 5 of ${total} actors (--first <n> or --all for more)`);
    }
  });

  it('says so when the API cannot be reached', async () => {
    const { code, stderr } = await samverkan(['actors', 'list'], {
      SAMVERKAN_URL: 'http://127.0.0.1:9/graphql',
    });
    expect(code).toBe(4);
    expect(stderr).toContain('cannot reach the Samverkan API at http://127.0.0.1:9/graphql');
    expect(stderr).toContain('Set SAMVERKAN_URL');
  });

  it('names the socket error when nothing listens (--url wins over SAMVERKAN_URL)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const { code, stderr } = await samverkan(['--url', url, 'actors', 'list']);
    expect(code).toBe(4);
    expect(stderr).toContain(`cannot reach the Samverkan API at ${url} (ECONNREFUSED)`);
  });

  it("reports the API's GraphQL errors with their codes", async () => {
    const { code, stderr } = await samverkan(['actors', 'list'], {
      SAMVERKAN_TOKEN: 'not-a-token',
    });
    expect(code).toBe(3);
    expect(stderr).toContain('This API token is unknown or revoked. (UNAUTHENTICATED)');
  });

  it('reports an HTTP error without a GraphQL answer', async () => {
    const { code, stderr } = await samverkan(['actors', 'list'], {
      SAMVERKAN_URL: new URL('/no-such-path', cli.api.url).href,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('answered HTTP 404');
  });
});

describe('samverkan tokens', () => {
  /** A service account's token, an editor of all of Sweden. */
  async function serviceToken(name: string): Promise<{ id: string; secret: string }> {
    const { area } = await asAdmin('{ area(code: "SE") { id } }');
    const data = await asAdmin(
      `mutation ($name: String!, $area: ID!) {
        apiTokenCreate(input: { name: $name, serviceAccountRole: EDITOR, areas: [$area] }) {
          apiToken { id } secret userErrors { message } } }`,
      { name, area: area.id },
    );
    return { id: data.apiTokenCreate.apiToken.id, secret: data.apiTokenCreate.secret };
  }

  it('lists the calling token, and all tokens for an admin', async () => {
    const robot = await serviceToken('cli robot');
    const own = await samverkan(['tokens', 'list'], { SAMVERKAN_TOKEN: robot.secret });
    expect(own.stderr).toBe('');
    const lines = own.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+PREFIX\s+SCOPES\s+FOR\s+AREAS\s+EXPIRES\s+LAST USED$/);
    expect(rows(own.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${robot.id}\\s+cli robot\\s+svk_\\w{6}\\s+READ,WRITE\\s+service account \\(EDITOR\\)\\s+Sverige\\s+\\d{4}-\\d\\d-\\d\\d`,
        ),
      ),
    ]);
    expect(lines.at(-1)).toBe('1 token');

    const all = await samverkan(['tokens', 'list', '--all', '--json'], {
      SAMVERKAN_TOKEN: cli.api.adminToken!,
    });
    const names = (JSON.parse(all.stdout) as { name: string }[]).map((token) => token.name);
    expect(names).toEqual(expect.arrayContaining(['cli robot', 'first admin']));
    const refused = await samverkan(['tokens', 'list', '--all'], { SAMVERKAN_TOKEN: robot.secret });
    expect([refused.code, refused.stderr]).toEqual([3, expect.stringContaining('(FORBIDDEN)')]);
  });

  it('revokes a token, which then no longer works; another holder cannot', async () => {
    const first = await serviceToken('first robot');
    const second = await serviceToken('second robot');
    const refused = await samverkan(['tokens', 'revoke', first.id], {
      SAMVERKAN_TOKEN: second.secret,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('None of the tokens you may revoke has this id.');

    const revoked = await samverkan(['tokens', 'revoke', first.id], {
      SAMVERKAN_TOKEN: first.secret,
    });
    expect([revoked.code, revoked.stdout]).toEqual([
      0,
      `revoked ${first.id}: it no longer works\n`,
    ]);
    const after = await samverkan(['tokens', 'list'], { SAMVERKAN_TOKEN: first.secret });
    expect([after.code, after.stderr]).toEqual([3, expect.stringContaining('(UNAUTHENTICATED)')]);
  });
});

describe('samverkan login, whoami and logout', () => {
  it('keeps a token the API takes, for the user alone, and uses it until logout', async () => {
    const refused = await samverkan(['login', '--token', 'svk_not-a-token']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('(UNAUTHENTICATED)');
    await expect(stat(join(cli.configHome, 'samverkan', 'login.json'))).rejects.toThrow();

    const login = await samverkan(['login', '--token', cli.api.adminToken!]);
    expect([login.code, login.stderr]).toEqual([0, '']);
    expect(login.stdout).toContain(
      `logged in to ${cli.api.url} as the service account token "first admin", ADMIN`,
    );
    const kept = await stat(join(cli.configHome, 'samverkan', 'login.json'));
    expect(kept.mode & 0o777).toBe(0o600);

    // Without SAMVERKAN_URL and SAMVERKAN_TOKEN the kept login is used.
    const whoami = await samverkan(['whoami'], { SAMVERKAN_URL: '' });
    expect(whoami.stdout).toBe(
      `the service account token "first admin", ADMIN\nAPI: ${cli.api.url} (from login)\ntoken from login\n`,
    );
    // The kept token goes to the address it was kept for only.
    const elsewhere = await samverkan(['--url', 'http://127.0.0.1:9/graphql', 'whoami', '--json']);
    expect(elsewhere.code).toBe(4);
    // SAMVERKAN_TOKEN wins over the kept one.
    const other = await samverkan(['whoami', '--json'], { SAMVERKAN_TOKEN: 'svk_not-a-token' });
    expect(other.code).toBe(3);

    const logout = await samverkan(['logout']);
    expect(logout.stdout).toContain('logged out');
    const anonymous = await samverkan(['whoami']);
    expect(anonymous.stdout).toContain('anonymous (no token)');
  });
});

describe('samverkan query', () => {
  it('sends a document of your own with its variables and prints the data as JSON', async () => {
    const file = join(cli.configHome, 'actors.graphql');
    await writeFile(
      file,
      'query ($search: String, $first: Int) { actors(filter: { search: $search }, first: $first) { totalCount nodes { slug } } }',
    );
    const { code, stdout, stderr } = await samverkan([
      'query',
      file,
      '--var',
      'search=läns',
      '--var',
      'first=1',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const data = JSON.parse(stdout) as { actors: { totalCount: number; nodes: unknown[] } };
    expect(data.actors.nodes).toHaveLength(1);
    expect(data.actors.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('tells a file it cannot read, one that is no GraphQL, and a malformed variable apart', async () => {
    const missing = await samverkan(['query', join(cli.configHome, 'none.graphql')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('cannot read')]);
    const broken = join(cli.configHome, 'broken.graphql');
    await writeFile(broken, '{ actors { ');
    const notGraphQL = await samverkan(['query', broken]);
    expect([notGraphQL.code, notGraphQL.stderr]).toEqual([
      1,
      expect.stringContaining('is not a GraphQL document: Syntax Error'),
    ]);
    const badVariable = await samverkan(['query', broken, '--var', 'nothing']);
    expect(badVariable.code).toBe(2);
    expect(badVariable.stderr).toContain('It must be name=value');
  });
});
