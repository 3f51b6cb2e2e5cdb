import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';
import type { AuditOperation } from '../audit/audit-event.entity';
import type { CommittedChange } from '../db/committed-changes';
import type { Logger } from '../logger';

/** The one topic: every committed, audited change. Subscriptions filter it on the server. */
export const RECORD_CHANGED = 'samverkan.recordChanged';

/** What travels on the topic (JSON, also through Redis): which record, what happened, when. */
export interface RecordChangeEvent {
  recordType: string;
  recordId: string;
  operation: AuditOperation;
  /** ISO 8601, as the audit log recorded it. */
  occurredAt: string;
}

type Topics = { [RECORD_CHANGED]: [RecordChangeEvent] };
type EventTarget = PubSubEventTarget<Topics>;

export interface LiveEvents {
  /** The pub/sub the GraphQL schema subscribes with (type-graphql's `pubSub`). */
  pubSub: PubSub<Topics>;
  /** Announces a committed change to every subscriber, in every process when Redis is used. */
  publish(change: CommittedChange): void;
  /** How many subscriptions in this process listen now. */
  subscribers(): number;
  /** `redis` when events go through Redis, else `in-process`. */
  transport: 'redis' | 'in-process';
  /** The Redis client that publishes, for other counts all processes share (rate limits). */
  redis: Redis | null;
  close(): Promise<void>;
}

/** Counts the listeners subscriptions add, so tests (and operators) can see who listens. */
function counted(target: EventTarget): { target: EventTarget; count: () => number } {
  let listeners = 0;
  return {
    count: () => listeners,
    target: {
      addEventListener(type, callback) {
        if (callback) listeners += 1;
        target.addEventListener(type, callback);
      },
      removeEventListener(type, callback) {
        if (callback) listeners -= 1;
        target.removeEventListener(type, callback);
      },
      dispatchEvent: (event) => target.dispatchEvent(event),
    },
  };
}

/**
 * Pub/sub for live updates. Without `redisUrl` events stay in this process. With it, they go
 * through Redis (one client publishes, one subscribes), so every API process sharing the database
 * delivers every change to its own subscribers.
 */
export async function createLiveEvents(options: {
  redisUrl?: string;
  logger: Logger;
}): Promise<LiveEvents> {
  const { logger } = options;
  if (!options.redisUrl) {
    const eventTarget = new globalThis.EventTarget();
    // Every subscription is a listener; thousands are expected, not a leak to warn of.
    setMaxListeners(0, eventTarget);
    const { target, count } = counted(eventTarget as unknown as EventTarget);
    const pubSub = createPubSub<Topics>({ eventTarget: target });
    return {
      pubSub,
      publish: (change) => pubSub.publish(RECORD_CHANGED, toEvent(change)),
      subscribers: count,
      transport: 'in-process',
      redis: null,
      close: async () => {},
    };
  }

  const connect = (role: string) => {
    const client = new Redis(options.redisUrl!, { lazyConnect: true, maxRetriesPerRequest: 3 });
    client.on('error', (error) => logger.warn({ err: error }, `redis ${role} client: ${error}`));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
    // Subscribe to the channel once, now, and keep it: no subscription can miss an event while
    // Redis is still acknowledging a SUBSCRIBE.
    await subscribeClient.subscribe(RECORD_CHANGED);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw new Error(`Cannot reach Redis at REDIS_URL: ${(error as Error).message}`);
  }
  const redisTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  const keepSubscribed = () => {};
  redisTarget.addEventListener(RECORD_CHANGED, keepSubscribed);
  const { target, count } = counted({
    addEventListener: (type, callback) => redisTarget.addEventListener(type, callback),
    removeEventListener: (type, callback) => redisTarget.removeEventListener(type, callback),
    // Published here rather than by the event target, so that a failed PUBLISH is logged instead
    // of becoming an unhandled rejection. Same encoding: the event's detail as JSON.
    dispatchEvent(event) {
      const { type, detail } = event as CustomEvent;
      publishClient
        .publish(type, detail === undefined ? '' : JSON.stringify(detail))
        .catch((error: unknown) => logger.error({ err: error, type }, 'redis publish failed'));
      return true;
    },
  } as EventTarget);
  const pubSub = createPubSub<Topics>({ eventTarget: target });
  return {
    pubSub,
    publish: (change) => pubSub.publish(RECORD_CHANGED, toEvent(change)),
    subscribers: count,
    transport: 'redis',
    redis: publishClient,
    close: async () => {
      await Promise.all([publishClient, subscribeClient].map(closeClient));
    },
  };
}

/** Quits politely when connected; otherwise (Redis down, reconnecting) just drops the socket. */
async function closeClient(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // fall through
    }
  }
  client.disconnect();
}

function toEvent(change: CommittedChange): RecordChangeEvent {
  return {
    recordType: change.recordType,
    recordId: change.recordId,
    operation: change.operation,
    occurredAt: change.occurredAt.toISOString(),
  };
}
