import autocannon from 'autocannon';
import { cpuMilliseconds } from './processes';

/** What one load run measured: throughput and latency percentiles (ms). */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests that failed or answered other than 200. */
  failures: number;
  /** The server's CPU time (user + system) per request, ms. */
  cpuPerRequest: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/**
 * POSTs `body` to `url` over `connections` connections (no pipelining) for `seconds`; with
 * `warmUp`, after a second that is not counted (plans cached, pools filled, JIT warm).
 */
export async function load(
  url: string,
  body: string,
  connections: number,
  seconds: number,
  /** The server's process, whose CPU time the run measures. */
  pid: number,
  warmUp: boolean,
): Promise<LoadResult> {
  const options = {
    url,
    method: 'POST' as const,
    body,
    connections,
    pipelining: 1,
    headers: { 'content-type': 'application/json' },
  };
  if (warmUp) await autocannon({ ...options, duration: 1 });
  const latencies: number[] = [];
  const cpuBefore = cpuMilliseconds(pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  const cpu = cpuMilliseconds(pid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: result.errors + result.timeouts + result.non2xx,
    cpuPerRequest: cpu / Math.max(1, result.requests.total),
  };
}
