import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { runInRequestScope } from '../request-scope';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * What every HTTP request gets before its handler runs: an id of the server's own (in the
 * `x-request-id` response header from here on, and with every change in the audit log: a caller
 * cannot choose what the log says), one log line when it is answered (with the caller's own
 * `x-request-id`, when it is sane, as `clientRequestId`, so a request can be followed across
 * services), and the headers that let browsers on other origins call the
 * API. Tokens travel in the Authorization header, never in cookies, so allowing any origin leaks
 * nothing. Preflight requests are answered here.
 *
 * With `countStatements` the handler runs in a request scope that counts its SQL statements. The
 * scope is an AsyncLocalStorage, whose promise hooks cost Node 20 a tenth of a small request's
 * CPU: it is for tests and measurements (`SQL_STATEMENT_HEADER`), off in production by default.
 */
export function withRequestScope(
  logger: Logger,
  handle: Handler,
  options: { countStatements: boolean },
): Handler {
  return (request, response) => {
    const header = request.headers['x-request-id'];
    const clientRequestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : null;
    const requestId = randomUUID();
    const scope = { requestId, sqlStatements: 0 };
    const started = process.hrtime.bigint();
    response.setHeader('x-request-id', requestId);
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id');
    response.setHeader('access-control-expose-headers', 'x-request-id');
    response.on('finish', () => {
      logger.info(
        {
          requestId,
          ...(clientRequestId ? { clientRequestId } : {}),
          method: request.method,
          url: request.url,
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          ...(options.countStatements ? { sqlStatements: scope.sqlStatements } : {}),
        },
        'request',
      );
    });
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (options.countStatements) runInRequestScope(scope, () => handle(request, response));
    else handle(request, response);
  };
}
