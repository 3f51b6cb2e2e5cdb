import { startTestApi, type TestApi } from '../../testing/test-api';
import { expectOnlyAdminsMay } from '../../testing/access';

let api: TestApi;
let sourceId: string;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(`{ sources(first: 1) { nodes { id } } }`);
  sourceId = data!.sources.nodes[0].id;
});
afterAll(() => api.stop());

const TOPIC = 'topic { id name slug description version sources { quote source { title } } }';

/** Rows in the tables a topic mutation writes, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM topic)::int AS topics,
    (SELECT count(*) FROM topic_citation)::int AS citations,
    (SELECT count(*) FROM audit_event)::int AS audit,
    (SELECT coalesce(sum(version), 0) FROM topic)::int AS versions`);
  return row;
}

describe('topics', () => {
  it('create → read by slug, in the list and by search → update → history', async () => {
    const created = await api.mutate(
      'topicCreate',
      {
        name: 'Påverkansarbete',
        description: 'Gemensamt påverkansarbete gentemot nationell nivå och EU.',
        sources: [{ source: sourceId, quote: 'påverkan' }],
      },
      TOPIC,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.topic).toMatchObject({
      name: 'Påverkansarbete',
      slug: 'paverkansarbete',
      version: 1,
      sources: [{ quote: 'påverkan', source: { title: expect.any(String) } }],
    });
    const { id } = created.topic;

    const read = await api.graphql(`{
      topic(slug: "paverkansarbete") { id name }
      all: topics { totalCount nodes { slug } }
      found: topics(filter: { search: "påverk" }) { nodes { slug } }
      stemmed: topics(filter: { search: "nationella" }) { nodes { slug } }
      none: topics(filter: { search: "bredband" }) { totalCount }
    }`);
    expect(read.data).toEqual({
      topic: { id, name: 'Påverkansarbete' },
      all: { totalCount: 1, nodes: [{ slug: 'paverkansarbete' }] },
      found: { nodes: [{ slug: 'paverkansarbete' }] },
      stemmed: { nodes: [{ slug: 'paverkansarbete' }] },
      none: { totalCount: 0 },
    });

    const updated = await api.mutate(
      'topicUpdate',
      { id, version: 1, name: 'Påverkansarbete mot EU', description: null },
      TOPIC,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.topic).toMatchObject({
      name: 'Påverkansarbete mot EU',
      slug: 'paverkansarbete',
      description: null,
      version: 2,
    });

    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Topic { history { nodes { operation } } } } }`,
      { id },
    );
    expect(history.data!.node.history.nodes.map((e: { operation: string }) => e.operation)).toEqual(
      ['UPDATE', 'CREATE'],
    );
  });

  it('refuses an empty name, a taken slug, an unknown source and a stale version, writing nothing', async () => {
    const first = await api.mutate('topicCreate', { name: 'Kompetensförsörjning' }, TOPIC);
    expect(first.userErrors).toEqual([]);
    await api.mutate('topicUpdate', { id: first.topic.id, version: 1, name: 'Kompetens' }, TOPIC);
    const before = await writtenRows();
    const unknownSource = 'U291cmNlOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA';
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['topicCreate', { name: '  ' }, 'input.name', 'REQUIRED'],
      ['topicCreate', { name: 'Kompetensförsörjning' }, 'input.name', 'TAKEN'],
      ['topicCreate', { name: 'Ny', slug: 'kompetensforsorjning' }, 'input.slug', 'TAKEN'],
      [
        'topicCreate',
        { name: 'Ny', sources: [{ source: unknownSource }] },
        'input.sources.0.source',
        'NOT_FOUND',
      ],
      [
        'topicUpdate',
        { id: first.topic.id, version: 1, name: 'Sen' },
        'input.version',
        'STALE_VERSION',
      ],
    ];
    for (const [mutation, input, field, code] of cases) {
      const payload = await api.mutate(mutation, input, TOPIC);
      expect(payload.topic).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ code })]);
      expect(payload.userErrors[0].field.join('.')).toBe(field);
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('lets only an ADMIN change topics: shared reference data, in no area', async () => {
    await expectOnlyAdminsMay(api, [['topicCreate', { name: 'Obehörigt tema' }]], writtenRows);
  });
});
