/**
 * The ceiling: a bare Node `http` handler that answers each benchmark request with one
 * hand-written SQL statement (a named, prepared one) building the whole JSON answer in
 * PostgreSQL. What our API does beyond this is the cost of being an API; the ratio shows it.
 *
 * POST /<request name> with the request's variables as the JSON body. Run as its own process:
 * DATABASE_URL=… PORT=… node dist-bench/bench/ceiling/server.js
 */
// The modules in the API's order first: the statements borrow constants from their services.
import '../../src/modules';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { PUBLIC_ROLE, PUBLISHED_SCHEMA } from '../../src/core/db/publication';
import { CEILING_STATEMENTS } from './statements';

// As the API's anonymous requests: the public role, through the published views.
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: `-c role=${PUBLIC_ROLE} -c search_path=${PUBLISHED_SCHEMA},public`,
});
const names = new Map<string, string>();
/** pg prepares a named statement once per connection; the name stands for the text. */
const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) names.set(text, (name = createHash('sha1').update(text).digest('hex')));
  return name;
};

const server = createServer((request, response) => {
  const statement = CEILING_STATEMENTS[(request.url ?? '').slice(1)];
  if (!statement || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { text, values } = statement(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    pool.query<{ body: string }>({ name: nameOf(text), text, values }).then(
      ({ rows }) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(rows[0].body);
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
      },
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`ceiling ready on ${typeof address === 'object' && address?.port}\n`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
