import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve as resolvePath } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { compiledExecutor } from './graphql/compiled-executor';
import { createFormatError } from './graphql/format-error';
import { mountHealth } from './health';
import { graphqlEndpoint, isGraphQLPath } from './http/graphql-endpoint';
import { withRequestScope } from './http/request';
import { currentRequestScope } from './request-scope';
import type { Logger } from './logger';
import type { Viewer } from './auth/roles';

export interface ApiServerOptions {
  schema: GraphQLSchema;
  /** The viewer an API token stands for; null when it is unknown or revoked. */
  authenticate: (token: string) => Promise<Viewer | null>;
  /** Makes the context of one operation. */
  contextFor: (viewer: Viewer | null, requestId: string, logger: Logger) => Context;
  /** Asked by `/health/ready`. */
  dataSource: DataSource;
  logger: Logger;
  /** Report each request's SQL statement count in the `x-sql-statements` response header. */
  exposeStatementCount: boolean;
  /** GraphQL operations over HTTP executed at once (default 10, the database pool's size). */
  maxConcurrentOperations?: number;
  /** The built web client to serve at `/`; default: the workspace's packages/web-client/dist. */
  webClientDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** The built web client (packages/web-client/dist), from src/core or dist/core alike. */
export const WEB_CLIENT_DIST = resolvePath(__dirname, '../../../web-client/dist');

/**
 * Serves the built web client at `/` when it exists, with a fallback to its index.html for the
 * client's own routes (GET requests for HTML outside /graphql and /health).
 */
function mountWebClient(app: express.Express, directory: string): void {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return;
  // No redirect from a folder to its slash: /geo is the client's route, not the folder geo/.
  app.use(express.static(directory, { index: false, redirect: false, maxAge: '1h' }));
  app.use((request, response, next) => {
    if (
      request.method !== 'GET' ||
      request.path === '/graphql' ||
      request.path.startsWith('/graphql/') ||
      request.path.startsWith('/health') ||
      !request.accepts('html')
    ) {
      next();
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
}

function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}

/**
 * Express 5 with Apollo Server at /graphql over HTTP, and graphql-ws on the same server and path.
 */
export async function startServer(
  options: ApiServerOptions,
  listen: { port: number; host: string },
): Promise<RunningServer> {
  const { schema, authenticate, logger } = options;
  const app = express();
  const httpServer: Server = createServer();

  const contextFor = async (authorization: unknown, requestId: string): Promise<Context> => {
    const token = bearerToken(authorization);
    const viewer = token ? await authenticate(token) : null;
    if (token && !viewer) {
      // An unknown token is an error, not anonymous access: the caller meant to be someone.
      throw new GraphQLError('This API token is unknown or revoked.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return options.contextFor(viewer, requestId, logger.child({ requestId }));
  };

  const formatError = createFormatError(logger);
  // WebSocket (graphql-ws): the token travels in connectionParams and is checked once, when the
  // connection opens. An unknown or revoked one closes it (4403 Forbidden), as HTTP answers 401.
  const viewers = new WeakMap<object, Viewer | null>();
  const formatErrors = (errors: readonly GraphQLError[], requestId?: string) =>
    errors.map((error) => formatError(error.toJSON(), error, requestId));
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearerToken(
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization,
        );
        const viewer = token ? await authenticate(token) : null;
        if (token && !viewer) return false;
        viewers.set(ctx, viewer);
        return true;
      },
      // Called for each operation: a subscription keeps its context while it lives.
      context: (ctx) => {
        const requestId = randomUUID();
        return options.contextFor(viewers.get(ctx) ?? null, requestId, logger.child({ requestId }));
      },
      // The same error mapping as over HTTP: domain errors get their codes, the rest is masked.
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors
          ? {
              ...result,
              errors: formatErrors(result.errors, (args.contextValue as Context).requestId),
            }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutor(schema),
    formatError,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field has a cache hint, so every answer is uncacheable: said once per response (below)
      // instead of by Apollo's cache-control plugin, which wraps every field's resolver and makes
      // a policy for each resolved field (a fifth of the CPU of a large answer).
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return { drainServer: async () => wsCleanup.dispose() };
        },
      },
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              response.http.headers.set('cache-control', 'no-store');
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
  mountHealth(router, options.dataSource);
  app.use(router);
  mountWebClient(app, options.webClientDir ?? WEB_CLIENT_DIST);

  const graphql = graphqlEndpoint(
    apollo,
    (request, response) =>
      contextFor(request.headers.authorization, String(response.getHeader('x-request-id'))),
    { maxConcurrentOperations: options.maxConcurrentOperations ?? 10, logger },
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
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}
