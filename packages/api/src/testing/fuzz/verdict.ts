/**
 * The codes a caller may meet in an error for what they sent or who they are: GraphQL's and
 * Apollo's for the request, ours for refusals and limits. A failure of ours
 * (INTERNAL_SERVER_ERROR) or of the database (TIMEOUT, SERVICE_UNAVAILABLE …) is not among them:
 * nothing a caller sends should cause one.
 */
export const CALLERS_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'PAYLOAD_TOO_LARGE',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTROSPECTION_DISABLED',
]);

/** What an error message must never show: a stack, an exception's name, SQL or its errors. */
const LEAKS =
  /\n\s+at |\bat [\w.<>]+ \(|Cannot read propert|is not a function|is not iterable|undefined is not|Cannot return null for non-nullable|Expected Iterable|TypeError|RangeError|ReferenceError|SyntaxError: Unexpected|Maximum call stack|QueryFailedError|duplicate key|violates|invalid input syntax|relation "|column "|SELECT |INSERT INTO|UPDATE "|ECONNREFUSED/;

/** What is wrong with an answer of `/graphql`: nothing for a 2xx–4xx of JSON with caller's codes. */
export function problemsOf(status: number, contentType: string | null, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  if (!/^application\/(graphql-response\+)?json/.test(contentType ?? '')) {
    problems.push(`content-type ${contentType}`);
    return problems;
  }
  let body: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, 'an answer that is not JSON'];
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !CALLERS_CODES.has(code)) problems.push(`code ${String(code)}`);
    const leak = LEAKS.exec(JSON.stringify(error));
    if (leak) problems.push(`an error showing "${leak[0]}"`);
  }
  return problems;
}
