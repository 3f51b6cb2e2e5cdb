import { createHash } from 'node:crypto';
import { createServer, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import compression from 'compression';
import express from 'express';
import { createProxyServer } from 'http-proxy-3';
import getRawBody from 'raw-body';
import { followRequests } from '../core/http/drain';
import { BODY_LIMIT_BYTES } from '../core/http/graphql-endpoint';
import { sessionSecretOf } from '../core/http/session-cookie';
import { mountWebClient } from '../core/http/web-client';
import { logLine } from './log';
import { mayRepeat } from './read-only';

/** An API process behind the proxy. */
export interface Upstream {
  name: string;
  /** `http://host:port`, without a path. */
  url: string;
}

export interface ProxyOptions {
  port: number;
  host: string;
  upstreams: Upstream[];
  /** The built web client, served by the proxy itself; none: only the API is proxied. */
  webClientDir?: string;
  /** How often each process's `/health/ready` is asked; default 500 ms. */
  healthIntervalMs?: number;
}

export interface RunningProxy {
  url: string;
  port: number;
  /** The processes `/health/ready` last found ready, by name. */
  ready(): string[];
  /** Stops accepting connections and waits up to `graceMs` for the requests in flight. */
  drain(graceMs: number): Promise<void>;
  /** Once the API processes have gone: waits up to `waitMs` for the last connections, then cuts them. */
  close(waitMs: number): Promise<void>;
}

/** Errors of a connection that was never made: the request did not reach the process. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** The paths the API processes answer; the proxy serves everything else from the web client. */
const isApiPath = (path: string) => path === '/graphql' || path.startsWith('/graphql/');

interface Backend extends Upstream {
  healthy: boolean;
  /** Health checks failed in a row. */
  failedChecks: number;
}

/**
 * A process is taken out of turn after this many failed health checks in a row (one slow answer
 * under load does not), or at once when it refuses a connection; back in turn after one success.
 */
const FAILED_CHECKS_BEFORE_DOWN = 2;

/** An answer in the API's own form, for when no process can give one. */
function unavailable(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'retry-after': '1',
    'cache-control': 'no-store',
  });
  response.end(
    JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
  );
}

/**
 * The request's body, read whole when it is small enough to be sent again (a GraphQL request
 * always is); null when it is streamed through instead (larger, or of unknown length), so that
 * the request is sent once only.
 */
async function bodyOf(request: IncomingMessage): Promise<Buffer | null> {
  const length = request.headers['content-length'];
  if (length === undefined) return request.headers['transfer-encoding'] ? null : Buffer.alloc(0);
  if (Number(length) > BODY_LIMIT_BYTES) return null;
  return getRawBody(request, { length, limit: BODY_LIMIT_BYTES });
}

/**
 * Who a request is from, when signed in: their API token or their session's secret. A caller's
 * requests go to one process while it is ready, so that one with a read replica reads their own
 * writes (the API keeps the marks of who wrote in the process that served the write).
 */
function callerOf(request: IncomingMessage): string | null {
  return request.headers.authorization ?? sessionSecretOf(request);
}

/** A caller's process, from 0 to `count` − 1, the same for them on every request. */
function affinityOf(caller: string, count: number): number {
  return createHash('sha256').update(caller).digest().readUInt32BE(0) % count;
}

/**
 * A reverse proxy in front of several API processes, as a load balancer would be: it asks each
 * process's `/health/ready` every `healthIntervalMs` and sends requests (HTTP and WebSocket) to
 * those that are ready: a signed-in caller's to one process of theirs, others in turn. A request a process could not take (refused: it has just died)
 * goes to the next one, and so does a read (an idempotent method, or a GraphQL query) that a
 * process failed midway; a mutation is never sent twice. It serves the web client itself and
 * answers `/health/live` and `/health/ready` (some process is ready) for its own checks.
 * http-proxy-3 forwards, with X-Forwarded-For (the API processes trust one proxy hop).
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const backends: Backend[] = options.upstreams.map((upstream) => ({
    ...upstream,
    healthy: false,
    failedChecks: 0,
  }));
  const agent = new Agent({ keepAlive: true });
  const proxy = createProxyServer({ xfwd: true, agent });
  // Every call passes its own error callback; this catches what comes after (a WebSocket's proxied
  // connection failing), which would otherwise end the process.
  proxy.on('error', (error) => logLine('proxy', `error: ${error.message}`));
  const socketsOf = new WeakMap<IncomingMessage, { reused: boolean }>();
  proxy.on('proxyReq', (proxyRequest, request) => {
    socketsOf.set(request, { reused: proxyRequest.reusedSocket });
  });
  let turn = 0;
  /**
   * The next ready process not yet tried for this request: a signed-in caller's own process
   * first (`callerOf`), others in turn.
   */
  const next = (tried: Set<Backend>, caller: string | null): Backend | undefined => {
    const start = caller === null ? turn : affinityOf(caller, backends.length);
    for (let i = 0; i < backends.length; i += 1) {
      const backend = backends[(start + i) % backends.length];
      if (backend.healthy && !tried.has(backend)) {
        if (caller === null) turn = (start + i + 1) % backends.length;
        return backend;
      }
    }
    return undefined;
  };

  const markDown = (backend: Backend, why: string) => {
    if (!backend.healthy) return;
    backend.healthy = false;
    logLine('proxy', `${backend.name} is down (${why})`);
  };
  const check = async (backend: Backend) => {
    const ready = await fetch(`${backend.url}/health/ready`, {
      signal: AbortSignal.timeout(1000),
    }).then(
      (answer) => answer.ok,
      () => false,
    );
    if (ready && !backend.healthy) logLine('proxy', `${backend.name} is ready`);
    backend.failedChecks = ready ? 0 : backend.failedChecks + 1;
    if (ready) backend.healthy = true;
    else if (backend.failedChecks >= FAILED_CHECKS_BEFORE_DOWN) markDown(backend, 'not ready');
  };
  let checking = true;
  const checks = (async () => {
    while (checking) {
      await Promise.all(backends.map(check));
      await new Promise((resolve) => setTimeout(resolve, options.healthIntervalMs ?? 500));
    }
  })();

  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await bodyOf(request);
    const repeatable = body !== null && mayRepeat(request.method, body);
    const tried = new Set<Backend>();
    const caller = callerOf(request);
    const attempt = () => {
      const backend = next(tried, caller);
      if (!backend) {
        unavailable(response, 503, 'No API process is ready; try again in a moment.');
        return;
      }
      tried.add(backend);
      const buffer = body ? Readable.from([body]) : undefined;
      proxy.web(request, response, { target: backend.url, buffer }, (error) => {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        // A kept-alive connection the process had closed as this request went out: not sent.
        const stale = code === 'ECONNRESET' && socketsOf.get(request)?.reused === true;
        const notSent = NOT_SENT.has(code) || stale;
        if (NOT_SENT.has(code)) markDown(backend, code);
        if (response.headersSent) {
          response.destroy();
        } else if (body !== null && (notSent || repeatable)) {
          attempt();
        } else {
          unavailable(
            response,
            502,
            `The API process failed this request (${code || error.message}).`,
          );
        }
      });
    };
    attempt();
  };

  const webClient = express();
  webClient.disable('x-powered-by');
  webClient.use(compression());
  if (options.webClientDir) mountWebClient(webClient, options.webClientDir);

  const server = createServer();
  const http = followRequests(server);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health/live' || path === '/health/ready') {
      const ok = path === '/health/live' || backends.some((backend) => backend.healthy);
      response.writeHead(ok ? 200 : 503, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
    } else if (isApiPath(path)) {
      forward(request, response).catch((error: Error) => {
        if (!response.headersSent) unavailable(response, 400, `Bad request: ${error.message}`);
      });
    } else {
      webClient(request, response);
    }
  });
  const webSockets = new Set<Socket>();
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!isApiPath((request.url ?? '/').split('?')[0])) {
      socket.destroy();
      return;
    }
    webSockets.add(socket);
    socket.once('close', () => webSockets.delete(socket));
    const tried = new Set<Backend>();
    const caller = callerOf(request);
    // As for HTTP: a process that refused the connection has not seen it, the next may take it.
    const attempt = () => {
      const backend = next(tried, caller);
      if (!backend) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\n\r\n');
        return;
      }
      tried.add(backend);
      proxy.ws(request, socket, head, { target: backend.url }, (error) => {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!NOT_SENT.has(code)) {
          socket.destroy();
          return;
        }
        markDown(backend, code);
        attempt();
      });
    };
    attempt();
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    port,
    ready: () => backends.filter((backend) => backend.healthy).map((backend) => backend.name),
    async drain(graceMs) {
      await http.drain(graceMs);
    },
    async close(waitMs) {
      checking = false;
      await checks;
      for (const socket of webSockets) socket.destroy();
      await http.closed(waitMs);
      agent.destroy();
      proxy.close();
    },
  };
}
