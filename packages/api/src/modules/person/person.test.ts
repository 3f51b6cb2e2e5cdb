import { startTestApi, type TestApi } from '../../testing/test-api';
import { expectOnlyEditorsMay } from '../../testing/access';

let api: TestApi;
let regionId: string;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(`{ actor(slug: "region-jamtland-harjedalen") { id } }`);
  regionId = data!.actor.id;
});
afterAll(() => api.stop());

const POSITION = 'position { id title validFrom validTo version person { slug } actor { slug } }';

async function person(name: string) {
  const payload = await api.mutate('personCreate', { name }, 'person { id slug version }');
  expect(payload.userErrors).toEqual([]);
  return payload.person as { id: string; slug: string; version: number };
}

async function positionsOn(asOf: string, personSlug: string) {
  const { data } = await api.graphql(
    `query ($asOf: LocalDate, $slug: String!) {
      person(slug: $slug) { positions(asOf: $asOf) { title } }
      actor(slug: "region-jamtland-harjedalen") { positions(asOf: $asOf) { title person { slug } } }
    }`,
    { asOf, slug: personSlug },
  );
  return {
    ofPerson: data!.person.positions.map((p: { title: string }) => p.title),
    atActor: data!.actor.positions
      .filter((p: { person: { slug: string } }) => p.person.slug === personSlug)
      .map((p: { title: string }) => p.title),
  };
}

describe('people and positions', () => {
  it('create → read through every list → update → end → history', async () => {
    const anna = await person('Anna Exempelsson');
    expect(anna.slug).toBe('anna-exempelsson');
    const people = await api.graphql(
      `{ people(filter: { search: "exempels" }) { nodes { name } } }`,
    );
    expect(people.data!.people.nodes).toEqual([{ name: 'Anna Exempelsson' }]);

    const created = await api.mutate(
      'positionCreate',
      { person: anna.id, actor: regionId, title: 'Regionråd', validFrom: '2023-01-01' },
      POSITION,
    );
    expect(created.userErrors).toEqual([]);
    const position = created.position;
    expect(position).toMatchObject({
      title: 'Regionråd',
      validFrom: '2023-01-01',
      validTo: null,
      person: { slug: 'anna-exempelsson' },
      actor: { slug: 'region-jamtland-harjedalen' },
    });
    expect(await positionsOn('2024-06-01', anna.slug)).toEqual({
      ofPerson: ['Regionråd'],
      atActor: ['Regionråd'],
    });

    const updated = await api.mutate(
      'positionUpdate',
      { id: position.id, version: 1, title: 'Regionråd (S)' },
      POSITION,
    );
    expect(updated.position).toMatchObject({ title: 'Regionråd (S)', version: 2 });

    const ended = await api.mutate(
      'positionEnd',
      { id: position.id, version: 2, validTo: '2025-01-01' },
      POSITION,
    );
    expect(ended.position).toMatchObject({ validTo: '2025-01-01', version: 3 });

    // Boundary days of the half-open period [2023-01-01, 2025-01-01).
    expect((await positionsOn('2022-12-31', anna.slug)).ofPerson).toEqual([]);
    expect((await positionsOn('2023-01-01', anna.slug)).ofPerson).toEqual(['Regionråd (S)']);
    expect((await positionsOn('2024-12-31', anna.slug)).atActor).toEqual(['Regionråd (S)']);
    expect(await positionsOn('2025-01-01', anna.slug)).toEqual({ ofPerson: [], atActor: [] });
    // Default asOf is today: the position has ended.
    const now = await api.graphql(`{ person(slug: "anna-exempelsson") { positions { title } } }`);
    expect(now.data!.person.positions).toEqual([]);

    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Position { history { nodes { operation } } } } }`,
      { id: position.id },
    );
    expect(history.data!.node.history.nodes.map((e: { operation: string }) => e.operation)).toEqual(
      ['END', 'UPDATE', 'CREATE'],
    );

    const again = await api.mutate('positionEnd', { id: position.id, version: 3 }, POSITION);
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'ENDED' }),
    ]);
  });

  it('refuses a period that ends before it starts, and one that overlaps, writing nothing', async () => {
    const bo = await person('Bo Exempelsson');
    const base = { person: bo.id, actor: regionId, title: 'Utredare' };
    const first = await api.mutate(
      'positionCreate',
      { ...base, validFrom: '2020-01-01', validTo: '2021-01-01' },
      POSITION,
    );
    expect(first.userErrors).toEqual([]);
    const [{ count: before }] = await api.sql(`SELECT count(*)::int AS count FROM position`);

    const backwards = await api.mutate(
      'positionCreate',
      { ...base, validFrom: '2022-05-01', validTo: '2022-01-01' },
      POSITION,
    );
    expect(backwards.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validTo'], code: 'INVALID_PERIOD' }),
    ]);

    const overlapping = await api.mutate(
      'positionCreate',
      { ...base, validFrom: '2020-06-01' },
      POSITION,
    );
    expect(overlapping.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validFrom'], code: 'OVERLAPPING_PERIOD' }),
    ]);
    expect(overlapping.userErrors[0].message).toMatch(/2020-01-01 until 2021-01-01/);

    // Adjacent is not overlapping: the old one no longer holds on 2021-01-01.
    const adjacent = await api.mutate(
      'positionCreate',
      { ...base, validFrom: '2021-01-01' },
      POSITION,
    );
    expect(adjacent.userErrors).toEqual([]);
    const [{ count: after }] = await api.sql(`SELECT count(*)::int AS count FROM position`);
    expect(after).toBe(before + 1);
  });

  it('has the database refuse overlaps and backwards periods as the last line of defence', async () => {
    const cy = await person('Cy Exempelsson');
    const [{ id: personId }] = await api.sql(`SELECT id FROM person WHERE slug = $1`, [cy.slug]);
    const [{ id: actorId }] = await api.sql(
      `SELECT id FROM actor WHERE slug = 'region-jamtland-harjedalen'`,
    );
    const insert = (from: string | null, to: string | null) =>
      api.sql(
        `INSERT INTO position (person_id, actor_id, title, valid_from, valid_to) VALUES ($1, $2, 'Ledamot', $3, $4)`,
        [personId, actorId, from, to],
      );
    await insert('2020-01-01', null);
    await expect(insert('2021-01-01', '2022-01-01')).rejects.toThrow(/position_no_overlap/);
    await expect(insert('2019-01-01', '2018-01-01')).rejects.toThrow(/position_period_check/);
  });

  it('reports unknown references with their paths', async () => {
    const payload = await api.mutate(
      'positionCreate',
      {
        person: regionId,
        actor: 'QWN0b3I6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw',
        title: 'X',
      },
      POSITION,
    );
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'person'], code: 'NOT_FOUND' }),
    ]);
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may', async () => {
    await expectOnlyEditorsMay(api, [['personCreate', { name: 'Obehörig Person' }]], () =>
      api.sql(`SELECT count(*)::int AS people FROM person`),
    );
  });
});
