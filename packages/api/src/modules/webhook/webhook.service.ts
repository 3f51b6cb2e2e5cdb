import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AUDIT_OPERATIONS, AuditEventEntity } from '../../core/audit/audit-event.entity';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import type { Viewer } from '../../core/auth/roles';
import { newSecret } from '../../core/auth/secret';
import { byIdLoader, loaderFamily } from '../../core/db/loaders';
import { lockVersioned, updateVersioned } from '../../core/db/versioned';
import { FieldErrors, ValidationFailed } from '../../core/errors';
import { paginate, paginateEach, type Page, type PageRequest } from '../../core/relay/pagination';
import { optionalDescription, optionalUrl, requiredText } from '../../core/validate';
import { requireAdmin } from '../account';
import { changedRows } from './returning';
import { WebhookDeliveryEntity, WebhookEntity, type DeliveryStatus } from './webhook.entity';

/** What signs a webhook's deliveries: `svw_` and 256 random bits, as API tokens' secrets are. */
const SECRET_PREFIX = 'svw_';
const URL_MAX = 2000;

export interface WebhookFields {
  url: string;
  description?: string | null;
  /** Record types as the audit log names them ("Actor"); none or null: all. */
  recordTypes?: string[] | null;
  /** None or null: all. */
  operations?: AuditOperation[] | null;
  /** Only changes to records in this area; null: everywhere. */
  areaId?: string | null;
}

/** A change of a webhook: the version read, the fields given (undefined: unchanged). */
export type WebhookChanges = { id: string; version: number; active?: boolean | null } & {
  [K in keyof WebhookFields]?: WebhookFields[K] | null;
};

/** A webhook with its secret: only when made or given a new secret. */
export interface WebhookWithSecret {
  webhook: WebhookEntity;
  secret: string;
}

/** Which deliveries of a webhook to list. */
export interface DeliveryFilter {
  status?: DeliveryStatus | null;
}

/**
 * Webhooks, for admins: register a receiver, change what it is told of or pause it, give it a new
 * secret, remove it, and list it with its deliveries. The deliveries themselves are queued by the
 * database (migration Webhooks) and sent by the dispatcher (`dispatcher.ts`).
 */
export class WebhookService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every webhook, oldest first. */
  list(viewer: Viewer | null, page: PageRequest): Promise<Page<WebhookEntity>> {
    requireAdmin(viewer);
    const query = this.dataSource.getRepository(WebhookEntity).createQueryBuilder('webhook');
    return paginate(query, page, [
      { column: 'webhook.created_at', property: 'createdAt', direction: 'ASC' },
      { column: 'webhook.id', property: 'id', direction: 'ASC' },
    ]);
  }

  /** Registers a receiver; its secret is in the answer, and only there. */
  create(viewer: Viewer | null, input: WebhookFields): Promise<WebhookWithSecret> {
    requireAdmin(viewer);
    return this.dataSource.transaction(async (tx) => {
      const values = await validated(tx, input);
      const secret = newSecret(SECRET_PREFIX);
      const [{ id }] = await tx.query<{ id: string }[]>(
        `INSERT INTO webhook (url, description, record_types, operations, area_id, secret, active)
         VALUES ($1, $2, $3, $4, $5, $6, true) RETURNING id`,
        [
          values.url,
          values.description,
          values.recordTypes,
          values.operations,
          values.areaId,
          secret,
        ],
      );
      return { webhook: await this.read(tx, id), secret };
    });
  }

  /**
   * Changes what a webhook is told of, where it is sent, or whether it is active. Pausing records
   * who paused it; activating a paused one forgets its failures and makes its waiting deliveries
   * due at once.
   */
  update(viewer: Viewer | null, input: WebhookChanges): Promise<WebhookEntity> {
    requireAdmin(viewer);
    const admin = viewer!;
    return this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, WebhookEntity, input.id, input.version, 'webhook');
      const given = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      ) as WebhookChanges;
      const values = await validated(tx, {
        url: given.url ?? current.url,
        description: 'description' in given ? given.description : current.description,
        recordTypes: given.recordTypes === undefined ? current.recordTypes : given.recordTypes,
        operations: given.operations === undefined ? current.operations : given.operations,
        areaId: 'areaId' in given ? given.areaId : current.areaId,
      });
      const activating = given.active === true && !current.active;
      const pausing = given.active === false && current.active;
      const state = pausing
        ? { active: false, pausedAt: new Date(), pausedReason: `Paused by ${admin.name}.` }
        : activating
          ? { active: true, pausedAt: null, pausedReason: null, consecutiveFailures: 0 }
          : {};
      const webhook = await updateVersioned(
        tx,
        WebhookEntity,
        input.id,
        input.version,
        { ...values, ...state },
        'webhook',
      );
      if (activating) {
        await tx.query(
          `UPDATE webhook_delivery SET next_attempt_at = now()
            WHERE webhook_id = $1 AND status <> 'DELIVERED' AND claim IS NULL`,
          [input.id],
        );
      }
      return webhook;
    });
  }

  /** Gives a webhook a new secret, in the answer only: deliveries sent from now on use it. */
  rotateSecret(viewer: Viewer | null, id: string): Promise<WebhookWithSecret> {
    requireAdmin(viewer);
    return this.dataSource.transaction(async (tx) => {
      const secret = newSecret(SECRET_PREFIX);
      const rows = await changedRows(
        tx,
        `UPDATE webhook SET secret = $2, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING id`,
        [id, secret],
      );
      if (rows.length === 0) notFound();
      return { webhook: await this.read(tx, id), secret };
    });
  }

  /** Removes a webhook and its deliveries, sent or waiting; returns its id. */
  async delete(viewer: Viewer | null, id: string): Promise<string> {
    requireAdmin(viewer);
    const rows = await changedRows(
      this.dataSource,
      'DELETE FROM webhook WHERE id = $1 RETURNING id',
      [id],
    );
    if (rows.length === 0) notFound();
    return id;
  }

  /** A page of each webhook's deliveries, newest change first; one statement for all. */
  deliveryPages(
    webhookIds: readonly string[],
    page: PageRequest,
    filter: DeliveryFilter,
  ): Promise<Page<WebhookDeliveryEntity>[]> {
    const query = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('delivery')
      .where('delivery.webhook_id = ANY(:webhookIds)', { webhookIds: [...webhookIds] });
    if (filter.status) query.andWhere('delivery.status = :status', { status: filter.status });
    return paginateEach(
      query,
      page,
      [
        { column: 'delivery.event_id', property: 'eventId', direction: 'DESC' },
        { column: 'delivery.id', property: 'id', direction: 'ASC' },
      ],
      [{ column: 'delivery.webhook_id', property: 'webhookId' }],
      webhookIds,
    );
  }

  private read(tx: EntityManager, id: string): Promise<WebhookEntity> {
    return tx.getRepository(WebhookEntity).findOneByOrFail({ id });
  }

  loaders() {
    return {
      webhookById: () => byIdLoader(this.dataSource, WebhookEntity),
      webhookDeliveryById: () => byIdLoader(this.dataSource, WebhookDeliveryEntity),
      /** The change a delivery carries: its audit event, by id. */
      webhookEventById: () => byIdLoader(this.dataSource, AuditEventEntity),
      /** A page of a webhook's deliveries, by webhook id; one statement a batch. */
      webhookDeliveries: () =>
        loaderFamily(
          ({ page, filter }: { page: PageRequest; filter: DeliveryFilter }) =>
            new DataLoader<string, Page<WebhookDeliveryEntity>>((ids) =>
              this.deliveryPages(ids, page, filter),
            ),
        ),
    };
  }
}

function notFound(): never {
  throw new ValidationFailed([
    { field: ['id'], code: 'NOT_FOUND', message: 'No webhook has this id.' },
  ]);
}

/** A webhook's fields checked, every problem at once: the columns to write. */
async function validated(tx: EntityManager, input: WebhookFields) {
  const errors = new FieldErrors();
  const url = requiredText(errors, 'url', input.url, 'The URL', URL_MAX);
  if (url) optionalUrl(errors, 'url', url);
  const description = optionalDescription(errors, input.description);
  const operations = [...new Set(input.operations ?? [])];
  operations.forEach((operation, index) => {
    if (!AUDIT_OPERATIONS.includes(operation)) {
      errors.add(['operations', String(index)], 'INVALID', `No operation is called ${operation}.`);
    }
  });
  const areaId = input.areaId ?? null;
  if (areaId) {
    const [area] = await tx.query('SELECT 1 FROM area WHERE id = $1', [areaId]);
    if (!area) errors.add('area', 'NOT_FOUND', 'No area has this id.');
  }
  errors.throwIfAny();
  return {
    url,
    description,
    recordTypes: [...new Set(input.recordTypes ?? [])],
    operations,
    areaId,
  };
}
