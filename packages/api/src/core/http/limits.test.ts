import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { subscribe } from '../../testing/subscriptions';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { DEFAULT_LIMITS } from '../graphql/limits';

/**
 * The endpoint in production mode against documents built to hurt: each is refused before any
 * SQL runs, with the limit's name and value, over HTTP and WebSocket alike.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', production: true });
});
afterAll(() => api.stop());

const nested = (levels: number) =>
  `{ forums(first: 1) { nodes { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;

/** [what it is, the document, the limit it meets] */
const HURTFUL: [string, string, string][] = [
  ['a 30-level query', nested(30), 'depth'],
  [
    '60 aliases of __typename',
    `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    'aliases',
  ],
  [
    '30 directives',
    `{ ${Array.from({ length: 30 }, () => '__typename @include(if: true)').join(' ')} }`,
    'directives',
  ],
  // Within the token limit, but past what the parser's recursion can hold (found by fuzz.test.ts).
  [
    'a list argument nested 3,000 deep',
    `{ nodes(ids: ${'['.repeat(3_000)}${']'.repeat(3_000)}) { id } }`,
    'depth',
  ],
  ['20,000 tokens', `{ ${'__typename '.repeat(20_000)}}`, 'tokens'],
  ['one field selected 11 times', `{ ${'__typename '.repeat(11)}}`, 'repeatedFields'],
  [
    'a costly nesting of lists',
    `{ actors(first: 100) { nodes { memberships { forum { memberships { forum { id } } } } } } }`,
    'cost',
  ],
  [
    'a list of 1,001 ids',
    `{ nodes(ids: ${JSON.stringify(Array.from({ length: 1001 }, (_, i) => `id${i}`))}) { id } }`,
    'listItems',
  ],
  ['a text of 20,001 characters', `{ node(id: "${'x'.repeat(20_001)}") { id } }`, 'textLength'],
];

describe('documents built to hurt', () => {
  it.each(HURTFUL)('refuses %s before any SQL, naming the limit', async (_what, query, limit) => {
    const { errors, statements } = await api.graphql(query);
    expect(errors).toContainEqual(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'LIMIT_EXCEEDED',
          limit,
          max: DEFAULT_LIMITS[limit as keyof typeof DEFAULT_LIMITS],
        }),
      }),
    );
    expect(statements).toBe(0);
  });

  it.each(HURTFUL)('refuses %s over WebSocket too', async (_what, query, limit) => {
    const socket = await subscribe(api.url, query);
    const { errors } = await socket.next();
    expect(JSON.stringify(errors)).toContain(`"limit":"${limit}"`);
    await socket.close();
  });

  it('refuses circular fragments over WebSocket too', async () => {
    const socket = await subscribe(
      api.url,
      `{ actors { nodes { ...A } } } fragment A on Actor { parent { ...B } } fragment B on Actor { parent { ...A } }`,
    );
    expect(JSON.stringify((await socket.next()).errors)).toContain('within itself');
    await socket.close();
  });

  it('tells at most five validation errors of 300 unknown fields', async () => {
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `unknown${i}`).join(' ')} }`;
    const { errors } = await api.graphql(query);
    // Five, and graphql-js's note that it stopped there.
    expect(errors!.length).toBe(6);
    expect(errors![5].message).toMatch(/Too many validation errors/);
  });
});

describe('input too large', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `id${i}`);

  it('refuses a list of over 1,000 items, as a variable or written in the document', async () => {
    const asVariable = await api.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ids(1001),
    });
    expect(asVariable.errors![0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'listItems',
      max: 1000,
    });
    expect(asVariable.statements).toBe(0);
    const written = await api.graphql(`{ nodes(ids: ${JSON.stringify(ids(1001))}) { id } }`);
    expect(written.errors![0].extensions).toMatchObject({ limit: 'listItems' });
  });

  it('refuses a text of over 20,000 characters, writing nothing', async () => {
    const before = (await api.graphql('{ actors { totalCount } }')).data!.actors.totalCount;
    const { errors, statements } = await api.graphql(
      `mutation ($input: ActorCreateInput!) { actorCreate(input: $input) { actor { id } } }`,
      {
        input: { name: 'x'.repeat(20_001), sector: 'PUBLIC', level: 'LOCAL', type: 'AGENCY' },
      },
      'admin',
    );
    expect(errors![0].extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'textLength',
      max: 20_000,
    });
    // Credentials were checked; nothing else ran.
    expect(statements).toBeLessThanOrEqual(2);
    expect((await api.graphql('{ actors { totalCount } }')).data!.actors.totalCount).toBe(before);
  });
});

describe('requests shaped to mislead', () => {
  const post = (body: string, headers: Record<string, string>) =>
    fetch(api.url, { method: 'POST', headers, body });

  it('refuses a malformed Authorization header rather than reading the caller as anonymous', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const socket = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Token abc' },
    });
    const closed = await new Promise<number>((resolve) => {
      socket.on('closed', (event) => resolve((event as { code: number }).code));
      socket.subscribe({ query: '{ __typename }' }, { next() {}, error() {}, complete() {} });
    });
    expect(closed).toBe(4403);
    await socket.dispose();
  });

  it('answers an oversize body, and JSON that does not parse, in JSON', async () => {
    const oversize = await post(JSON.stringify({ query: `{ __typename }${' '.repeat(2 ** 21)}` }), {
      'content-type': 'application/json',
    });
    expect(oversize.status).toBe(413);
    expect(await oversize.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const broken = await post('{ "query": ', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a GET whose address is over 16 KiB in JSON too (found by fuzz.test.ts)', async () => {
    const response = await fetch(`${api.url}?query=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'HEADERS_TOO_LARGE' } }],
    });
  });

  it('refuses circular fragments before any SQL', async () => {
    const { errors, statements } = await api.graphql(
      `{ actors { nodes { ...A } } } fragment A on Actor { parent { ...B } } fragment B on Actor { parent { ...A } }`,
    );
    expect(errors![0].message).toMatch(/Cannot spread fragment "A" within itself/);
    expect(statements).toBe(0);
  });

  it('refuses a mutation over GET, a form post, and a batch', async () => {
    const get = await fetch(
      `${api.url}?query=${encodeURIComponent('mutation { signOut(input: {}) { userErrors { code } } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(405);
    const form = await post('query={ __typename }', { 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
    });
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }]), {
      'content-type': 'application/json',
    });
    expect(batch.status).toBe(400);
  });
});

describe('production mode', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';

  it('refuses introspection to anonymous callers, over HTTP and WebSocket, and lets signed-in ones', async () => {
    const anonymous = await api.graphql(SCHEMA);
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'INTROSPECTION_DISABLED' });
    expect(anonymous.data).toBeUndefined();
    const viewer = await api.graphql(SCHEMA, {}, 'viewer');
    expect(viewer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // `__typename` is no introspection.
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const socket = await subscribe(api.url, 'subscription { __type(name: "Actor") { name } }');
    expect(JSON.stringify((await socket.next()).errors)).toContain('INTROSPECTION_DISABLED');
    await socket.close();
  });

  it('suggests none of the schema’s names, and tells no stack trace', async () => {
    const { errors } = await api.graphql('{ actorz { totalCount } }');
    expect(errors![0].message).toBe('Cannot query field "actorz" on type "Query".');
    expect(errors![0].extensions).not.toHaveProperty('stacktrace');
  });
});

describe('WebSockets', () => {
  /** Whether a WebSocket opens, sent with `headers`; the status it was refused with, if not. */
  const opens = (headers: Record<string, string>) =>
    new Promise<true | number>((resolve) => {
      const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws', {
        headers,
      });
      socket.on('open', () => {
        socket.close();
        resolve(true);
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    });

  it('opens for pages of the API’s own origin and for scripts, not for other pages', async () => {
    const own = new URL(api.url).origin;
    expect(await opens({ origin: own })).toBe(true);
    expect(await opens({})).toBe(true);
    expect(await opens({ origin: 'https://elsewhere.example' })).toBe(401);
  });

  it('closes a socket that sends a message over the HTTP body limit', async () => {
    const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.on('open', resolve));
    const closed = new Promise<number>((resolve) => socket.on('close', resolve));
    // graphql-ws tells the socket's error on the console, as it must: not this test's output.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    socket.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    quiet.mockRestore();
  });

  it('holds at most 20 subscriptions on one socket', async () => {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const query = `subscription ($id: ID!) { recordChanged(id: $id) { operation } }`;
    const { actor } = await api.idsOf({ actor: ['actor', 'region-jamtland-harjedalen'] });
    const outcomes: Promise<string>[] = [];
    const stops: (() => void)[] = [];
    for (let i = 0; i < 21; i++) {
      outcomes.push(
        new Promise((resolve) => {
          stops.push(
            client.subscribe(
              { query, variables: { id: actor } },
              {
                next: () => {},
                error: (error) => resolve(JSON.stringify(error)),
                complete: () => resolve('complete'),
              },
            ),
          );
        }),
      );
    }
    const refused = await Promise.race(outcomes);
    expect(refused).toContain('"limit":"subscriptions"');
    for (const stop of stops) stop();
    await client.dispose();
  });
});
