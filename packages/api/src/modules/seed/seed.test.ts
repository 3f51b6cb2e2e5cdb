import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { loadSeed } from './seed.loader';
import { SEED_ACTORS, SEED_AREAS, SEED_SOURCES } from './seed-data';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const documents = Object.fromEntries(
  Object.entries(SEED_SOURCES).map(([key, source]) => [
    key,
    readFileSync(join(__dirname, '../../../seed/documents', source.fileName), 'utf8'),
  ]),
);

describe('the seed data set', () => {
  it('loads the areas, sources and actors through the services, audited', async () => {
    const { data } = await api.graphql(
      `{ areas(first: 100) { totalCount } sources { totalCount } actors(first: 100) { totalCount } }`,
    );
    expect(data).toEqual({
      areas: { totalCount: SEED_AREAS.length },
      sources: { totalCount: 2 },
      actors: { totalCount: SEED_ACTORS.length },
    });
    const [audit] = await api.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_name = 'system'`,
    );
    expect(audit.n).toBe(SEED_AREAS.length + 2 + SEED_ACTORS.length + 2);
  });

  it('places the county in its NUTS region and the eight municipalities in the county', async () => {
    const { data } = await api.graphql(
      `{ area(code: "23") { name kind parent { code parent { code } } children { code name } } }`,
    );
    expect(data!.area).toEqual({
      name: 'Jämtlands län',
      kind: 'COUNTY',
      parent: { code: 'SE32', parent: { code: 'SE' } },
      children: [
        { code: '2303', name: 'Ragunda' },
        { code: '2305', name: 'Bräcke' },
        { code: '2309', name: 'Krokom' },
        { code: '2313', name: 'Strömsund' },
        { code: '2321', name: 'Åre' },
        { code: '2326', name: 'Berg' },
        { code: '2361', name: 'Härjedalen' },
        { code: '2380', name: 'Östersund' },
      ],
    });
  });

  it('is idempotent: a second run changes nothing', async () => {
    const snapshot = () =>
      api.sql(`SELECT (SELECT count(*) FROM audit_event)::int AS audit,
                      (SELECT sum(version) FROM actor)::int AS versions,
                      (SELECT count(*) FROM actor_citation)::int AS citations`);
    const before = await snapshot();
    const report = await loadSeed(api.app.services);
    expect(report.created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('cites, for every actor, a passage that stands verbatim in its document', async () => {
    const { data } = await api.graphql(
      `{ actors(first: 100) { nodes { slug sources { quote source { fileName } } } } }`,
    );
    for (const actor of data!.actors.nodes) {
      expect(actor.sources.length).toBeGreaterThan(0);
      for (const citation of actor.sources) {
        const key = Object.entries(SEED_SOURCES).find(
          ([, s]) => s.fileName === citation.source.fileName,
        )![0];
        expect({ slug: actor.slug, found: documents[key].includes(citation.quote) }).toEqual({
          slug: actor.slug,
          found: true,
        });
      }
    }
  });
});
