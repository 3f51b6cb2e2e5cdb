import autocannon from 'autocannon';
import { residentMegabytes } from '../processes';
import { heapAfterGc } from './inspector';
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
 * The bounds on memory, in MB, from the end of the warm-up to the end of the run. The heap after
 * a full collection is what the process keeps: a leak of even a few hundred bytes a request shows
 * in it (a soak of three minutes makes over 100,000 requests), while what a busy moment holds is
 * collected first. RSS also counts what V8 keeps of its heap for the next burst and the
 * allocator's fragmentation, which come and go with the moment's load: its bound is looser.
 */
export const MEMORY_BOUNDS = { heapGrowthMb: 16, rssGrowthMb: 96 };

export interface SoakReport {
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  failures: Failures;
  /** Requests autocannon saw fail: errors (resets, refusals), timeouts, statuses not 2xx. */
  transportFailures: { errors: number; timeouts: number; non2xx: number };
  /** MB: the highest in the window after the warm-up, in the whole run, in the last window. */
  rss: { afterWarmUp: number; peak: number; end: number };
  heap: { afterWarmUp: number; end: number };
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
  let heapAfterWarmUp = NaN;
  const warmedUp = new Promise<void>((resolve) =>
    setTimeout(async () => {
      heapAfterWarmUp = await heapAfterGc(api.inspectorUrl);
      resolve();
    }, options.warmUpSeconds * 1_000),
  );
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    requests: soakRound(targets, api.editorToken, failures),
  });
  await warmedUp;
  clearInterval(sampler);
  const heapEnd = await heapAfterGc(api.inspectorUrl);
  // RSS swings with the moment's load: the highest in a window as long as the warm-up right
  // after it is compared with the highest in the run's last such window.
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
    ...(heapEnd - heapAfterWarmUp > MEMORY_BOUNDS.heapGrowthMb
      ? [
          `the heap after GC grew ${(heapEnd - heapAfterWarmUp).toFixed(1)} MB (bound ${MEMORY_BOUNDS.heapGrowthMb})`,
        ]
      : []),
    ...(rss.end - rss.afterWarmUp > MEMORY_BOUNDS.rssGrowthMb
      ? [
          `RSS grew ${(rss.end - rss.afterWarmUp).toFixed(1)} MB (bound ${MEMORY_BOUNDS.rssGrowthMb})`,
        ]
      : []),
    ...(result.requests.total === 0 ? ['no request was answered'] : []),
  ];
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    failures,
    transportFailures,
    rss,
    heap: { afterWarmUp: heapAfterWarmUp, end: heapEnd },
    problems,
  };
}

/** The report as lines for a terminal. */
export function describeSoak(report: SoakReport, options: SoakOptions): string {
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  return [
    `soak: ${options.connections} connections for ${options.seconds} s (warm-up ${options.warmUpSeconds} s)`,
    `  ${report.requests} requests, ${report.requestsPerSecond.toFixed(0)}/s, p99 ${report.p99Ms} ms`,
    `  RSS at most ${mb(report.rss.afterWarmUp)} in the ${options.warmUpSeconds} s after the warm-up, ${mb(report.rss.end)} in the last ${options.warmUpSeconds} s, peak ${mb(report.rss.peak)} (growth bound ${MEMORY_BOUNDS.rssGrowthMb} MB)`,
    `  heap after GC: after warm-up ${mb(report.heap.afterWarmUp)}, end ${mb(report.heap.end)} (growth bound ${MEMORY_BOUNDS.heapGrowthMb} MB)`,
    report.problems.length ? `FAILED:\n  ${report.problems.join('\n  ')}` : 'passed',
  ].join('\n');
}
