import autocannon from 'autocannon';
import { residentMegabytes } from '../processes';
import { memoryAfterGc, type MemoryAfterGc } from './inspector';
import { Failures, findTargets, soakRound } from './workload';

/** The API under soak: its GraphQL address, its process, its inspector. */
export interface SoakedApi {
  url: string;
  pid: number;
  inspectorUrl: string;
  editorToken: string;
}

export interface SoakOptions {
  seconds: number;
  connections: number;
  /** Seconds at the start not judged for memory: pools fill, plans and code warm up. */
  warmUpSeconds: number;
}

/**
 * The bounds on memory, in MB, from the end of the warm-up to near the end of the run, both taken
 * right after a full collection while the load goes on. The heap is what the process keeps: a
 * leak of even a few hundred bytes a request shows in it (a soak of three minutes makes over
 * 100,000 requests). RSS adds what lives outside the heap (buffers, the driver's and the
 * allocator's memory), where a native leak would show. RSS sampled under load is reported, not
 * judged: it mostly tells how much garbage V8 let pile up before collecting, which swings with
 * the moment's load (by 100 MB between two runs of the same code on a busy machine).
 */
export const MEMORY_BOUNDS = { heapGrowthMb: 16, rssGrowthMb: 48 };

export interface SoakReport {
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  failures: Failures;
  /** Requests autocannon saw fail: errors (resets, refusals), timeouts, statuses not 2xx. */
  transportFailures: { errors: number; timeouts: number; non2xx: number };
  /** MB sampled under load: the highest in the window after the warm-up, in the run, at its end. */
  rss: { afterWarmUp: number; peak: number; end: number };
  /** After a full collection, at the end of the warm-up and near the end of the run. */
  afterGc: { afterWarmUp: MemoryAfterGc; end: MemoryAfterGc };
  /** What broke a bound or failed; empty when the soak passed. */
  problems: string[];
}

/**
 * Soaks `api` with a mix of the web client's reads and an editor's writes over `connections`
 * for `seconds`, sampling its RSS, and judges it: no failed request, memory within the bounds.
 */
export async function soak(api: SoakedApi, options: SoakOptions): Promise<SoakReport> {
  const failures = new Failures();
  const targets = await findTargets(api.url);
  const origin = new URL(api.url).origin;
  const samples: { at: number; mb: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(
    () => samples.push({ at: Date.now() - started, mb: residentMegabytes(api.pid) }),
    250,
  );
  // Both collections while the load still runs, so that each holds a busy moment's requests.
  const collectedAt = (seconds: number) =>
    new Promise<MemoryAfterGc>((resolve, reject) =>
      setTimeout(() => memoryAfterGc(api.inspectorUrl).then(resolve, reject), seconds * 1_000),
    );
  const atWarmUp = collectedAt(options.warmUpSeconds);
  const atEnd = collectedAt(Math.max(options.warmUpSeconds, options.seconds - 2));
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    requests: soakRound(targets, api.editorToken, failures),
  });
  const afterGc = { afterWarmUp: await atWarmUp, end: await atEnd };
  clearInterval(sampler);
  // RSS under load: the highest in a window as long as the warm-up right after it, and in the
  // run's last such window.
  const window = options.warmUpSeconds * 1_000;
  const peakWithin = (from: number, to: number) =>
    Math.max(...samples.filter(({ at }) => at >= from && at < to).map(({ mb }) => mb));
  const rss = {
    afterWarmUp: peakWithin(window, 2 * window),
    peak: peakWithin(0, Infinity),
    end: peakWithin(options.seconds * 1_000 - window, Infinity),
  };
  const transportFailures = {
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  const problems = [
    ...(failures.total
      ? [`${failures.total} requests failed: ${failures.examples.join('\n  ')}`]
      : []),
    ...(result.errors + result.timeouts + result.non2xx
      ? [`requests failed in transport: ${JSON.stringify(transportFailures)}`]
      : []),
    ...grewPast('the heap', afterGc, 'heap', MEMORY_BOUNDS.heapGrowthMb),
    ...grewPast('RSS', afterGc, 'rss', MEMORY_BOUNDS.rssGrowthMb),
    ...(result.requests.total === 0 ? ['no request was answered'] : []),
  ];
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    failures,
    transportFailures,
    rss,
    afterGc,
    problems,
  };
}

/** A problem when `what` grew past `bound` MB after collection, else none. */
function grewPast(
  what: string,
  { afterWarmUp, end }: SoakReport['afterGc'],
  key: keyof MemoryAfterGc,
  bound: number,
): string[] {
  const growth = end[key] - afterWarmUp[key];
  return growth > bound ? [`${what} after GC grew ${growth.toFixed(1)} MB (bound ${bound})`] : [];
}

/** The report as lines for a terminal. */
export function describeSoak(report: SoakReport, options: SoakOptions): string {
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  return [
    `soak: ${options.connections} connections for ${options.seconds} s (warm-up ${options.warmUpSeconds} s)`,
    `  ${report.requests} requests, ${report.requestsPerSecond.toFixed(0)}/s, p99 ${report.p99Ms} ms`,
    `  heap after GC: after warm-up ${mb(report.afterGc.afterWarmUp.heap)}, near the end ${mb(report.afterGc.end.heap)} (growth bound ${MEMORY_BOUNDS.heapGrowthMb} MB)`,
    `  RSS after GC: after warm-up ${mb(report.afterGc.afterWarmUp.rss)}, near the end ${mb(report.afterGc.end.rss)} (growth bound ${MEMORY_BOUNDS.rssGrowthMb} MB)`,
    `  RSS under load: at most ${mb(report.rss.afterWarmUp)} in the ${options.warmUpSeconds} s after the warm-up, ${mb(report.rss.end)} in the last ${options.warmUpSeconds} s, peak ${mb(report.rss.peak)}`,
    report.problems.length ? `FAILED:\n  ${report.problems.join('\n  ')}` : 'passed',
  ].join('\n');
}
