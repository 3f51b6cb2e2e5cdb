/**
 * `pnpm bench`: our API against a bare SQL ceiling and PostGraphile 5 on one generated national
 * data set, in one run, contenders alternating so machine noise hits them all. Prints a Markdown
 * table and the targets, and writes every figure as JSON under .data/bench/results/.
 * Options: see USAGE below.
 */
import 'reflect-metadata';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { createApiDataSource } from '../src/data-source';
import { TokenService } from '../src/core/auth/token.service';
import { startApi, startCeiling, startPostGraphile } from './contenders';
import { benchDatabase } from './database';
import { fanout, type FanoutResult } from './fanout';
import { load, type LoadResult } from './load';
import { embeddedPostgres, withPeakMemory, type Server } from './processes';
import { comparison, median, table, type ContenderFigures, type RequestFigures } from './report';
import { REQUESTS, type BenchRequest, type GraphQLBody } from './requests';
import { CEILING_STATEMENTS } from './ceiling/statements';
import {
  POSTGRAPHILE_GAPS,
  POSTGRAPHILE_REQUESTS,
  type RequestName,
} from './postgraphile/requests';
import { pickTargets, type BenchTargets } from './targets';
import { checkTargets } from './targets-check';
import { BENCH_DATA } from './paths';
import { removeWritten, timedWrite } from './write';
import { rewriteAuditLog } from '../src/core/audit/rewrite';

const USAGE = `pnpm bench [-- options]
  --duration S        seconds each measured load run lasts (default 4)
  --rounds N          rounds per request and contender; medians are reported (default 3)
  --only a,b          only these requests (${REQUESTS.map((r) => r.name).join(', ')})
  --shape JSON        the generated set's shape, e.g. '{"actors":2000}' (default: national)
  --subscribers N     WebSocket subscribers for the fan-out (default 1000)
  --no-postgraphile   leave PostGraphile out
  --server-url URL    generate on this PostgreSQL server instead of the embedded one
  --database-url URL  measure this (migrated) database as it is; nothing is generated
  --compare FILE      also print our figures beside those of an earlier run's JSON`;

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Contender {
  name: 'ours' | 'ceiling' | 'postgraphile';
  server: Server;
  /** The URL and body of a request, or null when this contender has no equivalent. */
  send: (
    request: BenchRequest,
  ) => { url: string; body: GraphQLBody | Record<string, unknown> } | null;
  /** Ours: the URL of the same API counting statements, which tells an answer's count. */
  countingUrl?: string;
}

async function main() {
  const { values: options } = parseArgs({
    // pnpm passes the `--` of `pnpm bench -- --only node` on.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      duration: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '3' },
      only: { type: 'string' },
      shape: { type: 'string', default: '{}' },
      subscribers: { type: 'string', default: '1000' },
      'no-postgraphile': { type: 'boolean', default: false },
      'server-url': { type: 'string' },
      'database-url': { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (options.help) return log(USAGE);
  const seconds = Number(options.duration);
  const rounds = Number(options.rounds);
  const only = options.only?.split(',');
  const requests = REQUESTS.filter((request) => !only || only.includes(request.name));
  mkdirSync(join(BENCH_DATA, 'results'), { recursive: true });

  const stops: (() => Promise<void>)[] = [];
  const stopAll = () =>
    Promise.all(
      stops
        .splice(0)
        .reverse()
        .map((stop) => stop().catch(() => {})),
    );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stopAll().then(() => process.exit(130)));
  try {
    const databaseUrl =
      options['database-url'] ??
      (await benchDatabase(
        options['server-url'] ?? (await startBenchPostgres(stops)),
        JSON.parse(options.shape),
        log,
      ));
    const dataSource = await createApiDataSource({ url: databaseUrl }).initialize();
    stops.push(() => dataSource.destroy());
    const targets = await pickTargets(dataSource);
    // An integrator's service account, editing all of Sweden: writes pay for the area check.
    const [sweden] = await dataSource.query("SELECT id FROM area WHERE kind = 'COUNTRY'");
    const { secret: token } = await new TokenService(dataSource).issue('benchmark', 'EDITOR', {
      areaIds: [sweden.id],
    });

    const contenders = await startContenders(
      databaseUrl,
      targets,
      !options['no-postgraphile'],
      stops,
    );
    const ours = contenders[0];
    const figures: RequestFigures[] = [];
    for (const request of requests) {
      log(`measuring ${request.name}: ${request.description}`);
      figures.push(await measure(request, contenders, rounds, seconds, dataSource));
      // Each row as it is measured, and kept, so that a run that fails later loses nothing.
      log(table(figures.slice(-1)).split('\n')[2]);
      writeFileSync(
        join(BENCH_DATA, 'results', 'partial.json'),
        JSON.stringify({ figures }, null, 2),
      );
    }

    log(`measuring a write of 1,000 items`);
    await settled(ours.server.url, dataSource);
    const writes: number[] = [];
    for (let round = 0; round < rounds; round++)
      writes.push(await timedWrite(ours.server.url, token, 1000, round));
    await removeWritten(dataSource);
    const writeMs = writes.sort((a, b) => a - b)[Math.floor(writes.length / 2)];

    log(`measuring subscription fan-out`);
    const subscriptions = await fanoutRestoring(dataSource, {
      url: ours.server.url,
      token,
      actorId: targets.actor.id,
      pid: ours.server.process.pid!,
      subscribers: Number(options.subscribers),
      changes: 10,
    });

    report({ figures, writeMs, subscriptions, targets, seconds, rounds });
    if (options.compare) {
      const earlier = JSON.parse(readFileSync(options.compare, 'utf8')) as {
        figures: RequestFigures[];
      };
      log(`\ncompared with ${options.compare}:\n${comparison(earlier.figures, figures)}`);
    }
  } finally {
    await stopAll();
  }
}

/** The embedded PostgreSQL whose data (the generated set) stays in .data/bench/postgres. */
async function startBenchPostgres(stops: (() => Promise<void>)[]): Promise<string> {
  const { startEmbeddedPostgres } = await embeddedPostgres();
  // PostgreSQL's own messages go to a file: a server that dies mid-run says why there.
  const pgLog = createWriteStream(join(BENCH_DATA, 'postgres.log'), { flags: 'a' });
  const server = await startEmbeddedPostgres({
    databaseDir: join(BENCH_DATA, 'postgres'),
    port: Number(process.env.BENCH_POSTGRES_PORT ?? 54339),
    log: (line: string) => pgLog.write(`${line}\n`),
  });
  stops.push(server.stop);
  return server.url;
}

async function startContenders(
  databaseUrl: string,
  targets: BenchTargets,
  withPostGraphile: boolean,
  stops: (() => Promise<void>)[],
): Promise<Contender[]> {
  const api = await startApi(databaseUrl, BENCH_DATA, { countStatements: false });
  stops.push(api.stop);
  const counting = await startApi(databaseUrl, BENCH_DATA, { countStatements: true });
  stops.push(counting.stop);
  const ceiling = await startCeiling(databaseUrl, BENCH_DATA);
  stops.push(ceiling.stop);
  const contenders: Contender[] = [
    {
      name: 'ours',
      server: api,
      send: (request) => ({ url: api.url, body: request.body(targets) }),
      countingUrl: counting.url,
    },
    {
      name: 'ceiling',
      server: ceiling,
      send: (request) =>
        CEILING_STATEMENTS[request.name]
          ? { url: `${ceiling.url}/${request.name}`, body: request.body(targets).variables }
          : null,
    },
  ];
  const postgraphile = withPostGraphile
    ? await startPostGraphile(databaseUrl, BENCH_DATA, log)
    : null;
  if (postgraphile) {
    stops.push(postgraphile.stop);
    contenders.push({
      name: 'postgraphile',
      server: postgraphile,
      send: (request) => {
        const documentFor = POSTGRAPHILE_REQUESTS[request.name as RequestName];
        return documentFor ? { url: postgraphile.url, body: documentFor(targets) } : null;
      },
    });
  }
  return contenders;
}

async function measure(
  request: BenchRequest,
  contenders: Contender[],
  rounds: number,
  seconds: number,
  dataSource: DataSource,
): Promise<RequestFigures> {
  const figures: RequestFigures = {
    name: request.name,
    description: request.description,
    gaps: {},
  } as RequestFigures;
  const runs = new Map<
    string,
    { at1: LoadResult[]; at10: LoadResult[]; at50: LoadResult[]; peak: number }
  >();
  const active: { contender: Contender; body: string; url: string }[] = [];
  for (const contender of contenders) {
    const sent = contender.send(request);
    if (!sent) {
      figures.gaps[contender.name] =
        (contender.name === 'postgraphile' && POSTGRAPHILE_GAPS[request.name as RequestName]) ||
        'no equivalent request';
      continue;
    }
    const problem = await probe(sent.url, sent.body);
    if (problem) {
      figures.gaps[contender.name] = problem;
      log(`  ${contender.name}: ${problem}`);
      continue;
    }
    active.push({ contender, body: JSON.stringify(sent.body), url: sent.url });
    runs.set(contender.name, { at1: [], at10: [], at50: [], peak: 0 });
  }
  for (let round = 0; round < rounds; round++) {
    // Each round starts with another contender, so drift in the machine's speed is shared.
    const order = active.map((_, i) => active[(i + round) % active.length]);
    for (const { contender, body, url } of order) {
      const pid = contender.server.process.pid!;
      const run = runs.get(contender.name)!;
      // What the contender before left running would be measured as this one's slowness.
      await settled(contenders[0].server.url, dataSource);
      const { result, peakMegabytes } = await withPeakMemory(pid, async () => [
        await load(url, body, 10, seconds, pid, round === 0),
        await load(url, body, 50, seconds, pid, false),
      ]);
      run.at10.push(result[0]);
      run.at50.push(result[1]);
      run.peak = Math.max(run.peak, peakMegabytes);
      if (contender.name === 'ours') {
        await settled(contender.server.url, dataSource);
        run.at1.push(await load(url, body, 1, seconds, pid, false));
      }
    }
  }
  for (const { contender, body } of active) {
    const run = runs.get(contender.name)!;
    const answer = contender.countingUrl ? await measuredAnswer(contender.countingUrl, body) : null;
    const result: ContenderFigures = {
      at10: median(run.at10),
      at50: median(run.at50),
      ...(run.at1.length ? { at1: median(run.at1) } : {}),
      statements: answer?.statements ?? null,
      answerBytes: answer?.bytes ?? null,
      mapNodes: answer?.mapNodes ?? null,
      peakMegabytes: run.peak,
    };
    figures[contender.name] = result;
  }
  return figures;
}

/** Null when the answer has data and no errors; else what is wrong with it. */
async function probe(url: string, body: unknown): Promise<string | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) return `HTTP ${response.status}: ${text.slice(0, 300)}`;
  const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (answer.errors?.length) return `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`;
  if (!answer.data || Object.values(answer.data).some((value) => value === null))
    return `no data: ${text.slice(0, 300)}`;
  return null;
}

/**
 * Waits until what the last load left queued is worked off (autocannon stops sending, not what
 * it sent): no statement of any contender still running in PostgreSQL, and our API answering a
 * trivial operation at once, each twice in a row; or two minutes.
 */
async function settled(url: string, dataSource: DataSource): Promise<void> {
  const until = Date.now() + 120_000;
  for (let quiet = 0; quiet < 2 && Date.now() < until;) {
    const [{ running }] = await dataSource.query(
      `SELECT count(*)::int AS running FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    const started = Date.now();
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    quiet = running === 0 && Date.now() - started < 50 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The SQL statements one answer cost (from our API's header), its size and a map's nodes. */
async function measuredAnswer(url: string, body: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  const header = response.headers.get('x-sql-statements');
  const answer = JSON.parse(text) as { data?: { whoDoesWhat?: { nodes?: unknown[] } } };
  return {
    statements: header === null ? null : Number(header),
    bytes: Buffer.byteLength(text),
    mapNodes: answer.data?.whoDoesWhat?.nodes?.length ?? null,
  };
}

/** The fan-out changes one actor; its description, version and audit rows are put back after. */
async function fanoutRestoring(
  dataSource: DataSource,
  options: Parameters<typeof fanout>[0],
): Promise<FanoutResult> {
  const [before] = await dataSource.query('SELECT description, version FROM actor WHERE id = $1', [
    options.actorId,
  ]);
  try {
    return await fanout(options);
  } finally {
    await dataSource.transaction(async (tx) => {
      await tx.query('UPDATE actor SET description = $2, version = $3 WHERE id = $1', [
        options.actorId,
        before.description,
        before.version,
      ]);
      await rewriteAuditLog(
        tx,
        `DELETE FROM audit_event WHERE record_type = 'Actor' AND record_id = $1
           AND after->>'description' LIKE 'Benchmark change %'`,
        [options.actorId],
      );
    });
  }
}

function report(results: {
  figures: RequestFigures[];
  writeMs: number;
  subscriptions: FanoutResult;
  targets: BenchTargets;
  seconds: number;
  rounds: number;
}) {
  log('');
  log(table(results.figures));
  log('');
  log(
    `1,000-item write (one peopleUpsert bulk call of 1,000 new people): ${results.writeMs.toFixed(0)} ms`,
  );
  const s = results.subscriptions;
  log(
    `subscription fan-out: ${s.subscribers} subscribers × ${s.changes} changes, ` +
      `${s.eventsPerSecond.toFixed(0)} events/s delivered; idle subscribers took ${s.idleMegabytes.toFixed(0)} MB`,
  );
  log('');
  const checks = checkTargets(results);
  for (const check of checks)
    log(`${check.met ? 'met    ' : 'NOT MET'}  ${check.target}: ${check.measured}`);
  const file = join(
    BENCH_DATA,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  const json = JSON.stringify({ at: new Date().toISOString(), ...results, checks }, null, 2);
  writeFileSync(file, json);
  writeFileSync(join(BENCH_DATA, 'results', 'latest.json'), json);
  log(`\nfigures written to ${file}`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
