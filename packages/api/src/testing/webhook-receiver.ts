import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a test receiver got, and the status it answered with. */
export interface ReceivedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  body: string;
  json: any;
  status: number;
}

/** What a test receiver answers a request with: a status, and a body. */
export type Answer = (request: Omit<ReceivedRequest, 'status'>) => [status: number, body?: string];

export interface TestReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** How it answers from now on (default 200). */
  answer: Answer;
  close(): Promise<void>;
}

/** A webhook receiver on loopback (a free port): it records every request and answers `answer`. */
export async function startReceiver(answer: Answer = () => [200]): Promise<TestReceiver> {
  const receiver: TestReceiver = {
    url: '',
    requests: [],
    answer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // Recorded as it came.
      }
      const received = { method: request.method ?? '', headers: request.headers, body, json };
      const [status, text = ''] = receiver.answer(received);
      receiver.requests.push({ ...received, status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/samverkan`;
  return receiver;
}

/**
 * Asks `read` until `done` holds of its answer (every 25 ms, at most `timeoutMs`), and returns
 * that answer: for what the API does in the background, without sleeping a guessed time.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
