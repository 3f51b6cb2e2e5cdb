import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from 'express';
import type { Pool } from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { statementsInProcess } from './request-scope';

/** Who may read `/metrics`: callers with this bearer token, or when none is set, this machine only. */
export interface MetricsAccess {
  token?: string;
  /** The caller's address, as the rate limits see it (behind trusted proxies: the client's). */
  addressOf: (request: IncomingMessage) => string | null;
}

/** What `/metrics` reads at each scrape, beside what requests count. */
export interface MetricsSources {
  /** The database's pools by name (`app`, `public`). */
  pools: () => Record<string, Pool | undefined>;
  /** Whether the read replica answered at its last check; null without one. */
  replicaUp: () => boolean | null;
  /** Subscriptions open over WebSocket, and the sockets. */
  subscriptions: () => number;
  webSockets: () => number;
  /** Large HTTP operations waiting for their turn and running (`LargeOperationGate`). */
  largeOperations: () => { waiting: number; running: number };
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** What a request is, for its labels: a few kinds, never the raw URL (unbounded labels). */
function routeOf(url = ''): string {
  if (url === '/graphql' || url.startsWith('/graphql?')) return 'graphql';
  if (url.startsWith('/health/')) return 'health';
  if (url === '/metrics') return 'metrics';
  return 'web';
}

/**
 * The API's Prometheus metrics, in a registry of its own (one per server: tests run several in
 * one process): HTTP requests by route and status, their latency, GraphQL errors by code, SQL
 * statements, the pools' connections and the subscriptions open, and Node's own figures.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'samverkan_http_requests_total',
    help: 'HTTP requests answered, by route (graphql, health, metrics, web), method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'samverkan_http_request_duration_seconds',
    help: 'Time from an HTTP request’s arrival to its answer, by route.',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'samverkan_graphql_errors_total',
    help: 'Errors in GraphQL answers, by their extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'samverkan_' });
    new Counter({
      name: 'samverkan_sql_statements_total',
      help: 'SQL statements this process has sent to the database.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(statementsInProcess());
      },
    });
    const figures = [
      ['total', 'Connections of the pool, idle or in use.', (pool: Pool) => pool.totalCount],
      ['idle', 'Connections of the pool that are idle.', (pool: Pool) => pool.idleCount],
      [
        'waiting',
        'Requests waiting for a connection of the pool.',
        (pool: Pool) => pool.waitingCount,
      ],
    ] as const;
    for (const [figure, help, read] of figures) {
      new Gauge({
        name: `samverkan_db_pool_${figure}`,
        help,
        labelNames: ['pool'],
        registers: [this.registry],
        collect() {
          for (const [name, pool] of Object.entries(sources.pools())) {
            if (pool) this.set({ pool: name }, read(pool));
          }
        },
      });
    }
    if (sources.replicaUp() !== null) {
      new Gauge({
        name: 'samverkan_read_replica_up',
        help: 'Whether the read replica answered at its last check (1) or not (0).',
        registers: [this.registry],
        collect() {
          this.set(sources.replicaUp() ? 1 : 0);
        },
      });
    }
    new Gauge({
      name: 'samverkan_subscriptions_open',
      help: 'GraphQL subscriptions open in this process.',
      registers: [this.registry],
      collect() {
        this.set(sources.subscriptions());
      },
    });
    new Gauge({
      name: 'samverkan_large_operations',
      help: 'Large GraphQL operations over HTTP (by estimated cost), by state: waiting or running.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const { waiting, running } = sources.largeOperations();
        this.set({ state: 'waiting' }, waiting);
        this.set({ state: 'running' }, running);
      },
    });
    new Gauge({
      name: 'samverkan_websockets_open',
      help: 'WebSocket connections open to this process.',
      registers: [this.registry],
      collect() {
        this.set(sources.webSockets());
      },
    });
  }

  /** Counts `request` when it is answered (call on arrival). */
  follow(request: IncomingMessage, response: ServerResponse): void {
    const route = routeOf(request.url);
    const end = this.latency.startTimer({ route });
    response.once('finish', () => {
      end();
      this.requests.inc({ route, method: request.method ?? '', status: response.statusCode });
    });
  }

  /** Counts the errors of a GraphQL answer (HTTP or WebSocket). */
  countErrors(errors: readonly { extensions?: Record<string, unknown> }[]): void {
    for (const error of errors) this.errors.inc({ code: String(error.extensions?.code ?? 'NONE') });
  }

  /** `GET /metrics`, for the callers `access` admits; 404 for others (nothing to learn there). */
  mount(router: Router, access: MetricsAccess): void {
    router.get('/metrics', async (request, response) => {
      const admitted = access.token
        ? sameSecret(request.headers.authorization ?? '', `Bearer ${access.token}`)
        : LOOPBACK.test(access.addressOf(request) ?? '');
      if (!admitted) {
        response.status(404).json({ status: 'not found' });
        return;
      }
      response.setHeader('content-type', this.registry.contentType);
      response.setHeader('cache-control', 'no-store');
      response.end(await this.registry.metrics());
    });
  }
}

/** Compares in constant time: how long a refusal takes tells nothing of the token. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
