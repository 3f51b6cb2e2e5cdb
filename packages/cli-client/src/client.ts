import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * Exit codes scripts can trust: 0 done, 1 the request was refused as it was (user error), 2 the
 * command line was wrong, 3 authentication or permission, 4 the server or the network failed.
 */
export const EXIT = { userError: 1, usage: 2, access: 3, serverOrNetwork: 4 } as const;

/** A failure to report to the user: its message goes to stderr, the process exits with exitCode. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: number = EXIT.userError,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The API's GraphQL address, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: unknown };
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

/** How often a request over the rate limit is tried again. */
const RATE_LIMIT_RETRIES = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long the API asks to wait (Retry-After, in seconds), at most a minute. */
function retryAfter(response: Response): number {
  const seconds = Number(response.headers.get('retry-after') ?? 1);
  return Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 1, 60) * 1000;
}

/** Why fetch failed: undici hides the socket error (e.g. ECONNREFUSED) in `cause`. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string' && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function parseJson<TResult>(text: string): GraphQLResponse<TResult> | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as GraphQLResponse<TResult>) : null;
  } catch {
    return null;
  }
}

function describeErrors(errors: GraphQLErrorBody[]): string {
  const lines = errors.map((error) => {
    const code = error.extensions?.code;
    return `  - ${error.message}${typeof code === 'string' ? ` (${code})` : ''}`;
  });
  return `the Samverkan API answered with errors:\n${lines.join('\n')}`;
}

/** Refused credentials or rights: 3; the server's own failure: 4; anything else is the user's. */
function exitCodeOf(errors: GraphQLErrorBody[]): number {
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.some((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')) return EXIT.access;
  if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE')) {
    return EXIT.serverOrNetwork;
  }
  return EXIT.userError;
}

/** Runs one typed document against the API and returns its data, or throws a CliError. */
export async function request<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  const body = JSON.stringify({ query: print(document), variables });
  let response: Response;
  try {
    response = await fetch(options.url, { method: 'POST', headers, body });
    // Over the rate limit (a long import or export): wait as long as the API says, then go on.
    for (let retry = 1; response.status === 429 && retry <= RATE_LIMIT_RETRIES; retry += 1) {
      await sleep(retryAfter(response));
      response = await fetch(options.url, { method: 'POST', headers, body });
    }
  } catch (error) {
    throw new CliError(
      `cannot reach the Samverkan API at ${options.url} (${reasonOf(error)}). ` +
        'Is it running? Set SAMVERKAN_URL to its GraphQL address.',
      EXIT.serverOrNetwork,
    );
  }

  const text = await response.text();
  const answer = parseJson<TResult>(text);
  // GraphQL errors come first: the API answers e.g. a bad token with HTTP 401 and an errors list.
  if (answer?.errors?.length)
    throw new CliError(describeErrors(answer.errors), exitCodeOf(answer.errors));
  if (!response.ok) {
    const excerpt = text.trim().slice(0, 200);
    throw new CliError(
      `the Samverkan API at ${options.url} answered HTTP ${response.status} ${response.statusText}` +
        (excerpt ? `: ${excerpt}` : '') +
        '. Is SAMVERKAN_URL its GraphQL address?',
      response.status >= 500 ? EXIT.serverOrNetwork : EXIT.userError,
    );
  }
  if (!answer?.data) {
    throw new CliError(
      `the Samverkan API at ${options.url} answered without GraphQL data.`,
      EXIT.serverOrNetwork,
    );
  }
  return answer.data;
}
