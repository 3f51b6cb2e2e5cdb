import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { toGlobalId } from '../src/core/relay/global-id';
import { postAsEditor } from './editor';
import { residentMegabytes } from './processes';

export interface FanoutResult {
  subscribers: number;
  changes: number;
  /** Events delivered to all subscribers per second, from the first change to the last event. */
  eventsPerSecond: number;
  /** The API's resident memory with the subscribers connected and idle, minus before, MB. */
  idleMegabytes: number;
}

const SUBSCRIPTION = `subscription RecordChanged($id: ID!) {
  recordChanged(id: $id) { operation occurredAt }
}`;

/**
 * Connects `subscribers` WebSocket clients watching one actor, then changes the actor `changes`
 * times over HTTP and waits until every client has every event.
 */
export async function fanout(options: {
  url: string;
  token: string;
  actorId: string;
  pid: number;
  subscribers: number;
  changes: number;
}): Promise<FanoutResult> {
  const id = toGlobalId('Actor', options.actorId);
  const before = residentMegabytes(options.pid);
  const clients: Client[] = [];
  let delivered = 0;
  let allDelivered: () => void = () => {};
  const expected = options.subscribers * options.changes;
  const done = new Promise<void>((resolve) => (allDelivered = resolve));
  const subscribed: Promise<void>[] = [];
  for (let i = 0; i < options.subscribers; i++) {
    const client = createClient({
      url: options.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
    });
    clients.push(client);
    subscribed.push(
      new Promise((resolve, reject) => {
        client.on('connected', () => resolve());
        client.subscribe(
          { query: SUBSCRIPTION, variables: { id } },
          {
            next: () => {
              if (++delivered === expected) allDelivered();
            },
            error: reject,
            complete: () => {},
          },
        );
      }),
    );
  }
  await Promise.all(subscribed);
  // The subscribe message follows the connection; give the server a moment to register them all.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const idleMegabytes = residentMegabytes(options.pid) - before;

  const started = performance.now();
  for (let change = 0; change < options.changes; change++) await changeActor(options, id, change);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`only ${delivered} of ${expected} events arrived in 60 s`)),
      60_000,
    ),
  );
  await Promise.race([done, timeout]);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.dispose()));
  return {
    subscribers: options.subscribers,
    changes: options.changes,
    eventsPerSecond: expected / seconds,
    idleMegabytes,
  };
}

async function changeActor(options: { url: string; token: string }, id: string, change: number) {
  const post = (query: string, variables: Record<string, unknown>) =>
    postAsEditor<{ node: { version: number }; actorUpdate: { userErrors: unknown[] } }>(
      options.url,
      options.token,
      query,
      variables,
    );
  const read = await post('query ($id: ID!) { node(id: $id) { ... on Actor { version } } }', {
    id,
  });
  const written = await post(
    `mutation ($input: ActorUpdateInput!) { actorUpdate(input: $input) { userErrors { message } } }`,
    { input: { id, version: read.data!.node.version, description: `Benchmark change ${change}` } },
  );
  if (written.errors || !written.data || written.data.actorUpdate.userErrors.length)
    throw new Error(`the change failed: ${JSON.stringify(written).slice(0, 400)}`);
}
