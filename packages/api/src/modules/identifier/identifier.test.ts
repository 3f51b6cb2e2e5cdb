import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const ACTOR = 'actor { id slug version identifiers { scheme value } }';
const base = { sector: 'BUSINESS', level: 'LOCAL', type: 'COMPANY' };
const orgnr = (value: string) => ({ scheme: 'se-orgnr', value });

/** A payload's user errors as `[field, code]`. */
const refusals = (payload: Record<string, any>) =>
  payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]);

const actorCount = async () =>
  (await api.sql<{ count: number }>(`SELECT count(*)::int AS count FROM actor`))[0].count;

describe('identifiers in external registers', () => {
  it('finds seeded areas by SCB and NUTS codes, in any spelling', async () => {
    const { data } = await api.graphql(`{
      nuts: areaByIdentifier(scheme: "nuts", value: "SE322") { name identifiers { scheme value } }
      lower: areaByIdentifier(scheme: "nuts", value: " se322 ") { name }
      scb: areaByIdentifier(scheme: "scb", value: "2380") { name }
      none: areaByIdentifier(scheme: "scb", value: "2399") { name }
    }`);
    expect(data).toEqual({
      nuts: {
        name: 'Jämtlands län',
        identifiers: [
          { scheme: 'nuts', value: 'SE322' },
          { scheme: 'scb', value: '23' },
        ],
      },
      lower: { name: 'Jämtlands län' },
      scb: { name: 'Östersund' },
      none: null,
    });
  });

  it('stores an organisation number in normal form and finds it by every spelling', async () => {
    const created = await api.mutate(
      'actorCreate',
      { ...base, name: 'Registrerat AB', identifiers: [orgnr(' 2120002411 ')] },
      ACTOR,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.actor.identifiers).toEqual([orgnr('212000-2411')]);
    const { data } = await api.graphql(`{
      a: actorByIdentifier(scheme: "se-orgnr", value: "212000-2411") { slug }
      b: actorByIdentifier(scheme: "se-orgnr", value: "2120002411") { slug }
      c: actorByIdentifier(scheme: "se-orgnr", value: "16212000-2411") { slug }
      d: actorByIdentifier(scheme: " se-orgnr ", value: "162120002411") { slug }
    }`);
    expect(Object.values(data!)).toEqual(Array(4).fill({ slug: 'registrerat-ab' }));

    const updated = await api.mutate(
      'actorUpdate',
      {
        id: created.actor.id,
        version: 1,
        identifiers: [
          { scheme: 'wikidata', value: 'https://www.wikidata.org/wiki/Q10575' },
          { scheme: 'lei', value: '5493 001k jtii gc8y 1r12' },
        ],
      },
      ACTOR,
    );
    expect(updated.actor.identifiers).toEqual([
      { scheme: 'lei', value: '5493001KJTIIGC8Y1R12' },
      { scheme: 'wikidata', value: 'Q10575' },
    ]);
    const gone = await api.graphql(
      `{ actorByIdentifier(scheme: "se-orgnr", value: "212000-2411") { slug } }`,
    );
    expect(gone.data!.actorByIdentifier).toBeNull();
  });

  it('refuses values that fail their check, unknown schemes, schemes of other records and repeats', async () => {
    await api.mutate(
      'actorCreate',
      { ...base, name: 'Först AB', identifiers: [orgnr('2021005489')] },
      ACTOR,
    );
    const before = await actorCount();
    const payload = await api.mutate(
      'actorCreate',
      {
        ...base,
        name: 'Sen AB',
        identifiers: [
          orgnr('16202100-5489'),
          { scheme: 'Org Nr', value: 'x' },
          { scheme: 'se-orgnr', value: '212000-2412' },
          { scheme: 'scb', value: '2380' },
          { scheme: 'se-vat', value: 'hello world' },
          { scheme: 'lei', value: 'Q'.repeat(10_000) },
          { scheme: 'wikidata', value: '  ' },
        ],
      },
      ACTOR,
    );
    expect(refusals(payload)).toEqual([
      ['input.identifiers.1.scheme', 'NOT_FOUND'],
      ['input.identifiers.2.scheme', 'TAKEN'],
      ['input.identifiers.2.value', 'INVALID'],
      ['input.identifiers.3.scheme', 'WRONG_KIND'],
      ['input.identifiers.4.value', 'INVALID'],
      ['input.identifiers.5.value', 'TOO_LONG'],
      ['input.identifiers.6.value', 'REQUIRED'],
      ['input.identifiers.0.value', 'TAKEN'],
    ]);
    const messages = payload.userErrors.map((e: { message: string }) => e.message);
    expect(messages[0]).toBe(
      'No such scheme. The schemes for actors are: lei, se-orgnr, se-vat, wikidata.',
    );
    expect(messages[2]).toMatch(/check digit/);
    expect(messages[3]).toBe(
      'The scheme "scb" is not for actors. The schemes for actors are: lei, se-orgnr, se-vat, wikidata.',
    );
    expect(await actorCount()).toBe(before);
  });

  it('refuses a personal identity number, and neither stores nor repeats it anywhere', async () => {
    const written = () =>
      api.sql(
        `SELECT (SELECT count(*) FROM actor)::int AS actors,
                (SELECT count(*) FROM audit_event)::int AS events`,
      );
    const before = await written();
    for (const [scheme, value] of [
      ['se-orgnr', '811218-9876'],
      ['se-orgnr', '198112189876'],
      ['se-vat', 'SE811218987601'],
    ]) {
      const payload = await api.mutate(
        'actorCreate',
        { ...base, name: 'Enskild firma', identifiers: [{ scheme, value }] },
        ACTOR,
      );
      expect(refusals(payload)).toEqual([['input.identifiers.0.value', 'INVALID']]);
      expect(payload.userErrors[0].message).toMatch(/personal identity number/);
      expect(JSON.stringify(payload)).not.toContain('9876');
    }
    expect(await written()).toEqual(before);
  });

  it('answers a look-up in an unknown scheme with an error naming the known ones', async () => {
    const { data, errors } = await api.graphql(
      `{ areaByIdentifier(scheme: "kommunkod", value: "2380") { name } }`,
    );
    expect(data).toEqual({ areaByIdentifier: null });
    expect(errors![0]).toMatchObject({
      message: 'No such scheme. The schemes for areas are: nuts, scb, wikidata.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'scheme' },
    });
  });

  it('keeps a value stored before the checks through other changes, but checks new ones', async () => {
    const { id } = await api.create('actorCreate', { ...base, name: 'Gammalt AB' });
    await api.sql(
      `INSERT INTO actor_identifier (actor_id, scheme, identifier)
       SELECT id, 'se-orgnr', 'hello world' FROM actor WHERE slug = 'gammalt-ab'`,
    );
    const renamed = await api.mutate(
      'actorUpdate',
      { id, version: 1, name: 'Gammalt och Nytt AB' },
      ACTOR,
    );
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.actor.identifiers).toEqual([orgnr('hello world')]);
    const found = await api.graphql(
      `{ actorByIdentifier(scheme: "se-orgnr", value: "hello world") { name } }`,
    );
    expect(found.data!.actorByIdentifier).toEqual({ name: 'Gammalt och Nytt AB' });

    const changed = await api.mutate(
      'actorUpdate',
      { id, version: 2, identifiers: [orgnr('hello, world')] },
      ACTOR,
    );
    expect(refusals(changed)).toEqual([['input.identifiers.0.value', 'INVALID']]);
  });

  it('gives forums identifiers, found in any spelling', async () => {
    const created = await api.mutate(
      'forumCreate',
      {
        kind: 'NETWORK',
        name: 'Identifierat nätverk',
        identifiers: [{ scheme: 'wikidata', value: 'http://www.wikidata.org/entity/Q4115189' }],
      },
      'forum { slug identifiers { scheme value } }',
    );
    expect(created.forum).toEqual({
      slug: 'identifierat-natverk',
      identifiers: [{ scheme: 'wikidata', value: 'Q4115189' }],
    });
    const { data } = await api.graphql(
      `{ forumByIdentifier(scheme: "wikidata", value: "q4115189") { slug } }`,
    );
    expect(data!.forumByIdentifier).toEqual({ slug: 'identifierat-natverk' });
  });

  it('gives people a Wikidata item and nothing else', async () => {
    const refused = await api.mutate(
      'personCreate',
      { name: 'Anna Andersson', identifiers: [orgnr('2120002411')] },
      'person { id }',
    );
    expect(refusals(refused)).toEqual([['input.identifiers.0.scheme', 'WRONG_KIND']]);
    expect(refused.userErrors[0].message).toBe(
      'The scheme "se-orgnr" is not for people. The schemes for people are: wikidata.',
    );

    const created = await api.mutate(
      'personCreate',
      { name: 'Anna Andersson', identifiers: [{ scheme: 'wikidata', value: 'Q42' }] },
      'person { id version identifiers { scheme value } }',
    );
    expect(created.person.identifiers).toEqual([{ scheme: 'wikidata', value: 'Q42' }]);
    const { data } = await api.graphql(
      `{ personByIdentifier(scheme: "wikidata", value: "https://www.wikidata.org/wiki/Q42") { name } }`,
    );
    expect(data!.personByIdentifier).toEqual({ name: 'Anna Andersson' });

    const cleared = await api.mutate(
      'personUpdate',
      { id: created.person.id, version: created.person.version, identifiers: null },
      'person { identifiers { value } }',
    );
    expect(cleared.person.identifiers).toEqual([]);
  });

  it('reads the identifiers of a list of records in one statement, whatever its length', async () => {
    const query = (first: number) =>
      api.graphql(`{ areas(first: ${first}) { nodes { identifiers { scheme value } } } }`);
    const [few, many] = [await query(2), await query(20)];
    expect((many.data!.areas as { nodes: unknown[] }).nodes.length).toBeGreaterThan(2);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(3);
  });

  it('looks an identifier up in two statements, then reads the record', async () => {
    const { statements } = await api.graphql(
      `{ areaByIdentifier(scheme: "scb", value: "2380") { name } }`,
    );
    expect(statements).toBeLessThanOrEqual(3);
  });
});
