import fc from 'fast-check';
import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { buildApiSchema } from '../../schema';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { badRequest, type FuzzRequest } from '../../testing/fuzz/bad-requests';
import { validOperation, type FuzzWorld } from '../../testing/fuzz/operations';
import { problemsOf } from '../../testing/fuzz/verdict';

/*
 * Schema-aware fuzzing over real HTTP: random operations GraphQL accepts (every query and
 * mutation, arguments of the right types, nested selections) and random bad requests (wrong
 * types, huge and broken text, deep nesting, too many aliases, broken JSON and UTF-8, wrong
 * content types and methods), from an anonymous caller, an editor and an admin. No answer may be
 * a 5xx, or carry an error without one of the codes a caller may meet, or show a stack or SQL.
 * Each answer is judged alone, so what earlier mutations wrote changes no verdict.
 *
 * FUZZ_SEED replays a run (the seed is printed), FUZZ_RUNS sets the runs of each property.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_261_203);
const numRuns = Number(process.env.FUZZ_RUNS ?? 100);
const CALLERS = ['anonymous', 'editor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

let api: TestApi;
let world: FuzzWorld;

/**
 * Global IDs of some public records of every kind a root query lists without arguments (not
 * tokens or users: an admin's fuzzed mutation could revoke or disable the callers' own).
 */
async function someIds(schema: FuzzWorld['schema']): Promise<string[]> {
  const lists = Object.values(schema.getQueryType()!.getFields()).filter((field) => {
    const type = getNamedType(field.type);
    const nodes = isObjectType(type) ? type.getFields().nodes : undefined;
    const node = nodes && getNamedType(nodes.type);
    return (
      field.extensions.access === 'PUBLIC' &&
      isObjectType(node) &&
      'id' in node.getFields() &&
      field.args.some((arg) => arg.name === 'first') &&
      field.args.every((arg) => !isNonNullType(arg.type))
    );
  });
  const { data, errors } = await api.graphql(
    `{ ${lists.map((field) => `${field.name}(first: 5) { nodes { id } }`).join(' ')} }`,
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data!).flatMap((list: { nodes: { id: string }[] }) =>
    list.nodes.map((node) => node.id),
  );
}

beforeAll(async () => {
  api = await startTestApi({ seed: true, countStatements: false });
  const schema = buildApiSchema();
  world = { schema, ids: await someIds(schema) };
  console.log(`fuzzing with seed ${seed} and ${numRuns} runs (FUZZ_SEED=${seed} replays it)`);
}, 120_000);
afterAll(() => api.stop());

async function send(request: FuzzRequest, caller: Caller) {
  const token = caller === 'anonymous' ? undefined : api.tokens[caller];
  const response = await fetch(`${api.url}${request.search ?? ''}`, {
    method: request.method,
    headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: request.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    problems: problemsOf(response.status, response.headers.get('content-type'), text),
    text,
  };
}

const asJson = (kind: string, operation: unknown): FuzzRequest => ({
  kind,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(operation),
});

/** Runs `property` with the run's seed; a failure names the counterexample and its answer. */
async function check(requests: fc.Arbitrary<FuzzRequest>) {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...CALLERS), requests, async (caller, request) => {
      const { problems, text } = await send(request, caller);
      if (problems.length) throw new Error(`${problems.join(', ')}: ${text.slice(0, 2_000)}`);
    }),
    { seed, numRuns, endOnFailure: true, path: process.env.FUZZ_PATH },
  );
}

it('answers random valid queries without a failure of its own', async () => {
  await check(validOperation(world, 'query').map((operation) => asJson('a query', operation)));
}, 60_000);

it('answers random valid mutations without a failure of its own', async () => {
  await check(
    validOperation(world, 'mutation').map((operation) => asJson('a mutation', operation)),
  );
}, 60_000);

it('answers random bad requests with a caller’s error', async () => {
  await check(badRequest(world));
}, 60_000);
