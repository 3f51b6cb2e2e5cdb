import type { LoadResult } from './load';

/** Everything one contender measured for one request. */
export interface ContenderFigures {
  /**
   * Medians of the rounds, at 10 and at 50 connections, and (ours only) for a single caller:
   * the time one person waits, which the latency targets are about, without the queue that
   * 10 callers on this machine's two cores (shared with PostgreSQL and the load) make.
   */
  at10: LoadResult;
  at50: LoadResult;
  at1?: LoadResult;
  statements: number | null;
  /** The size of one answer, in bytes (ours only). */
  answerBytes: number | null;
  /** The nodes of a who-does-what map's answer (ours only; null for other requests). */
  mapNodes?: number | null;
  peakMegabytes: number;
}

export interface RequestFigures {
  name: string;
  description: string;
  ours: ContenderFigures;
  ceiling?: ContenderFigures;
  postgraphile?: ContenderFigures;
  /** Why a contender has no figures for this request. */
  gaps: Record<string, string>;
}

/** The median of every figure over rounds (each figure on its own). */
export function median(rounds: LoadResult[]): LoadResult {
  const of = (key: keyof LoadResult) => {
    const sorted = rounds.map((round) => round[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return {
    requestsPerSecond: of('requestsPerSecond'),
    p50: of('p50'),
    p95: of('p95'),
    p99: of('p99'),
    failures: of('failures'),
    cpuPerRequest: of('cpuPerRequest'),
  };
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (ours: number, other?: number) => (other ? `${(ours / other).toFixed(2)}×` : '–');

/** A Markdown table: ours, and our throughput as a share of the ceiling's and PostGraphile's. */
export function table(rows: RequestFigures[]): string {
  const header = [
    'request',
    'p50 / p95 / p99 ms (10 c.)',
    'p95 ms, 1 caller',
    'req/s 10 c.',
    'req/s 50 c.',
    'SQL',
    'CPU ms/req',
    'peak RSS MB',
    'failed 10/50 c.',
    'ceiling req/s (10 c.)',
    '× ceiling',
    'PostGraphile req/s (10 c.)',
    '× PostGraphile',
  ];
  const lines = rows.map((row) => {
    const { ours, ceiling, postgraphile } = row;
    return [
      row.name,
      `${fixed(ours.at10.p50)} / ${fixed(ours.at10.p95)} / ${fixed(ours.at10.p99)}`,
      ours.at1 ? fixed(ours.at1.p95) : '–',
      fixed(ours.at10.requestsPerSecond),
      fixed(ours.at50.requestsPerSecond),
      ours.statements === null ? '–' : String(ours.statements),
      fixed(ours.at10.cpuPerRequest, 2),
      fixed(ours.peakMegabytes),
      `${ours.at10.failures}/${ours.at50.failures}`,
      ceiling ? fixed(ceiling.at10.requestsPerSecond) : '–',
      ratio(ours.at10.requestsPerSecond, ceiling?.at10.requestsPerSecond),
      postgraphile ? fixed(postgraphile.at10.requestsPerSecond) : '–',
      ratio(ours.at10.requestsPerSecond, postgraphile?.at10.requestsPerSecond),
    ];
  });
  return [header, header.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

/**
 * Our figures beside an earlier run's (its JSON file): throughput at 10 connections, p95 and
 * statements, then and now, for the requests both measured. The machine must be the same.
 */
export function comparison(earlier: RequestFigures[], now: RequestFigures[]): string {
  const before = new Map(earlier.map((row) => [row.name, row.ours]));
  const header = ['request', 'req/s then → now', 'p95 ms then → now', 'SQL then → now'];
  const lines = now.flatMap((row) => {
    const then = before.get(row.name);
    if (!then) return [];
    const ours = row.ours;
    return [
      [
        row.name,
        `${fixed(then.at10.requestsPerSecond)} → ${fixed(ours.at10.requestsPerSecond)} (${ratio(ours.at10.requestsPerSecond, then.at10.requestsPerSecond)})`,
        `${fixed(then.at10.p95)} → ${fixed(ours.at10.p95)}`,
        `${then.statements ?? '–'} → ${ours.statements ?? '–'}`,
      ],
    ];
  });
  return [header, header.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}
