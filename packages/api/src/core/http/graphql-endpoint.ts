import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import accepts from 'accepts';
import getRawBody from 'raw-body';
import { Sema } from 'async-sema';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { internalErrorMessage } from '../graphql/format-error';
import { sessionSecretOf } from './session-cookie';
import type { Logger } from '../logger';

const gzip = promisify(gzipCallback);

/** The largest request body we read (and WebSocket message): a bulk request of thousands fits. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Answers smaller than this travel as they are: gzip would cost more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

/** `/graphql`, with or without a query string (GET requests carry the operation there). */
export function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || url?.startsWith('/graphql?') === true;
}

function problem(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** A POST's JSON body; undefined for a GET. Any other body is refused (415). */
async function readBody(request: IncomingMessage): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await getRawBody(request, { limit: BODY_LIMIT_BYTES, encoding: 'utf8' });
  if (!/^application\/(graphql-response\+)?json\b/i.test(request.headers['content-type'] ?? '')) {
    throw Object.assign(new Error('not JSON'), { type: 'unsupported.media.type' });
  }
  return JSON.parse(text);
}

async function writeComplete(
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
): Promise<void> {
  response.setHeader('vary', 'accept-encoding');
  if (
    body.length >= COMPRESS_FROM_BYTES &&
    accepts(request).encoding('gzip', 'identity') === 'gzip'
  ) {
    // zlib works on the thread pool: the event loop goes on serving while a large answer packs.
    const packed = await gzip(body);
    response.setHeader('content-encoding', 'gzip');
    response.end(packed);
    return;
  }
  response.end(body);
}

/** A request's body, or undefined after answering a body that cannot be read. */
async function bodyOrProblem(request: IncomingMessage, response: ServerResponse) {
  try {
    return { body: await readBody(request) };
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      // The rest of the body is not read: the connection cannot carry another request.
      response.setHeader('connection', 'close');
      problem(response, 413, 'PAYLOAD_TOO_LARGE', 'The request body is over 1 MiB.');
    } else if (type === 'unsupported.media.type') {
      problem(
        response,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the operation as JSON, with the header content-type: application/json.',
      );
    } else {
      const reason = (error as Error).message;
      problem(response, 400, 'BAD_REQUEST', `The request body is not valid JSON: ${reason}`);
    }
    return undefined;
  }
}

export interface GraphQLEndpointOptions {
  /**
   * Operations executed at once; more wait their turn in arrival order. A large answer holds tens
   * of megabytes while it is built: unbounded, fifty of them at once took the process past half a
   * gigabyte and spent more time collecting garbage than answering, while a few at a time keep
   * both cores busy and finish each sooner.
   */
  maxConcurrentOperations: number;
  /**
   * Requests of one caller (a token, a session, else an address) waiting or running at once;
   * more are answered 429 at once: one caller cannot fill the queue everyone waits in.
   */
  maxConcurrentPerCaller: number;
  /**
   * Milliseconds from a request's turn to its answer: past them it is answered 503
   * DEADLINE_EXCEEDED, and what it was doing is left to finish unanswered (holding its turn).
   */
  deadlineMs: number;
  /** The address a request came from (`clientAddress`). */
  addressOf: (request: IncomingMessage) => string | null;
  /** Where a failure outside Apollo's own handling (writing, compressing) is logged. */
  logger: Logger;
}

/**
 * Apollo Server at `/graphql` on Node's own request and response, without a framework between:
 * reading the body, compressing the answer and Apollo's pipeline are all an operation needs, and
 * a router, body parser and response helpers cost more than executing a small operation did.
 */
export function graphqlEndpoint<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  /**
   * The context of an operation, given the request's body; the response carries the request's
   * id (`x-request-id`).
   */
  contextFor: (
    request: IncomingMessage,
    response: ServerResponse,
    body: unknown,
  ) => Promise<TContext>,
  options: GraphQLEndpointOptions,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const slots = new Sema(options.maxConcurrentOperations);
  const inFlight = new Map<string, number>();
  const answer = async (request: IncomingMessage, response: ServerResponse, body: unknown) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method ?? 'GET',
        headers,
        search: url.includes('?') ? url.slice(url.indexOf('?')) : '',
        body,
      },
      context: () => contextFor(request, response, body),
    });
    if (response.headersSent) return; // past its deadline: answered already
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      await writeComplete(request, response, result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
  return async (request, response) => {
    // The body is read before taking a turn: a slow sender holds no one up.
    const read = await bodyOrProblem(request, response);
    if (!read) return;
    const caller = callerOf(request, options.addressOf);
    const running = inFlight.get(caller) ?? 0;
    if (running >= options.maxConcurrentPerCaller) {
      response.setHeader('retry-after', '1');
      problem(
        response,
        429,
        'TOO_MANY_CONCURRENT_REQUESTS',
        `At most ${options.maxConcurrentPerCaller} requests of one caller at once: wait for an answer first.`,
      );
      return;
    }
    inFlight.set(caller, running + 1);
    await slots.acquire();
    try {
      // A caller that gave up while waiting (a closed connection) is not answered: under a backlog,
      // executing abandoned operations would only delay the callers still waiting.
      if (response.destroyed) return;
      const deadline = setTimeout(() => {
        if (response.headersSent) return;
        problem(
          response,
          503,
          'DEADLINE_EXCEEDED',
          `The request took over ${options.deadlineMs / 1000} s; ask for less at once, or try again.`,
        );
      }, options.deadlineMs);
      try {
        await answer(request, response, read.body);
      } finally {
        clearTimeout(deadline);
      }
    } catch (error) {
      // Apollo answers its own failures; this is ours (compressing, writing). Never unhandled.
      const requestId = response.getHeader('x-request-id');
      options.logger.error({ err: error, requestId }, 'answering a GraphQL request failed');
      if (response.headersSent) response.destroy();
      else problem(response, 500, 'INTERNAL_SERVER_ERROR', internalErrorMessage(requestId));
    } finally {
      slots.release();
      const left = inFlight.get(caller)! - 1;
      if (left > 0) inFlight.set(caller, left);
      else inFlight.delete(caller);
    }
  };
}

/** Who a request counts as, before it is authenticated: its token, its session, its address. */
function callerOf(
  request: IncomingMessage,
  addressOf: (request: IncomingMessage) => string | null,
): string {
  const authorization = request.headers.authorization;
  if (authorization) return `token ${authorization}`;
  const session = sessionSecretOf(request);
  return session ? `session ${session}` : `address ${addressOf(request)}`;
}
