import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { compiledErrors, compiledExecution } from './graphql/compiled-executor';
import { DEFAULT_TIMEOUTS, type DatabaseTimeouts } from './db/timeouts';
import { createFormatError } from './graphql/format-error';
import {
  checkedOverWebSocket,
  DEFAULT_LIMITS,
  limitError,
  limitRules,
  operationRefused,
  type DocumentLimits,
} from './graphql/limits';
import { mountHealth, type Readiness } from './health';
import { Metrics, type MetricsSources } from './metrics';
import { answerClientErrorsInJson } from './http/client-error';
import { BODY_LIMIT_BYTES, graphqlEndpoint, isGraphQLPath } from './http/graphql-endpoint';
import { admitted } from './http/admission';
import {
  callerGone,
  DEFAULT_LARGE_OPERATIONS,
  LargeOperationGate,
  type LargeOperationLimits,
} from './http/large-operations';
import { asksForQuery } from './http/query-operation';
import { followRequests } from './http/drain';
import { clientAddress } from './http/client-address';
import {
  DEFAULT_RATE_LIMITS,
  RateLimits,
  rateLimitHeaders,
  type RateLimitState,
} from './http/rate-limit';
import { withRequestScope } from './http/request';
import { mountWebClient, WEB_CLIENT_DIST } from './http/web-client';
import {
  credentialsOf,
  malformedAuthorization,
  sameOrAllowedOrigin,
  unknownToken,
  type Credentials,
} from './http/credentials';
import { sessionCookie, sessionSecretOf, type SessionCookie } from './http/session-cookie';
import { currentRequestScope } from './request-scope';
import type { Logger } from './logger';
import type { Viewer } from './auth/roles';

export interface ApiServerOptions {
  schema: GraphQLSchema;
  /**
   * Who credentials stand for: an API token, or the secret of a signed-in user's session; null
   * when they are unknown, revoked, expired, or their user is disabled.
   */
  authenticate: (credentials: Credentials) => Promise<Viewer | null>;
  /**
   * Makes the context of one operation; `session` is null over WebSocket. `asksForQuery`: whether
   * it is a query over HTTP (parsed when first asked; false over WebSocket), which a replica may
   * serve.
   */
  contextFor: (
    viewer: Viewer | null,
    requestId: string,
    logger: Logger,
    session: SessionCookie | null,
    address: string | null,
    asksForQuery: () => boolean,
  ) => Context | Promise<Context>;
  /** What `/health/ready` answers. */
  readiness: Readiness;
  /**
   * What `/metrics` reports beside the requests, and who may read it: callers with the bearer
   * `token`, or when none is set, callers on this machine only.
   */
  metrics: Omit<MetricsSources, 'webSockets' | 'largeOperations'> & { token?: string };
  logger: Logger;
  /** Report each request's SQL statement count in the `x-sql-statements` response header. */
  exposeStatementCount: boolean;
  /** GraphQL operations over HTTP executed at once (default 10, the database pool's size). */
  maxConcurrentOperations?: number;
  /**
   * HTTP operations that count as large by their estimated cost, and how many of them run at
   * once (default `DEFAULT_LARGE_OPERATIONS`); see `LargeOperationGate`.
   */
  largeOperations?: LargeOperationLimits;
  /** Requests of one caller waiting or running at once over HTTP (default 8). */
  maxConcurrentPerCaller?: number;
  /** Milliseconds from a request's turn to its answer (default 30,000). */
  deadlineMs?: number;
  /** Proxies in front of the API that append to `X-Forwarded-For` (default 0: none). */
  trustProxyHops?: number;
  /** The built web client to serve at `/`; default: the workspace's packages/web-client/dist. */
  webClientDir?: string;
  /**
   * Production: anonymous callers may not introspect, and no error suggests the schema's names
   * ("Did you mean …").
   */
  production?: boolean;
  /** What one document may ask; default `DEFAULT_LIMITS`. */
  limits?: DocumentLimits;
  /** The database's limits, to tell a caller which one their request met. */
  timeouts?: DatabaseTimeouts;
  /**
   * Pages of other origins whose scripts may open WebSockets (`https://host:port`); a page of the
   * API's own origin, and a client that sends no `Origin` (a script), always may.
   */
  webSocketOrigins?: string[];
  /** Subscriptions one WebSocket may hold at once (default 20). */
  maxSubscriptionsPerSocket?: number;
  /** Each caller's points per minute (default: `DEFAULT_RATE_LIMITS`, in this process). */
  rateLimits?: RateLimits;
}

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets the HTTP requests in flight finish within `graceMs`
   * (default `DEFAULT_SHUTDOWN_GRACE_MS`; those still running then are cut), then closes every
   * WebSocket with 1001 (going away). Resolves with how many requests were cut.
   */
  close: (graceMs?: number) => Promise<{ cut: number }>;
}

/** How long a shutdown waits for the HTTP requests in flight. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** How long a closing WebSocket's client has to answer its close before it is cut. */
const WEBSOCKET_CLOSE_WAIT_MS = 2_000;

/**
 * Express 5 with Apollo Server at /graphql over HTTP, and graphql-ws on the same server and path.
 */
export async function startServer(
  options: ApiServerOptions,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const { schema, authenticate, logger, production = false, limits = DEFAULT_LIMITS } = options;
  const rateLimits = options.rateLimits ?? new RateLimits(DEFAULT_RATE_LIMITS);
  const addressOf = (request: IncomingMessage) =>
    clientAddress(request, options.trustProxyHops ?? 0);
  /** Each HTTP request's rate limit after its charge, for its answer's headers. */
  const charged = new WeakMap<Context, RateLimitState>();
  const largeOperations = new LargeOperationGate(
    options.largeOperations ?? DEFAULT_LARGE_OPERATIONS,
  );
  /** Each large HTTP operation's end of its turn, called once its answer is made. */
  const leaving = new WeakMap<Context, () => void>();
  const app = express();
  const httpServer: Server = createServer();
  answerClientErrorsInJson(httpServer);
  // Before any handler: a request counts as in flight from its arrival.
  const http = followRequests(httpServer);
  const metrics = new Metrics({
    ...options.metrics,
    webSockets: () => wsServer.clients.size,
    largeOperations: () => largeOperations.counts,
  });
  httpServer.on('request', (request, response) => metrics.follow(request, response));

  const contextFor = async (
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    body: unknown,
  ): Promise<Context> => {
    const credentials = credentialsOf(request.headers.authorization, sessionSecretOf(request));
    if (credentials === 'malformed') throw malformedAuthorization();
    const viewer = credentials ? await authenticate(credentials) : null;
    const address = addressOf(request);
    const cookie = sessionCookie(request, response, address);
    // An unknown token is an error, not anonymous access: the caller meant to be someone. A
    // session that ended or expired is normal: the browser reads on as anonymous, cookie gone.
    if (credentials && !viewer) {
      if ('token' in credentials) throw unknownToken();
      cookie.clear();
    }
    const context = await options.contextFor(
      viewer,
      requestId,
      logger.child({ requestId }),
      cookie,
      address,
      () => asksForQuery(body, limits.tokens),
    );
    context.callerGone = () => response.destroyed || response.socket?.destroyed !== false;
    return context;
  };

  const formatError = createFormatError(logger, {
    limits,
    hideSuggestions: production,
    timeouts: options.timeouts ?? DEFAULT_TIMEOUTS,
  });
  // WebSocket (graphql-ws): the token travels in connectionParams, a browser's session in the
  // cookie of the upgrade request. An unknown token closes the connection (4403 Forbidden), as
  // HTTP answers 401; a session no longer valid reads as anonymous. Both are checked again for
  // every operation: a token revoked or expired, a session ended or a user disabled since the
  // socket opened closes it (4403) at its next operation.
  const connections = new WeakMap<object, Credentials | null>();
  /** Each connection's viewer, as its latest operation found it (`onSubscribe`). */
  const viewers = new WeakMap<object, Viewer | null>();
  const mayIntrospect = (viewer: Viewer | null) => !production || viewer !== null;
  const formatErrors = (errors: readonly GraphQLError[], requestId?: string) => {
    const formatted = errors.map((error) => formatError(error.toJSON(), error, requestId));
    metrics.countErrors(formatted);
    return formatted;
  };
  const maxSubscriptions = options.maxSubscriptionsPerSocket ?? 20;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: BODY_LIMIT_BYTES,
    // A browser sends its page's origin: a page elsewhere may not act with the user's cookie.
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }) =>
      sameOrAllowedOrigin(origin, req.headers.host, options.webSocketOrigins ?? []),
  });
  const execution = compiledExecution(schema);
  const wsCleanup = useServer(
    {
      schema,
      execute: execution.execute,
      subscribe: execution.subscribe,
      onConnect: async (ctx) => {
        const credentials = credentialsOf(
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization,
          sessionSecretOf(ctx.extra.request),
        );
        if (credentials === 'malformed') return false;
        const viewer = credentials ? await authenticate(credentials) : null;
        if (credentials && !viewer && 'token' in credentials) return false;
        connections.set(ctx, viewer ? credentials : null);
        return true;
      },
      // Before each operation: credentials no longer valid close the socket; the document is
      // held to the limits as over HTTP.
      onSubscribe: async (ctx, _id, payload) => {
        const credentials = connections.get(ctx) ?? null;
        const viewer = credentials ? await authenticate(credentials) : null;
        if (credentials && !viewer) {
          ctx.extra.socket.close(4403, 'Forbidden: the credentials are no longer valid.');
          return [unknownToken()];
        }
        viewers.set(ctx, viewer);
        // This operation is among them already.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          return [
            limitError(
              'subscriptions',
              maxSubscriptions,
              `A WebSocket holds at most ${maxSubscriptions} operations at once; end one first.`,
            ),
          ];
        }
        const checked = checkedOverWebSocket(schema, payload, limits, mayIntrospect(viewer));
        if (!('document' in checked)) return checked.errors;
        try {
          await admitted(schema, limits, rateLimits, {
            viewer,
            address: addressOf(ctx.extra.request),
            document: checked.document,
            variables: payload.variables ?? undefined,
            operationName: payload.operationName ?? undefined,
          });
        } catch (error) {
          return [error as GraphQLError];
        }
        return undefined;
      },
      // Called for each operation: a subscription keeps its context while it lives.
      context: (ctx) => {
        const requestId = randomUUID();
        return options.contextFor(
          viewers.get(ctx) ?? null,
          requestId,
          logger.child({ requestId }),
          null,
          addressOf(ctx.extra.request),
          () => false,
        );
      },
      // The same error mapping as over HTTP: domain errors get their codes, the rest is masked.
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors
          ? {
              ...result,
              errors: formatErrors(
                compiledErrors(result.errors),
                (args.contextValue as Context).requestId,
              ),
            }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    gateway: execution.gateway,
    formatError,
    // Signed-in callers may introspect in production too; anonymous ones are refused below.
    introspection: true,
    // A stack trace tells a caller how the server is built: in no answer, in any mode.
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.tokens },
    validationRules: limitRules(limits),
    validationOptions: { maxErrors: limits.errors },
    // The server's `close` stops it, in the order a shutdown needs (main.ts decides when).
    stopOnTerminationSignals: false,
    plugins: [
      // No field has a cache hint, so every answer is uncacheable: said once per response (below)
      // instead of by Apollo's cache-control plugin, which wraps every field's resolver and makes
      // a policy for each resolved field (a fifth of the CPU of a large answer).
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, request }) {
              const { viewer } = contextValue;
              const refused = operationRefused(
                document,
                request.variables,
                limits,
                mayIntrospect(viewer),
              );
              if (refused) throw refused;
              const { cost, rateLimit } = await admitted(schema, limits, rateLimits, {
                viewer,
                address: contextValue.address,
                document,
                variables: request.variables,
                operationName: request.operationName,
              });
              charged.set(contextValue, rateLimit);
              const leave = await largeOperations.enter(cost);
              if (!leave) return;
              // Its caller gave up while it waited (a closed connection): after a burst, running
              // abandoned large operations would only keep the callers still there waiting.
              if (contextValue.callerGone?.()) {
                leave();
                throw callerGone();
              }
              leaving.set(contextValue, leave);
            },
            async willSendResponse({ response, contextValue }) {
              leaving.get(contextValue)?.();
              if (response.body.kind === 'single' && response.body.singleResult.errors) {
                metrics.countErrors(response.body.singleResult.errors);
              }
              response.http.headers.set('cache-control', 'no-store');
              const state = charged.get(contextValue);
              for (const [name, value] of state ? rateLimitHeaders(state) : []) {
                response.http.headers.set(name, value);
              }
              const scope = currentRequestScope();
              if (scope && options.exposeStatementCount) {
                response.http.headers.set('x-sql-statements', String(scope.sqlStatements));
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // The web client's files travel gzipped to browsers that accept them (a fifth of the bytes for
  // its JavaScript and the map boundaries); GraphQL answers are compressed by their endpoint.
  app.use(compression());
  const router = express.Router();
  mountHealth(router, options.readiness);
  metrics.mount(router, { token: options.metrics.token, addressOf });
  app.use(router);
  mountWebClient(app, options.webClientDir ?? WEB_CLIENT_DIST);

  const graphql = graphqlEndpoint(
    apollo,
    (request, response, body) =>
      contextFor(request, response, String(response.getHeader('x-request-id')), body),
    {
      maxConcurrentOperations: options.maxConcurrentOperations ?? 10,
      maxConcurrentPerCaller: options.maxConcurrentPerCaller ?? 8,
      deadlineMs: options.deadlineMs ?? 30_000,
      addressOf,
      logger,
    },
  );
  httpServer.on(
    'request',
    withRequestScope(
      logger,
      (request, response) =>
        isGraphQLPath(request.url) ? graphql(request, response) : app(request, response),
      { countStatements: options.exposeStatementCount },
    ),
  );

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = listen.host === '0.0.0.0' || listen.host === '::' ? 'localhost' : listen.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    close: async (graceMs = DEFAULT_SHUTDOWN_GRACE_MS) => {
      const cut = await http.drain(graceMs);
      if (cut > 0) logger.warn(`shutdown: ${cut} requests still running were cut`);
      await closeWebSockets(wsServer, async () => wsCleanup.dispose());
      await apollo.stop();
      await http.closed(WEBSOCKET_CLOSE_WAIT_MS);
      return { cut };
    },
  };
}

/**
 * Closes every WebSocket with 1001 (graphql-ws's dispose), and cuts those whose client has not
 * answered within `WEBSOCKET_CLOSE_WAIT_MS`.
 */
async function closeWebSockets(
  wsServer: WebSocketServer,
  dispose: () => Promise<void>,
): Promise<void> {
  const clients = [...wsServer.clients];
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, WEBSOCKET_CLOSE_WAIT_MS);
  });
  await Promise.race([dispose(), late]);
  clearTimeout(timer);
  for (const client of clients) client.terminate();
}
