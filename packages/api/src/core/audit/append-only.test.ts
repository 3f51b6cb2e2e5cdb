import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

describe('the audit log no one can rewrite', () => {
  it("is written by the API's requests as samverkan_app, a role that is no superuser", async () => {
    const [role] = await api.app.dataSource.query(
      `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'samverkan_app', superuser: false });
    const [{ count }] = await api.app.dataSource.query('SELECT count(*)::int FROM audit_event');
    expect(count).toBeGreaterThan(0);
  });

  it("refuses the API's role to change, delete or empty audit rows, and nothing changes", async () => {
    const before = await api.sql('SELECT * FROM audit_event ORDER BY occurred_at, id');
    for (const statement of [
      `UPDATE audit_event SET actor_name = 'someone else'`,
      'DELETE FROM audit_event',
      'TRUNCATE audit_event',
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only',
    ]) {
      await expect(api.app.dataSource.query(statement)).rejects.toThrow(
        /permission denied|must be owner/,
      );
    }
    expect(await api.sql('SELECT * FROM audit_event ORDER BY occurred_at, id')).toEqual(before);
  });

  it('refuses even the owner to change or delete audit rows while the trigger stands', async () => {
    await expect(api.sql(`UPDATE audit_event SET actor_name = 'x'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(api.sql('DELETE FROM audit_event')).rejects.toThrow(/append-only: DELETE/);
    await expect(api.sql('TRUNCATE audit_event')).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('leaves the migrations to the owner', async () => {
    await expect(api.app.dataSource.query('DELETE FROM migrations')).rejects.toThrow(
      /permission denied/,
    );
  });
});

describe('who made a change', () => {
  const history = `{ actor(slug: "almi") { history(first: 1) { nodes { operation actorName requestId } } }
    changes(since: "2000-01-01T00:00:00Z", first: 1) { nodes { operation actorName requestId } } }`;

  it('is not told to anonymous callers: what changed and when only', async () => {
    const { data } = await api.graphql(history);
    expect(data!.actor.history.nodes[0]).toEqual({
      operation: 'CREATE',
      actorName: null,
      requestId: null,
    });
    expect(data!.changes.nodes[0]).toMatchObject({ actorName: null, requestId: null });
  });

  it('is told to signed-in callers, a VIEWER too', async () => {
    const { data } = await api.graphql(history, {}, 'viewer');
    expect(data!.actor.history.nodes[0]).toEqual({
      operation: 'CREATE',
      actorName: 'system',
      requestId: 'seed',
    });
    expect(data!.changes.nodes[0].actorName).toEqual(expect.any(String));
  });
});

describe('personal data in the audit log', () => {
  it('a work contact removed from a person cannot be read back by anonymous callers', async () => {
    const person = await api.create('personCreate', {
      name: 'Greta Gammal',
      workContact: 'greta@kommun.se',
    });
    const updated = await api.mutate(
      'personUpdate',
      { id: person.id, version: person.version, workContact: null },
      'person { workContact }',
    );
    expect(updated.userErrors).toEqual([]);
    const query = `query ($id: ID!) {
      node(id: $id) { ... on Person { workContact history { nodes { operation before after summary } } } }
      changes(since: "2000-01-01T00:00:00Z", types: [PERSON], first: 10) { nodes { before after } } }`;

    const anonymous = await api.graphql(query, { id: person.id });
    const text = JSON.stringify(anonymous.data);
    expect(text).not.toContain('greta@kommun.se');
    expect(anonymous.data!.node.history.nodes).toEqual([
      expect.objectContaining({
        operation: 'UPDATE',
        after: expect.objectContaining({ name: 'Greta Gammal' }),
      }),
      expect.objectContaining({ operation: 'CREATE' }),
    ]);

    const signedIn = await api.graphql(query, { id: person.id }, 'viewer');
    expect(signedIn.data!.node.history.nodes[1].after.workContact).toBe('greta@kommun.se');
  });
});
