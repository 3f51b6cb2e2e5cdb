import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { BIN, useCli } from './harness';
import { POPOLO_SCHEMA } from './popolo-schema';

/*
 * `samverkan import` and `export` as a real child process against real APIs: a seeded register
 * and an empty one.
 */

// The export tests come first, while the seeded register holds the seed alone.
const seeded = useCli('transfer_seeded');
const empty = useCli('transfer_empty', { seed: false });
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samverkan-transfer-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const as = (cli: typeof seeded) => (args: string[]) =>
  cli.samverkan(args, { SAMVERKAN_TOKEN: cli.api.adminToken! });

async function actorCount(cli: typeof seeded): Promise<number> {
  const data = await cli.asAdmin('{ actors(filter: { includeArchived: true }) { totalCount } }');
  return data.actors.totalCount as number;
}

/**
 * The count of actors once it has stayed the same for three seconds, longer than a batch of 250
 * takes: the write under way when the CLI was killed has ended.
 */
async function settledCount(cli: typeof seeded): Promise<number> {
  let last = await actorCount(cli);
  for (let same = 0, tries = 0; same < 3 && tries < 30; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await actorCount(cli);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** A CSV of `count` new actors (a BOM, Swedish letters, a quoted comma); `bad` rows refused. */
function actorsCsv(count: number, bad: Set<number>, prefix: string): string {
  const lines = ['\ufeffslug,name,sector,level,type,areas,website'];
  for (let i = 1; i <= count; i += 1) {
    const name = bad.has(i) ? '' : `Företag ${prefix} ${i}, Östersund`;
    const website = i % 1000 === 7 ? 'not a url' : `https://${prefix}${i}.example.se`;
    lines.push(`${prefix}-${i},"${name}",BUSINESS,LOCAL,COMPANY,2380,${website}`);
  }
  return `${lines.join('\n')}\n`;
}

const TYPES = [
  'actors',
  'people',
  'positions',
  'topics',
  'strategies',
  'forums',
  'memberships',
  'responsibilities',
];

describe('samverkan export', () => {
  it('export, then import into an empty register, gives the same records', async () => {
    for (const format of ['csv', 'jsonl']) {
      for (const type of TYPES) {
        const out = join(folder, `${type}.${format}`);
        const exported = await as(seeded)([
          'export',
          '--type',
          type,
          '--format',
          format,
          '--output',
          out,
        ]);
        expect({ type, code: exported.code, stderr: exported.stderr }).toEqual({
          type,
          code: 0,
          stderr: '',
        });
      }
    }
    for (const type of TYPES) {
      const imported = await as(empty)([
        'import',
        join(folder, `${type}.csv`),
        '--type',
        type,
        '--quiet',
      ]);
      expect({ type, code: imported.code, stdout: imported.stdout }).toMatchObject({
        type,
        code: 0,
      });
    }
    for (const format of ['csv', 'jsonl']) {
      for (const type of TYPES) {
        const out = join(folder, `again-${type}.${format}`);
        await as(empty)(['export', '--type', type, '--format', format, '--output', out]);
        const [first, again] = await Promise.all(
          [join(folder, `${type}.${format}`), out].map((file) => readFile(file, 'utf8')),
        );
        expect({ type, format, text: again }).toEqual({ type, format, text: first });
      }
    }
    // And importing the JSON Lines back changes nothing.
    for (const type of TYPES) {
      const { stdout } = await as(empty)([
        'import',
        join(folder, `${type}.jsonl`),
        '--type',
        type,
        '--json',
      ]);
      expect({ type, ...JSON.parse(stdout) }).toMatchObject({
        type,
        created: 0,
        updated: 0,
        failed: 0,
      });
    }
  }, 240_000);

  it('writes the whole register as Popolo JSON that validates', async () => {
    const file = join(folder, 'region.popolo.json');
    const { code } = await as(seeded)(['export', '--format', 'popolo', '--output', file]);
    expect(code).toBe(0);
    const popolo = JSON.parse(await readFile(file, 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(POPOLO_SCHEMA);
    expect((validate.errors ?? validate(popolo)) ? [] : validate.errors).toEqual([]);
    // Every membership names an organization (and person) the document holds.
    const ids = new Set(
      [...popolo.organizations, ...popolo.persons].map((o: { id: string }) => o.id),
    );
    for (const membership of popolo.memberships) {
      expect(ids.has(membership.organization_id)).toBe(true);
      expect(ids.has(membership.person_id ?? membership.member.id)).toBe(true);
    }
    expect(popolo.persons.length).toBeGreaterThan(0);
    expect(popolo.areas.some((area: { id: string }) => area.id === 'area:2380')).toBe(true);
  });
});

describe('samverkan import', () => {
  // Rows 100, 2500 and 4999 have no name; rows 7, 1007… have a website that is no URL.
  const bad = new Set([100, 2500, 4999]);
  const refused = [...bad, 7, 1007, 2007, 3007, 4007].sort((a, b) => a - b);
  let file: string;

  beforeAll(async () => {
    file = join(folder, 'actors.csv');
    await writeFile(file, actorsCsv(5000, bad, 'imp'), 'utf8');
  });

  it('all or nothing: 5,000 rows with bad ones write nothing and say which and why', async () => {
    const before = await actorCount(seeded);
    const { code, stdout } = await as(seeded)(['import', file, '--type', 'actors', '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toContain('row 100 (line 101): name: ');
    expect(stdout).toContain('row 7 (line 8): website: ');
    expect(stdout).toContain('nothing was written');
    expect(await actorCount(seeded)).toBe(before);
  }, 120_000);

  it('per item: exactly the good rows are written, the bad ones go to a rejects file', async () => {
    const before = await actorCount(seeded);
    const rejects = join(folder, 'rejects.csv');
    const { code, stdout } = await as(seeded)([
      'import',
      file,
      '--type',
      'actors',
      '--per-item',
      '--rejects',
      rejects,
      '--json',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      rows: 5000,
      created: 5000 - refused.length,
      failed: refused.length,
    });
    expect(report.failures.map((f: { number: number }) => f.number)).toEqual(refused);
    expect(await actorCount(seeded)).toBe(before + 5000 - refused.length);
    const rejected = await readFile(rejects, 'utf8');
    expect(rejected.split('\n')[0]).toBe('slug,name,sector,level,type,areas,website,errors');
    expect(rejected).toContain('imp-7,"Företag imp 7, Östersund"');
  }, 120_000);

  it('the same import again changes nothing', async () => {
    const before = await actorCount(seeded);
    const { stdout } = await as(seeded)([
      'import',
      file,
      '--type',
      'actors',
      '--per-item',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 5000 - refused.length,
    });
    expect(await actorCount(seeded)).toBe(before);
  }, 120_000);

  it('killed half-way, it leaves whole batches; run again, it completes', async () => {
    const whole = join(folder, 'whole.csv');
    await writeFile(
      whole,
      actorsCsv(3000, new Set(), 'kill').replace(/not a url/g, 'https://ok.example.se'),
    );
    const before = await actorCount(seeded);
    const args = [BIN, 'import', whole, '--type', 'actors', '--batch-size', '250', '--per-item'];
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        SAMVERKAN_URL: seeded.api.url,
        SAMVERKAN_TOKEN: seeded.api.adminToken,
      },
    });
    // Progress goes to standard error a batch at a time: kill it once one batch is written.
    await new Promise<void>((resolve) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (/writing: \d+\/3000/.test(chunk)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    // The batch it had sent when killed still commits (or not) on the API: wait until it has.
    const settled = await settledCount(seeded);
    const written = settled - before;
    expect(written % 250).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(3000);
    const { stdout } = await as(seeded)([
      'import',
      whole,
      '--type',
      'actors',
      '--per-item',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      created: 3000 - written,
      unchanged: written,
      failed: 0,
    });
    expect(await actorCount(seeded)).toBe(before + 3000);
  }, 120_000);

  it('a dry run reports what would change and writes nothing', async () => {
    const one = join(folder, 'one.jsonl');
    await writeFile(
      one,
      `${JSON.stringify({
        slug: 'imp-1',
        name: 'Företag imp 1 AB',
        sector: 'BUSINESS',
        level: 'LOCAL',
        type: 'COMPANY',
      })}\n`,
    );
    const before = await actorCount(seeded);
    const { code, stdout } = await as(seeded)(['import', one, '--type', 'actors', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('(a dry run: nothing written)');
    expect(stdout).toContain('would be created 0 · updated 1');
    expect(await actorCount(seeded)).toBe(before);
  });

  it('sends large rows in batches small enough for the API', async () => {
    const long = join(folder, 'long.jsonl');
    const description = 'Lång beskrivning av verksamheten. '.repeat(140);
    const lines = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        slug: `lang-${i}`,
        name: `Långt företag ${i}`,
        sector: 'BUSINESS',
        level: 'LOCAL',
        type: 'COMPANY',
        description,
      }),
    );
    await writeFile(long, `${lines.join('\n')}\n`);
    const { code, stdout } = await as(seeded)(['import', long, '--type', 'actors', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ created: 300, failed: 0 });
  }, 60_000);

  it('tells what is wrong with the file before sending anything', async () => {
    const odd = join(folder, 'odd.csv');
    await writeFile(odd, 'slug,nme\nx,y\n');
    const { code, stderr } = await as(seeded)(['import', odd, '--type', 'actors']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown column nme');
    expect(stderr).toContain('The columns are: slug, name');
  });
});
