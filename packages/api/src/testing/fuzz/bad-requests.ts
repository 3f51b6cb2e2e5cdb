import fc from 'fast-check';
import { nastyText } from './texts';
import { validOperation, type FuzzOperation, type FuzzWorld } from './operations';

/** An HTTP request to `/graphql`, as raw as a client may make it. */
export interface FuzzRequest {
  /** What kind of bad input it is, for the report. */
  kind: string;
  method: string;
  /** After `/graphql` (a GET's operation). */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const JSON_TYPE = { 'content-type': 'application/json' };

const post = (
  kind: string,
  body: string | Uint8Array,
  headers: Record<string, string> = JSON_TYPE,
): FuzzRequest => ({
  kind,
  method: 'POST',
  headers,
  body,
});

const anyOperation = (world: FuzzWorld) =>
  fc.oneof(validOperation(world, 'query'), validOperation(world, 'mutation'));

/** Replaces one variable (or adds one) with a value of any JSON type, or a nasty text. */
const wrongVariable = (world: FuzzWorld) =>
  fc
    .tuple(anyOperation(world), fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyText))
    .map(([operation, pick, value]) => {
      const names = Object.keys(operation.variables);
      const name = names.length ? names[pick % names.length] : 'v0';
      return post(
        'a variable of the wrong type',
        JSON.stringify({ ...operation, variables: { ...operation.variables, [name]: value } }),
      );
    });

/** Nesting far past the depth limit: of fields, of a list argument, of a JSON variable. */
const deepNesting = fc.tuple(fc.integer({ min: 21, max: 3_000 }), fc.nat(2)).map(([depth, how]) => {
  if (how === 0) {
    return post(
      'fields nested past the depth limit',
      JSON.stringify({
        query: `{ ${'node(id: "x") { id ... on Actor { '.repeat(depth)}${'} }'.repeat(depth)} }`,
      }),
    );
  }
  if (how === 1) {
    return post(
      'a list argument nested deeply',
      JSON.stringify({
        query: `{ nodes(ids: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`,
      }),
    );
  }
  return post(
    'a JSON variable nested deeply',
    `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
  );
});

/** Aliases, repeated fields, directives or tokens past their limits. */
const tooMuch = fc
  .tuple(
    fc.constantFrom('aliases', 'repeated', 'directives', 'tokens'),
    fc.integer({ min: 51, max: 3_000 }),
  )
  .map(([what, count]) => {
    const many = (each: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => each(i)).join(' ');
    const query = {
      aliases: `{ ${many((i) => `a${i}: __typename`)} }`,
      repeated: `{ ${many(() => '__typename')} }`,
      directives: `{ __typename ${many(() => '@include(if: true)')} }`,
      tokens: `{ ${many(() => '__typename'.padEnd(12, ' '))} ${many((i) => `t${i}: __typename`)} }`,
    }[what]!;
    return post(`too many ${what}`, JSON.stringify({ query }));
  });

/** A valid operation's body with bytes that are not UTF-8 put into it. */
const brokenUtf8 = (world: FuzzWorld) =>
  fc
    .tuple(
      anyOperation(world),
      fc.nat(),
      fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => bytes.map((b) => b | 0x80)),
    )
    .map(([operation, at, bytes]) => {
      const body = Buffer.from(JSON.stringify(operation));
      const cut = at % body.length;
      return post(
        'bytes that are not UTF-8',
        Buffer.concat([body.subarray(0, cut), Buffer.from(bytes), body.subarray(cut)]),
      );
    });

/** Bodies that are not the JSON of an operation: cut short, anything, or other JSON. */
const brokenBody = (world: FuzzWorld) =>
  fc.oneof(
    fc.tuple(anyOperation(world), fc.nat()).map(([operation, at]) => {
      const body = JSON.stringify(operation);
      return post('JSON cut short', body.slice(0, at % body.length));
    }),
    fc.string({ maxLength: 60 }).map((body) => post('not JSON', body)),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((body) => post('JSON that is no operation', JSON.stringify(body))),
    fc
      .record(
        {
          query: fc.oneof(fc.jsonValue({ maxDepth: 2 }), nastyText),
          variables: fc.jsonValue({ maxDepth: 2 }),
          operationName: fc.jsonValue({ maxDepth: 1 }),
          extensions: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: [] },
      )
      .map((body) => post('an operation of the wrong shape', JSON.stringify(body))),
  );

/** A valid operation sent in another way: another content type, method, or as a GET. */
const wrongTransport = (world: FuzzWorld) =>
  fc.oneof(
    fc
      .tuple(
        anyOperation(world),
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/jsonx',
          'application/json; charset=latin1',
          '',
        ),
      )
      .map(([operation, type]) =>
        post(
          `content-type "${type}"`,
          JSON.stringify(operation),
          type ? { 'content-type': type } : {},
        ),
      ),
    fc
      .tuple(anyOperation(world), fc.constantFrom('PUT', 'DELETE', 'PATCH'))
      .map(([operation, method]) => ({
        ...post(`method ${method}`, JSON.stringify(operation)),
        method,
      })),
    anyOperation(world).map((operation: FuzzOperation): FuzzRequest => ({
      kind: 'an operation as a GET',
      method: 'GET',
      search: `?${new URLSearchParams({ query: operation.query, variables: JSON.stringify(operation.variables) })}`,
      headers: { 'apollo-require-preflight': 'true' },
    })),
    fc.string({ maxLength: 80 }).map((search) => ({
      kind: 'a GET of anything',
      method: 'GET',
      search: `?${search}`,
      headers: {},
    })),
  );

/** Variables with thousands of names, or a list far past the list limit. */
const hugeVariables = fc.integer({ min: 1_001, max: 20_000 }).chain((count) =>
  fc.constantFrom(
    post(
      'thousands of variables',
      JSON.stringify({
        query: '{ __typename }',
        variables: Object.fromEntries(Array.from({ length: count }, (_, i) => [`v${i}`, i])),
      }),
    ),
    post(
      'a list past the list limit',
      JSON.stringify({
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: Array.from({ length: count }, (_, i) => `x${i}`) },
      }),
    ),
  ),
);

/** Every kind of bad request, each as likely as another. */
export function badRequest(world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    wrongVariable(world),
    deepNesting,
    tooMuch,
    brokenUtf8(world),
    brokenBody(world),
    wrongTransport(world),
    hugeVariables,
  );
}
