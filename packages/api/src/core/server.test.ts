import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const base = () => api.url.replace(/\/graphql$/, '');

describe('HTTP server', () => {
  it('answers /health/live and /health/ready', async () => {
    const live = await fetch(`${base()}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
  });

  it('reports not ready when a migration is pending', async () => {
    const [latest] = await api.sql(
      `SELECT timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await api.sql(`DELETE FROM migrations WHERE name = $1`, [latest.name]);
    try {
      const ready = await fetch(`${base()}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'unavailable',
        reason: 'migrations are pending',
      });
    } finally {
      await api.sql(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [
        latest.timestamp,
        latest.name,
      ]);
    }
    expect((await fetch(`${base()}/health/ready`)).status).toBe(200);
  });

  it("gives every response a request id of the server's own, whatever the client sent", async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ actors { totalCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('audits a change under the request id of the server, not one the client sent', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'forged-by-the-client',
        authorization: `Bearer ${api.tokens.admin}`,
      },
      body: JSON.stringify({
        query: 'mutation { topicCreate(input: { name: "Spårbarhet" }) { userErrors { code } } }',
      }),
    });
    const [event] = await api.sql(
      `SELECT request_id FROM audit_event WHERE record_type = 'Topic' AND after->>'name' = 'Spårbarhet'`,
    );
    expect(event.request_id).toBe(response.headers.get('x-request-id'));
  });

  it('marks every GraphQL answer, success or error, as not to be cached', async () => {
    for (const query of ['{ actors { totalCount } }', '{ actors { noSuchField } }']) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect([query, response.headers.get('cache-control')]).toEqual([query, 'no-store']);
    }
  });

  it('compresses answers for callers that accept gzip, keeping the statement count header', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ actors(first: 100) { nodes { name description } } }' }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(Number(response.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    const body = (await response.json()) as { data: { actors: { nodes: unknown[] } } };
    expect(body.data.actors.nodes.length).toBeGreaterThan(10);
  });

  it('sends small answers as they are, even to callers that accept gzip', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ actors { totalCount } }' }),
    });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ data: { actors: { totalCount: expect.any(Number) } } });
  });

  it('answers a body that is not JSON, or too large, with a typed error', async () => {
    const post = (body: string) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const broken = await post('{ "query": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^The request body is not valid JSON/),
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const huge = await post(
      JSON.stringify({ query: `{ actors { totalCount } } #${'x'.repeat(1_100_000)}` }),
    );
    expect(huge.status).toBe(413);
    expect(
      ((await huge.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('answers browsers’ preflight requests and lets other origins read the answers', async () => {
    const preflight = await fetch(api.url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const answer = await fetch(
      `${api.url}?query=${encodeURIComponent('{ actors { totalCount } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR with the request id', async () => {
    // Break the database under the API (anonymous requests read the published view): the
    // resolver's error must not leak SQL to the caller.
    await api.sql('ALTER VIEW published.actor RENAME TO actor_moved');
    try {
      const { errors } = await api.graphql('{ actors { totalCount } }');
      expect(errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(errors![0].message).toMatch(/Quote request id [\w-]+/);
      expect(errors![0].message).not.toMatch(/actor|relation|SQL/i);
      expect(errors![0].extensions!.requestId).toEqual(expect.any(String));
    } finally {
      await api.sql('ALTER VIEW published.actor_moved RENAME TO actor');
    }
  });

  it('rejects a malformed query with a GraphQL validation error, not a masked one', async () => {
    const { errors } = await api.graphql('{ actors { noSuchField } }');
    expect(errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toMatch(/noSuchField/);
  });
});

describe('the web client', () => {
  it('is served from WEB_CLIENT_DIR: its files, and index.html for its routes (404 for others), not for /graphql', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'web-client-'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Samverkan</title>');
    writeFileSync(join(directory, 'routes.json'), JSON.stringify(['/', '/geo', '/actors/:slug']));
    writeFileSync(join(directory, 'app.js'), 'console.log("app");');
    const served = await startTestApi({ webClientDir: directory });
    try {
      const origin = served.url.replace(/\/graphql$/, '');
      const file = await fetch(`${origin}/app.js`);
      expect(await file.text()).toBe('console.log("app");');
      for (const route of ['/', '/geo', '/actors/almi?asOf=2025-01-01']) {
        const page = await fetch(`${origin}${route}`, { headers: { accept: 'text/html' } });
        expect([route, page.status, await page.text()]).toEqual([
          route,
          200,
          '<!doctype html><title>Samverkan</title>',
        ]);
      }
      for (const route of ['/nowhere', '/actors', '/actors/', '/actors/almi/more', '/geo.x']) {
        const page = await fetch(`${origin}${route}`, { headers: { accept: 'text/html' } });
        expect([route, page.status, await page.text()]).toEqual([
          route,
          404,
          '<!doctype html><title>Samverkan</title>',
        ]);
      }
      const graphql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphql.text()).not.toContain('<title>Samverkan</title>');
    } finally {
      await served.stop();
    }
  });
});

describe('WebSocket transport (graphql-ws)', () => {
  it('answers operations on the same server and path', async () => {
    const client = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${api.tokens.viewer}` },
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: '{ actor(slug: "mittuniversitetet") { shortName } }' },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result).toEqual({ data: { actor: { shortName: 'MIUN' } } });
    } finally {
      await client.dispose();
    }
  });
});
