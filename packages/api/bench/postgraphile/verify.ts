/**
 * Checks the PostGraphile side of the bench by hand: installs it (when missing), starts it on
 * DATABASE_URL, sends every request of requests.ts and reports, for each, whether it came back
 * with data and without errors. Exits non-zero when one did not.
 *
 *   DATABASE_URL=postgres://… node <compiled>/verify.js [cacheDir] [port]
 *
 * The targets are picked from the database: the actor, forum and person with the most
 * memberships or positions, the strategy with the most objectives, the first county.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { ensurePostGraphile } from './install';
import {
  POSTGRAPHILE_GAPS,
  POSTGRAPHILE_REQUESTS,
  type BenchTargets,
  type RequestName,
} from './requests';

const TARGETS_SQL = `
  SELECT
    (SELECT json_build_object('id', a.id, 'slug', a.slug) FROM actor a
      ORDER BY (SELECT count(*) FROM forum_membership m WHERE m.member_actor_id = a.id) DESC, a.slug LIMIT 1) AS actor,
    (SELECT json_build_object('id', f.id, 'slug', f.slug) FROM forum f
      ORDER BY (SELECT count(*) FROM forum_membership m WHERE m.forum_id = f.id) DESC, f.slug LIMIT 1) AS forum,
    (SELECT json_build_object('id', s.id, 'slug', s.slug) FROM strategy s
      ORDER BY (SELECT count(*) FROM objective o WHERE o.strategy_id = s.id) DESC, s.slug LIMIT 1) AS strategy,
    (SELECT json_build_object('id', p.id, 'slug', p.slug) FROM person p
      ORDER BY (SELECT count(*) FROM position x WHERE x.person_id = p.id) DESC, p.slug LIMIT 1) AS person,
    (SELECT json_build_object('id', c.id, 'code', c.code) FROM area c
      WHERE c.kind = 'COUNTY' ORDER BY c.code LIMIT 1) AS county`;

async function pickTargets(databaseUrl: string): Promise<BenchTargets> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(TARGETS_SQL);
    return rows[0] as BenchTargets;
  } finally {
    await client.end();
  }
}

/** Starts server.mjs and resolves once it prints its ready line. */
function start(
  node: string,
  serverScript: string,
  databaseUrl: string,
  port: number,
): Promise<ChildProcess> {
  const child = spawn(node, [serverScript], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('postgraphile ready')) resolvePromise(child);
    });
    child.on('exit', (code) => reject(new Error(`postgraphile exited with ${code}:\n${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

/** Counts the rows of every `nodes` list in an answer: how much it brought back. */
function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countNodes(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) =>
      sum + (key === 'nodes' && Array.isArray(item) ? item.length : 0) + countNodes(item),
    0,
  );
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL.');
  const cacheDir = resolve(process.argv[2] ?? '.data/bench/postgraphile');
  const port = Number(process.argv[3] ?? 5688);
  const { node, serverScript } = await ensurePostGraphile(cacheDir, (line) => console.log(line));
  const targets = await pickTargets(databaseUrl);
  const server = await start(node, serverScript, databaseUrl, port);
  let failed = 0;
  try {
    for (const [name, build] of Object.entries(POSTGRAPHILE_REQUESTS)) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(build(targets)),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
      const empty = !body.data || Object.values(body.data).some((value) => value == null);
      const ok = response.ok && !body.errors && !empty;
      if (!ok) failed += 1;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(16)} ${String(text.length).padStart(6)} bytes, ${countNodes(body.data)} rows` +
          (body.errors ? ` ${JSON.stringify(body.errors).slice(0, 300)}` : ''),
      );
    }
    for (const [name, reason] of Object.entries(POSTGRAPHILE_GAPS)) {
      console.log(`gap  ${(name as RequestName).padEnd(16)} ${reason}`);
    }
  } finally {
    await stop(server);
  }
  if (failed > 0) throw new Error(`${failed} request(s) failed`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
