import { expectOnlyAdminsMay } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const SCHEME = 'identifierScheme { id version name pattern appliesTo builtIn }';
const kolada = {
  name: 'kolada',
  description: "Kolada's id (RKA) of what it measures, e.g. N00945.",
  pattern: 'N\\d{5}',
  appliesTo: ['FORUM'],
};

/** A payload's user errors as `[field, code]`. */
const refusals = (payload: Record<string, any>) =>
  payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]);

const schemes = () =>
  api.sql(`SELECT name, description, pattern, applies_to FROM identifier_scheme ORDER BY name`);

/** A scheme's id and version, as a client reads them. */
async function builtIn(name: string): Promise<{ id: string; version: number }> {
  const { data } = await api.graphql(`{ identifierSchemes { id version name } }`);
  return (data!.identifierSchemes as { id: string; version: number; name: string }[]).find(
    (scheme) => scheme.name === name,
  )!;
}

describe('the registry of identifier schemes', () => {
  it('lists the built-in schemes to anyone, in one statement', async () => {
    const { data, statements } = await api.graphql(`{
      all: identifierSchemes { name pattern appliesTo builtIn }
      people: identifierSchemes(appliesTo: PERSON) { name }
    }`);
    expect(data!.all).toEqual([
      { name: 'lei', pattern: '[0-9A-Z]{18}[0-9]{2}', appliesTo: ['ACTOR'], builtIn: true },
      { name: 'nuts', pattern: '[A-Z]{2}[A-Z0-9]{0,3}', appliesTo: ['AREA'], builtIn: true },
      { name: 'scb', pattern: '\\d{2}|\\d{4}', appliesTo: ['AREA'], builtIn: true },
      { name: 'se-orgnr', pattern: '\\d{6}-\\d{4}', appliesTo: ['ACTOR', 'FORUM'], builtIn: true },
      { name: 'se-vat', pattern: 'SE\\d{10}01', appliesTo: ['ACTOR'], builtIn: true },
      {
        name: 'wikidata',
        pattern: 'Q[1-9]\\d*',
        appliesTo: ['ACTOR', 'AREA', 'FORUM', 'PERSON'],
        builtIn: true,
      },
    ]);
    expect(data!.people).toEqual([{ name: 'wikidata' }]);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('lets only admins add and change schemes', async () => {
    await expectOnlyAdminsMay(
      api,
      [['identifierSchemeCreate', { ...kolada, name: 'only-admins' }]],
      schemes,
    );
    const { id, version } = await builtIn('wikidata');
    await expectOnlyAdminsMay(
      api,
      [['identifierSchemeUpdate', { id, version, description: 'Wikidata: Q-id.' }]],
      schemes,
    );
  });

  it('checks identifiers by the pattern of a scheme an admin added, for the records it names', async () => {
    const created = await api.mutate('identifierSchemeCreate', kolada, SCHEME, 'admin');
    expect(created).toMatchObject({
      userErrors: [],
      identifierScheme: {
        name: 'kolada',
        pattern: 'N\\d{5}',
        appliesTo: ['FORUM'],
        builtIn: false,
      },
    });
    const forum = (value: string) => ({
      kind: 'NETWORK',
      name: 'Kommunnätverket',
      identifiers: [{ scheme: 'kolada', value }],
    });
    const FORUM = 'forum { id version identifiers { scheme value } }';
    const refused = await api.mutate('forumCreate', forum('N 00945'), FORUM);
    expect(refusals(refused)).toEqual([['input.identifiers.0.value', 'INVALID']]);
    expect(refused.userErrors[0].message).toBe(
      'An identifier in the scheme "kolada" has the form N\\d{5}.',
    );
    const written = await api.mutate('forumCreate', forum(' N00945 '), FORUM);
    expect(written.forum.identifiers).toEqual([{ scheme: 'kolada', value: 'N00945' }]);
    const actor = await api.mutate(
      'actorCreate',
      {
        name: 'Kolada AB',
        sector: 'BUSINESS',
        level: 'LOCAL',
        type: 'COMPANY',
        identifiers: [{ scheme: 'kolada', value: 'N00945' }],
      },
      'actor { id }',
    );
    expect(refusals(actor)).toEqual([['input.identifiers.0.scheme', 'WRONG_KIND']]);

    // A new pattern leaves what is stored as it is, and checks what is written next.
    const changed = await api.mutate(
      'identifierSchemeUpdate',
      {
        id: created.identifierScheme.id,
        version: 1,
        pattern: 'M\\d{4}',
        appliesTo: ['FORUM', 'ACTOR'],
      },
      SCHEME,
      'admin',
    );
    expect(changed.identifierScheme).toMatchObject({ version: 2, appliesTo: ['ACTOR', 'FORUM'] });
    const { data } = await api.graphql(
      `{ forumByIdentifier(scheme: "kolada", value: "N00945") { name } }`,
    );
    expect(data!.forumByIdentifier).toEqual({ name: 'Kommunnätverket' });
    const renamed = await api.mutate(
      'forumUpdate',
      { id: written.forum.id, version: 1, name: 'Kommunnätverket i länet' },
      FORUM,
    );
    expect(renamed.userErrors).toEqual([]);
    const rewritten = await api.mutate(
      'forumUpdate',
      { id: written.forum.id, version: 2, identifiers: [{ scheme: 'kolada', value: 'N00946' }] },
      FORUM,
    );
    expect(refusals(rewritten)).toEqual([['input.identifiers.0.value', 'INVALID']]);

    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on IdentifierScheme { history { nodes { operation actorName } } } } }`,
      { id: created.identifierScheme.id },
      'viewer',
    );
    expect(history.data!.node.history.nodes).toEqual([
      { operation: 'UPDATE', actorName: 'test admin' },
      { operation: 'CREATE', actorName: 'test admin' },
    ]);
  });

  it('refuses a malformed or taken name, a pattern that is no regular expression, and people in any scheme but Wikidata', async () => {
    const before = await schemes();
    const attempt = (input: Record<string, unknown>) =>
      api.mutate('identifierSchemeCreate', { ...kolada, ...input }, SCHEME, 'admin');
    expect(refusals(await attempt({ name: 'Kolada ID' }))).toEqual([['input.name', 'INVALID']]);
    expect(refusals(await attempt({ name: 'se-orgnr' }))).toEqual([
      ['input.name', 'TAKEN'],
      ['input.pattern', 'INVALID'],
    ]);
    expect(refusals(await attempt({ name: 'broken', pattern: 'N(\\d' }))).toEqual([
      ['input.pattern', 'INVALID'],
    ]);
    expect(refusals(await attempt({ name: 'orcid', appliesTo: ['PERSON'] }))).toEqual([
      ['input.appliesTo', 'INVALID'],
    ]);
    expect(refusals(await attempt({ name: 'nothing', appliesTo: [] }))).toEqual([
      ['input.appliesTo', 'REQUIRED'],
    ]);
    expect(await schemes()).toEqual(before);
  });

  it('keeps the code check of a built-in scheme: its pattern stays, its description and records may change', async () => {
    const { id, version } = await builtIn('se-orgnr');
    const refused = await api.mutate(
      'identifierSchemeUpdate',
      { id, version, pattern: '.*' },
      SCHEME,
      'admin',
    );
    expect(refusals(refused)).toEqual([['input.pattern', 'INVALID']]);
    const changed = await api.mutate(
      'identifierSchemeUpdate',
      { id, version, appliesTo: ['ACTOR'], description: 'Organisationsnummer.' },
      SCHEME,
      'admin',
    );
    expect(changed.identifierScheme).toMatchObject({ appliesTo: ['ACTOR'], builtIn: true });
    const forum = await api.mutate(
      'forumCreate',
      {
        kind: 'NETWORK',
        name: 'Nätverk',
        identifiers: [{ scheme: 'se-orgnr', value: '2120002411' }],
      },
      'forum { id }',
    );
    expect(refusals(forum)).toEqual([['input.identifiers.0.scheme', 'WRONG_KIND']]);
  });
});
