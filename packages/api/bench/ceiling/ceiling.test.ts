import { generateRegion } from '../../src/testing/region-generator';
import { startTestApi, type TestApi } from '../../src/testing/test-api';
import { REQUESTS } from '../requests';
import { pickTargets, type BenchTargets } from '../targets';
import { PUBLIC_ROLE, PUBLISHED_SCHEMA } from '../../src/core/db/publication';
import { CEILING_STATEMENTS } from './statements';

/** Arrays compared as sets: the ceiling need not order what the page does not show in order. */
const unordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(unordered).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, unordered(v)]))
      : value;

describe('the benchmark ceiling', () => {
  let api: TestApi;
  let targets: BenchTargets;
  beforeAll(async () => {
    api = await startTestApi({ seed: true });
    // A small generated set beside the seed: objectives, indicators, forums with many members.
    await generateRegion(api.app.dataSource, {
      counties: 1,
      municipalities: 4,
      actors: 40,
      people: 40,
      positions: 40,
      forums: 4,
      memberships: 60,
      largeForums: 1,
      largeForumMembers: 10,
      strategies: 2,
      objectives: 12,
      largeStrategyObjectives: 8,
      indicators: 8,
      responsibilities: 300,
    });
    targets = await pickTargets(api.app.dataSource);
  });
  afterAll(() => api.stop());

  const measured = REQUESTS.filter((request) => CEILING_STATEMENTS[request.name]);
  it.each(measured.map((request) => [request.name, request]))(
    'answers %s exactly as the API does, in one statement',
    async (_name, request) => {
      const { query, variables } = request.body(targets);
      const ours = await api.graphql(query, variables);
      expect(ours.errors).toBeUndefined();
      const { text, values } = CEILING_STATEMENTS[request.name](variables as never);
      // As the ceiling's server reads: the role of anonymous requests (core/db/publication.ts).
      const [{ body }] = await api.app.dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL ROLE ${PUBLIC_ROLE}`);
        await tx.query(`SET LOCAL search_path = ${PUBLISHED_SCHEMA}, public`);
        return tx.query<{ body: string }[]>(text, values);
      });
      expect(unordered(JSON.parse(body))).toEqual(unordered({ data: ours.data }));
      // Not a vacuous comparison.
      expect(JSON.stringify(ours.data).length).toBeGreaterThan(200);
    },
  );
});
