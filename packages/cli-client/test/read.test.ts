import { rows, summary, useCli, type Run } from './harness';

/**
 * The read commands against the real API on its seed data (Jämtland Härjedalen): each command's
 * table and --json, a filter of each list, and what an unknown slug or code tells.
 */
const cli = useCli('cli_read');
const { samverkan, asAdmin } = cli;

/** A run that succeeded: exit 0, nothing on stderr. */
async function ok(args: string[]): Promise<string> {
  const result: Run = await samverkan(args);
  expect([args.join(' '), result.code, result.stderr]).toEqual([args.join(' '), 0, '']);
  return result.stdout;
}

/** The parsed --json output of a run that succeeded. */
async function json<T = any>(args: string[]): Promise<T> {
  return JSON.parse(await ok([...args, '--json'])) as T;
}

/** The table's heading, with its columns. */
const header = (stdout: string) => stdout.split('\n')[0];

/** A column of the table's rows, by the heading's position (cells are left-aligned). */
function column(stdout: string, name: string): string[] {
  const start = header(stdout).indexOf(name);
  return rows(stdout).map((row) => row.slice(start).split(/ {2,}/)[0].trim());
}

/** A user error: exit 1, nothing on stdout, the message on stderr. */
async function refused(args: string[], ...messages: string[]): Promise<void> {
  const result = await samverkan(args);
  expect([args.join(' '), result.code, result.stdout]).toEqual([args.join(' '), 1, '']);
  for (const message of messages) expect(result.stderr).toContain(message);
}

describe('actors', () => {
  it('lists the actors working in an area or within it (--area code)', async () => {
    const stdout = await ok(['actors', 'list', '--area', '23']);
    expect(column(stdout, 'SLUG')).toEqual(
      expect.arrayContaining(['region-jamtland-harjedalen', 'lansstyrelsen-jamtlands-lan']),
    );
    expect(column(stdout, 'SLUG')).not.toContain('lansstyrelsen-vasterbotten');
    for (const areas of column(stdout, 'AREAS')) expect(areas).toMatch(/(^|,)23/);
    await refused(['actors', 'list', '--area', '99'], 'no area has the code or ID "99"');
  });

  it('shows an actor by slug or ID, for people and as JSON', async () => {
    const stdout = await ok(['actors', 'show', 'region-jamtland-harjedalen']);
    expect(stdout).toMatch(/^Region Jämtland Härjedalen\n\nslug: +region-jamtland-harjedalen\n/);
    expect(stdout).toMatch(/\nPeople:\n {2}NAME +TITLE .*\n {2}Jonas Andersson +Regionråd/);
    expect(stdout).toMatch(/\nForums:\n(.*\n)* {2}Länspartnerskapet +MEMBER/);
    expect(stdout).toMatch(
      /\nResponsibilities:\n(.*\n)* {2}Region Jämtland Härjedalen +CONVENES +R/,
    );

    const actor = await json(['actors', 'show', 'region-jamtland-harjedalen']);
    expect(actor).toMatchObject({ slug: 'region-jamtland-harjedalen', sector: 'PUBLIC' });
    expect(actor.positions.map((position: any) => position.person.slug)).toContain('maria-kumpula');
    expect(await json(['actors', 'show', actor.id])).toEqual(actor);
  });

  it('says what to do when no actor has the slug, or the ID is of another record', async () => {
    await refused(
      ['actors', 'show', 'no-such-actor'],
      'no actor has the slug or ID "no-such-actor"',
      'Look for it with: samverkan search "no-such-actor" --kind ACTOR',
    );
    const forum = await json(['forums', 'show', 'lanspartnerskapet']);
    await refused(
      ['actors', 'show', forum.id],
      `"${forum.id}" is the ID of the forum "Länspartnerskapet", not of an actor.`,
    );
  });
});

describe('people', () => {
  it('lists people with their positions, and finds them by name', async () => {
    const all = await ok(['people', 'list']);
    expect(header(all)).toMatch(/^NAME +POSITIONS +SLUG$/);
    expect(rows(all)).toContainEqual(
      expect.stringMatching(
        /^Maria Kumpula +ansvarig tjänsteperson, Region Jämtland Härjedalen +maria-kumpula$/,
      ),
    );
    const found = await ok(['people', 'list', '--search', 'kumpula']);
    expect(column(found, 'SLUG')).toEqual(['maria-kumpula']);
    expect(summary(found)).toBe('1 person');
    const people = await json(['people', 'list', '--search', 'kumpula']);
    expect(people).toEqual([
      expect.objectContaining({ slug: 'maria-kumpula', name: 'Maria Kumpula' }),
    ]);
  });

  it('shows a person, and says so when nobody has the slug', async () => {
    const stdout = await ok(['people', 'show', 'jonas-andersson']);
    expect(stdout).toMatch(/\nPositions:\n(.*\n)* {2}Regionråd +Region Jämtland Härjedalen/);
    const person = await json(['people', 'show', 'jonas-andersson']);
    expect(person).toMatchObject({ slug: 'jonas-andersson', name: 'Jonas Andersson' });
    await refused(
      ['people', 'show', 'nobody-at-all'],
      'no person has the slug or ID "nobody-at-all"',
    );
  });
});

describe('forums', () => {
  it('lists forums by kind, status and area', async () => {
    const partnerships = await ok(['forums', 'list', '--kind', 'partnership']);
    expect(header(partnerships)).toMatch(/^NAME +SHORT NAME +KIND +STATUS +AREA +SLUG$/);
    expect(column(partnerships, 'SLUG')).toEqual([
      'lanspartnerskapet',
      'strukturfondspartnerskapet',
    ]);
    expect(column(partnerships, 'KIND')).toEqual(['PARTNERSHIP', 'PARTNERSHIP']);

    const inCounty = await json(['forums', 'list', '--area', '23', '--status', 'ACTIVE']);
    expect(inCounty.map((forum: any) => forum.slug)).toContain('lanspartnerskapet');
    for (const forum of inCounty)
      expect(forum).toMatchObject({ status: 'ACTIVE', area: { code: '23' } });
  });

  it('shows a forum with its members, and says so when none has the slug', async () => {
    const stdout = await ok(['forums', 'show', 'lanspartnerskapet']);
    expect(stdout).toMatch(/^Länspartnerskapet\n/);
    expect(stdout).toMatch(/\nMembers:\n(.*\n)* {2}Mittuniversitetet +MEMBER/);
    const forum = await json(['forums', 'show', 'lanspartnerskapet']);
    expect(forum.members.map((membership: any) => membership.member.slug)).toContain('almi');
    await refused(
      ['forums', 'show', 'no-such-forum'],
      'no forum has the slug or ID "no-such-forum"',
    );
  });
});

describe('strategies', () => {
  it('lists strategies, by kind and by owner (an actor by slug)', async () => {
    const all = await ok(['strategies', 'list']);
    expect(column(all, 'SLUG')).toEqual(['rus', 'rsp']);
    const owned = await ok(['strategies', 'list', '--owner', 'region-jamtland-harjedalen']);
    expect(column(owned, 'SLUG')).toEqual(['rus']);
    expect(column(owned, 'OWNER')).toEqual(['Region Jämtland Härjedalen']);
    const programmes = await json(['strategies', 'list', '--kind', 'PROGRAMME']);
    expect(programmes.map((strategy: any) => strategy.slug)).toEqual(['rsp']);
    await refused(
      ['strategies', 'list', '--owner', 'nobody'],
      'no actor has the slug or ID "nobody"',
    );
  });

  it('shows a strategy, and says so when none has the slug', async () => {
    const stdout = await ok(['strategies', 'show', 'rus']);
    expect(stdout).toMatch(/^Regional utvecklingsstrategi för Jämtland Härjedalen\n/);
    expect(stdout).toMatch(/\nowner: +Region Jämtland Härjedalen\n/);
    expect(await json(['strategies', 'show', 'rus'])).toMatchObject({
      slug: 'rus',
      area: { code: '23' },
    });
    await refused(['strategies', 'show', 'no-plan'], 'no strategy has the slug or ID "no-plan"');
  });
});

describe('areas', () => {
  it('lists areas by kind and by parent, paging through the API with --all', async () => {
    const counties = await ok(['areas', 'list', '--kind', 'COUNTY', '--first', '2']);
    expect(header(counties)).toMatch(/^CODE +NAME +KIND +WITHIN$/);
    expect(summary(counties)).toBe('showing 2 of 21 areas (--first <n> or --all for more)');
    expect(rows(await ok(['areas', 'list', '--kind', 'COUNTY', '--all']))).toHaveLength(21);

    const municipalities = await ok(['areas', 'list', '--parent', '23']);
    expect(column(municipalities, 'CODE')).toContain('2380');
    expect(new Set(column(municipalities, 'WITHIN'))).toEqual(new Set(['23 Jämtlands län']));

    // More than the API's page of 100: every area once.
    const every = await json(['areas', 'list', '--all']);
    expect(every.length).toBeGreaterThan(300);
    expect(new Set(every.map((area: any) => area.code)).size).toBe(every.length);
  });

  it('shows an area by code, and says so when none has it', async () => {
    const stdout = await ok(['areas', 'show', '23']);
    expect(stdout).toMatch(/^Jämtlands län\n\ncode: +23\n/);
    expect(stdout).toMatch(/\nAreas within it:\n(.*\n)* {2}2380 +Östersund +MUNICIPALITY/);
    expect(await json(['areas', 'show', '2380'])).toMatchObject({
      code: '2380',
      name: 'Östersund',
    });
    await refused(
      ['areas', 'show', '99'],
      'no area has the code or ID "99"',
      'samverkan search "99" --kind AREA',
    );
  });
});

describe('responsibilities', () => {
  it("lists a forum's responsibilities, by role, and an actor's as JSON", async () => {
    const stdout = await ok(['responsibilities', 'list', '--forum', 'webinarier-under-varen-2019']);
    expect(header(stdout)).toMatch(/^ACTOR +ROLE +RACI +FOR +PERSON +STATUS +VALID +ID$/);
    expect(column(stdout, 'ROLE').sort()).toEqual(['CONVENES', 'FUNDS']);
    expect(summary(stdout)).toBe('2 responsibilities');
    const funds = await ok([
      'responsibilities',
      'list',
      '--forum',
      'webinarier-under-varen-2019',
      '--role',
      'FUNDS',
    ]);
    expect(column(funds, 'ACTOR')).toEqual(['Europeiska jordbruksfonden för landsbygdsutveckling']);

    const held = await json(['responsibilities', 'list', '--actor', 'region-jamtland-harjedalen']);
    expect(held.map((row: any) => row.role).sort()).toEqual(['CONVENES', 'LEADS']);
    expect(held.map((row: any) => row.subject.__typename).sort()).toEqual(['Area', 'Forum']);
  });

  it('lists them as the register said at a moment (--known-at)', async () => {
    const before = await ok([
      'responsibilities',
      'list',
      '--area',
      '23',
      '--known-at',
      '2001-01-01',
    ]);
    expect(summary(before)).toBe('0 responsibilities');
    const now = await ok(['responsibilities', 'list', '--area', '23']);
    expect(column(now, 'ROLE')).toEqual(['LEADS']);
  });

  it('shows one by ID, and says where IDs are when none has it', async () => {
    const [first] = await json(['responsibilities', 'list', '--forum', 'lanspartnerskapet']);
    const stdout = await ok(['responsibilities', 'show', first.id]);
    expect(stdout).toMatch(/^Region Jämtland Härjedalen CONVENES forum Länspartnerskapet\n/);
    expect(stdout).toMatch(/\nmandate: +Regionalt utvecklingsansvarig aktör \(RUA\)/);
    expect(await json(['responsibilities', 'show', first.id])).toMatchObject({
      id: first.id,
      role: 'CONVENES',
    });
    await refused(
      ['responsibilities', 'show', 'nope'],
      'no responsibility has the ID "nope"',
      'samverkan responsibilities list --actor <slug>',
    );
  });
});

describe('search', () => {
  it('finds records of the kinds asked for, best first, with the command that shows each', async () => {
    const stdout = await ok(['search', 'läns', 'part', '--kind', 'FORUM']);
    expect(header(stdout)).toMatch(/^KIND +TITLE +MATCHED +MORE WITH$/);
    expect(rows(stdout)[0]).toMatch(
      /^FORUM +Länspartnerskapet +.*samverkan forums show lanspartnerskapet$/,
    );
    expect(new Set(column(stdout, 'KIND'))).toEqual(new Set(['FORUM']));

    const hits = await json(['search', 'mittuniversitet', '--first', '1']);
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'ACTOR',
        title: 'Mittuniversitetet',
        node: expect.objectContaining({ slug: 'mittuniversitetet' }),
      }),
    ]);
    expect(summary(await ok(['search', 'zzzxxyq']))).toBe('0 hits');
  });
});

describe('raci', () => {
  /** Two objectives for the RUS, one led from 2025, one consulted on, the second led by none. */
  beforeAll(async () => {
    const ids = await asAdmin(
      `{ rus: strategy(slug: "rus") { id } region: actor(slug: "region-jamtland-harjedalen") { id }
         almi: actor(slug: "almi") { id } }`,
    );
    const objectives = await asAdmin(
      `mutation ($rus: ID!) {
        one: objectiveCreate(input: { strategy: $rus, code: "1", title: "Ett hållbart näringsliv" }) { objective { id } }
        two: objectiveCreate(input: { strategy: $rus, code: "2", title: "Kompetens" }) { objective { id } } }`,
      { rus: ids.rus.id },
    );
    const created = await asAdmin(
      `mutation ($one: ID!, $region: ID!, $almi: ID!) {
        leads: responsibilityCreate(input: { actor: $region, subject: $one, role: LEADS, validFrom: "2025-01-01" }) { userErrors { message } }
        consulted: responsibilityCreate(input: { actor: $almi, subject: $one, role: CONSULTED }) { userErrors { message } } }`,
      { one: objectives.one.objective.id, region: ids.region.id, almi: ids.almi.id },
    );
    expect([created.leads.userErrors, created.consulted.userErrors]).toEqual([[], []]);
  });

  it("prints a strategy's matrix: actors down, the strategy and its objectives across", async () => {
    const stdout = await ok(['raci', 'rus', '--as-of', '2025-06-01']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'RACI matrix of Regional utvecklingsstrategi för Jämtland Härjedalen on 2025-06-01',
    );
    expect(lines[2]).toMatch(/^ACTOR +RUS +1 +2$/);
    const cell = (actor: string) => lines.find((line) => line.startsWith(actor))!;
    expect(
      cell('Almi')
        .slice(lines[2].indexOf(' 1') + 1)
        .trim(),
    ).toBe('C');
    expect(
      cell('Region Jämtland Härjedalen')
        .slice(lines[2].indexOf(' 1') + 1)
        .trim(),
    ).toBe('A');
    expect(stdout).toContain('\nNobody leads:\n  2 Kompetens\n');

    const matrix = await json(['raci', 'rus', '--as-of', '2025-06-01']);
    expect(matrix.columns.map((column: any) => column.label)).toEqual(['RUS', '1', '2']);
    expect(matrix.gaps.map((gap: any) => gap.code)).toEqual(['2']);
  });

  it('shows the matrix on another day (--as-of) and says where the strategy is not', async () => {
    const before = await json(['raci', 'rus', '--as-of', '2024-06-01']);
    const actors = before.rows.map((row: any) => row.actor.slug);
    expect(actors).toEqual(['almi']);
    await refused(['raci', 'no-plan'], 'no strategy has the slug or ID "no-plan"');
  });
});

describe('history and changes', () => {
  it("prints a record's changes, by slug, code or ID, in English or Swedish", async () => {
    const stdout = await ok(['history', 'lanspartnerskapet']);
    expect(header(stdout)).toMatch(/^WHEN +OPERATION +BY +WHAT$/);
    expect(rows(stdout).at(-1)).toMatch(/ CREATE +The forum "Länspartnerskapet" was created\.$/);
    const swedish = await ok(['history', '23', '--lang', 'SV']);
    expect(rows(swedish).at(-1)).toMatch(/Området "Jämtlands län" skapades\.$/);

    const [responsibility] = await json(['responsibilities', 'list', '--area', '23']);
    const entries = await json(['history', responsibility.id]);
    expect(entries.at(-1)).toMatchObject({ operation: 'CREATE', after: expect.any(Object) });
    await refused(['history', 'nothing-here'], 'no record has the slug, code or ID "nothing-here"');
  });

  it('prints what changed since a moment, of the types asked for, oldest first', async () => {
    const since = new Date().toISOString();
    await asAdmin(
      `mutation { actorCreate(input: { name: "Testbolaget AB", sector: BUSINESS, level: LOCAL, type: COMPANY }) { actor { id } } }`,
    );
    const stdout = await ok(['changes', '--since', since]);
    expect(header(stdout)).toMatch(/^WHEN +OPERATION +TYPE +BY +WHAT +ID$/);
    expect(rows(stdout)).toEqual([
      expect.stringMatching(/ CREATE +ACTOR +.*The actor "Testbolaget AB" was created\. +\S+$/),
    ]);

    const forums = await json(['changes', '--since', '2001-01-01', '--type', 'FORUM', '--all']);
    expect(new Set(forums.map((change: any) => change.recordType))).toEqual(new Set(['FORUM']));
    expect(forums.map((change: any) => change.summary)).toContain(
      'The forum "Länspartnerskapet" was created.',
    );
    const times = forums.map((change: any) => change.occurredAt);
    expect(times).toEqual([...times].sort());

    const page = await ok(['changes', '--since', '2001-01-01', '--first', '3']);
    expect(rows(page)).toHaveLength(3);
    expect(summary(page)).toMatch(/^showing 3 of \d+ changes \(--first <n> or --all for more\)$/);
  });
});
