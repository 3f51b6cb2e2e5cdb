import { defineModule } from '../../core/module';
import { DeliveryService } from './delivery.service';
import { Webhooks1763903600000 } from './migrations/1763903600000-Webhooks';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';

/**
 * Webhooks: receivers admins register, told of every change of the kinds they ask for, signed.
 * Deliveries are queued by the database with each change and sent by the dispatcher that every
 * API process runs (`WebhookDispatcher`, started by the app).
 */
export const webhookModule = defineModule({
  name: 'webhook',
  entities: [WebhookEntity, WebhookDeliveryEntity],
  migrations: [Webhooks1763903600000],
  services: ({ dataSource }) => ({
    webhook: new WebhookService(dataSource),
    webhookDelivery: new DeliveryService(dataSource),
  }),
  loaders: ({ webhook }) => webhook.loaders(),
  nodeTypes: [
    ['Webhook', WebhookEntity, (loaders) => loaders.webhookById, { record: false, role: 'ADMIN' }],
    [
      'WebhookDelivery',
      WebhookDeliveryEntity,
      (loaders) => loaders.webhookDeliveryById,
      { record: false, role: 'ADMIN' },
    ],
  ],
  resolvers: [WebhookResolver, WebhookDeliveryResolver],
});

// What the app uses of this one.
export {
  DEFAULT_WEBHOOK_SETTINGS,
  WebhookDispatcher,
  webhookSettingsOf,
  type WebhookSettings,
} from './dispatcher';
