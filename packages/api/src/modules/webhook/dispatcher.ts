import { randomUUID } from 'node:crypto';
import { idsIn, withIds, type RecordLabel } from '../../core/audit/record-labels';
import type { Config } from '../../core/config';
import type { Logger } from '../../core/logger';
import { toGlobalId } from '../../core/relay/global-id';
import type { AttemptResult, ClaimedDelivery, DeliveryService } from './delivery.service';
import { signatureHeader } from './signature';

/** How the dispatcher works (config: WEBHOOK_POLL_MS, WEBHOOK_TIMEOUT_MS, WEBHOOK_RETRY_…). */
export interface WebhookSettings {
  /** How often to look for deliveries due (besides after every change this process commits). */
  pollMs: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** The wait before a delivery's first retry; it doubles with each failed attempt… */
  retryBaseMs: number;
  /** …up to this. */
  retryMaxMs: number;
  /** Failed attempts in a row (of any of its deliveries) after which a webhook is paused. */
  maxAttempts: number;
  /** Days a delivered delivery is kept, to show; 0 keeps them all. */
  retentionDays: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  pollMs: 1_000,
  timeoutMs: 10_000,
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
  maxAttempts: 10,
  retentionDays: 30,
};

/** The settings the configuration (the environment) gives. */
export function webhookSettingsOf(config: Config): WebhookSettings {
  return {
    pollMs: config.WEBHOOK_POLL_MS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: config.WEBHOOK_RETRY_MAX_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    retentionDays: config.WEBHOOK_DELIVERY_RETENTION_DAYS,
  };
}

/** How often a process forgets the deliveries past keeping. */
const PRUNE_EVERY_MS = 3_600_000;

/** Deliveries one process claims at once, and so sends at once at most. */
const BATCH_SIZE = 10;
/** A claim lasts the attempt's timeout and this much more: time to record its answer. */
const CLAIM_MARGIN_MS = 30_000;
/** How much of a failed answer's body is kept, to tell the admin why. */
const ERROR_EXCERPT = 300;

/**
 * The wait before the next attempt of a delivery that has failed `failures` times: the base,
 * doubled for each failure after the first, at most the maximum; then a random part of it
 * (between half and all of it) so that receivers coming back are not met by every retry at once.
 */
export function retryDelay(
  failures: number,
  settings: Pick<WebhookSettings, 'retryBaseMs' | 'retryMaxMs'>,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const delay = Math.min(settings.retryBaseMs * 2 ** exponent, settings.retryMaxMs);
  return Math.round(delay / 2 + (random() * delay) / 2);
}

type Labels = { loadMany(ids: string[]): Promise<(RecordLabel | null | Error)[]> };

/**
 * The JSON body of a delivery: the change as the audit log has it now (an erasure since is
 * honoured), the ids of records in its snapshots as global IDs, as `changes` shows them.
 */
async function bodyOf(delivery: ClaimedDelivery, labels: Labels): Promise<string> {
  const ids = [...idsIn([delivery.before, delivery.after])];
  const found = await labels.loadMany(ids);
  const known = new Map(
    ids.flatMap((id, index) => {
      const label = found[index];
      return label && !(label instanceof Error) ? [[id, label] as const] : [];
    }),
  );
  const withGlobalIds = (snapshot: Record<string, unknown> | null) =>
    withIds(snapshot, known, (id, label) => toGlobalId(label.type, id));
  return JSON.stringify({
    id: delivery.eventId,
    type: delivery.recordType,
    operation: delivery.operation,
    recordId: toGlobalId(delivery.recordType, delivery.recordId),
    occurredAt: delivery.occurredAt.toISOString(),
    reason: delivery.reason,
    before: withGlobalIds(delivery.before),
    after: withGlobalIds(delivery.after),
  });
}

/** The first characters of a body, read no further (a receiver may answer with much). */
async function excerptOf(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < ERROR_EXCERPT) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, ERROR_EXCERPT).trim();
}

/** Why a request got no answer, in a few words. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `No answer within ${timeoutMs} ms.`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code) return `${cause.code}: ${cause.message ?? 'the request failed'}`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends the deliveries due, in every API process (`start` with the app, `stop` on shutdown): it
 * looks every `pollMs`, and at once when `wake` is called (after this process commits a change).
 * Each claimed delivery is POSTed to its webhook, signed; a 2xx answer delivers it, anything else
 * (another status, a redirect, no answer in time) is retried later with a growing wait, and
 * `maxAttempts` failures of a webhook in a row pause it until an admin makes it active again.
 */
export class WebhookDispatcher {
  private stopped = false;
  private woken = false;
  private wakeUp: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private prunedAt = 0;

  constructor(
    private readonly deliveries: DeliveryService,
    private readonly options: {
      settings: WebhookSettings;
      logger: Logger;
      /** New loaders of what the ids in snapshots name, for each batch. */
      labels: () => Labels;
    },
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Looks for deliveries due now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Claims no more; waits for the attempts under way (each at most the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.running;
  }

  /** Sends every delivery due now, a batch at a time; how many it attempted. */
  async dispatchDue(): Promise<number> {
    const { settings } = this.options;
    let attempted = 0;
    while (!this.stopped) {
      const claim = randomUUID();
      const claimed = await this.deliveries.claim(
        claim,
        BATCH_SIZE,
        settings.timeoutMs + CLAIM_MARGIN_MS,
      );
      const labels = this.options.labels();
      const outcomes = await Promise.allSettled(
        claimed.map((delivery) => this.attempt(claim, delivery, labels)),
      );
      for (const outcome of outcomes) {
        // Its claim lapses, and it is tried again then.
        if (outcome.status === 'rejected') {
          this.options.logger.error({ err: outcome.reason }, 'webhooks: an attempt failed');
        }
      }
      attempted += claimed.length;
      if (claimed.length < BATCH_SIZE) break;
    }
    return attempted;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      try {
        await this.dispatchDue();
        await this.pruneDaily();
      } catch (error) {
        this.options.logger.error({ err: error }, 'webhooks: dispatching failed');
      }
      if (!this.woken && !this.stopped) await this.sleep();
    }
  }

  /** Forgets delivered deliveries past keeping, at most once an hour (every process may). */
  private async pruneDaily(): Promise<void> {
    const { retentionDays } = this.options.settings;
    if (retentionDays === 0 || Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    const pruned = await this.deliveries.prune(retentionDays);
    if (pruned > 0) this.options.logger.info({ pruned }, 'webhooks: forgot old deliveries');
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.settings.pollMs);
      this.wakeUp = done;
    });
  }

  private async attempt(claim: string, delivery: ClaimedDelivery, labels: Labels): Promise<void> {
    const { settings, logger } = this.options;
    const log = logger.child({
      webhook: delivery.webhookId,
      delivery: delivery.id,
      event: delivery.eventId,
      attempt: delivery.attempts + 1,
    });
    const result = await this.post(delivery, await bodyOf(delivery, labels));
    if (result.error === null) {
      await this.deliveries.delivered(claim, delivery, result.status!);
      log.info({ status: result.status }, 'webhook delivered');
      return;
    }
    const retryInMs = retryDelay(delivery.attempts + 1, settings);
    const paused = await this.deliveries.failed(claim, delivery, result, {
      retryInMs,
      maxFailures: settings.maxAttempts,
      pauseReason: (failures) =>
        `Paused after ${failures} failed attempts in a row; the last: ${result.error}`,
    });
    log.warn({ status: result.status, error: result.error, retryInMs }, 'webhook attempt failed');
    if (paused) log.warn({ reason: paused }, 'webhook paused');
  }

  /** One attempt: the POST of `body`, signed now, and how it ended. */
  private async post(delivery: ClaimedDelivery, body: string): Promise<AttemptResult> {
    const { timeoutMs } = this.options.settings;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Samverkan-Webhooks/1',
          'samverkan-event-id': delivery.eventId,
          'samverkan-signature': signatureHeader(delivery.secret, body, new Date()),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const excerpt = await excerptOf(response);
      if (response.status >= 200 && response.status < 300) {
        return { status: response.status, error: null };
      }
      const redirect = response.headers.get('location');
      const error =
        response.status >= 300 && response.status < 400
          ? `HTTP ${response.status}: redirects are not followed${redirect ? ` (to ${redirect})` : ''}.`
          : `HTTP ${response.status}${excerpt ? `: ${excerpt}` : '.'}`;
      return { status: response.status, error };
    } catch (error) {
      return { status: null, error: describeFailure(error, timeoutMs) };
    }
  }
}
