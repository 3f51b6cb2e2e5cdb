import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import { AuditOperationEnum } from '../../core/graphql/audit-event.type';
import { Connection } from '../../core/graphql/connection';
import { enumOf } from '../../core/graphql/enums';
import { Node, RecordNode, RecordTypeEnum } from '../../core/graphql/node';
import { MutationPayload, Payload } from '../../core/graphql/payload';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook.entity';

export const WebhookDeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery of a change to a webhook stands.',
  valuesConfig: {
    PENDING: { description: 'Queued, not yet attempted.' },
    RETRYING: {
      description:
        'Attempted and failed; it is tried again at `nextAttemptAt` (while its webhook is active).',
    },
    DELIVERED: { description: 'The receiver answered with a 2xx status.' },
  },
});

@ObjectType('Webhook', {
  implements: Node,
  description:
    'A receiver of changes an admin registered: every change of the kinds it asks for (in its area, when it has one) is POSTed to its URL as JSON, signed with its secret (shown only when made or rotated). Admins only.',
})
export class WebhookType extends RecordNode {
  @Field({ description: 'Where the changes are POSTed (http:// or https://).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for, as the admin said.' })
  description: string | null;

  @Field(() => [RecordTypeEnum], {
    description: 'The types of record whose changes it is told of; empty: every type.',
  })
  recordTypes: string[];

  @Field(() => [AuditOperationEnum], {
    description: 'The operations it is told of; empty: every operation.',
  })
  operations: AuditOperation[];

  /** Its area: resolved as `area`. */
  areaId: string | null;

  @Field({
    description:
      'Whether its deliveries are attempted. A paused webhook still queues the changes it asks for, and they are sent once it is active again.',
  })
  active: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was paused; null while active.',
  })
  pausedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was paused: by whom, or after how many failed attempts in a row and the last failure. Null while active.',
  })
  pausedReason: string | null;

  @Field(() => Int, { description: 'Failed attempts since the last delivered one.' })
  consecutiveFailures: number;
}

export const WebhookConnection = Connection(WebhookType, 'Webhook');

@ObjectType('WebhookDelivery', {
  implements: Node,
  description: 'One change for one webhook: queued with the change, retried until delivered.',
})
export class WebhookDeliveryType extends Node {
  @Field({
    description:
      'The id of the change (of its entry in the audit log), sent as `Samverkan-Event-Id` and `id`: the same for every attempt and every webhook, so receivers can tell a change they already have.',
  })
  eventId: string;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands.' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it is next attempted; null once delivered.',
  })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last attempted; null if never.',
  })
  lastAttemptAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status of the receiver's last answer; null if it never answered.",
  })
  lastResponseStatus: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What went wrong at the last attempt (a status and the start of the answer, a timeout, a refused connection); null once delivered.',
  })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was delivered; null until then.',
  })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was queued (with its change).' })
  createdAt: Date;
}

export const WebhookDeliveryConnection = Connection(WebhookDeliveryType, 'WebhookDelivery');

/** What registering a webhook and changing one both say: what it is for and what it is told of. */
@InputType()
abstract class WebhookKindsInput {
  @Field(() => String, { nullable: true, description: 'What it is for (null: nothing).' })
  description?: string | null;

  @Field(() => [RecordTypeEnum], {
    nullable: true,
    description: 'Only changes to records of these types (null or empty: every type).',
  })
  recordTypes?: string[] | null;

  @Field(() => [AuditOperationEnum], {
    nullable: true,
    description: 'Only changes that are these operations (null or empty: every operation).',
  })
  operations?: AuditOperation[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only changes to records with a home area that is this area or lies within it; records of types with no home area (topics, reference data) are then left out. Null: everywhere.',
  })
  area?: string | null;
}

@InputType('WebhookCreateInput', { description: 'A receiver to register.' })
export class WebhookCreateInput extends WebhookKindsInput {
  @Field({ description: 'Where to POST the changes: an http:// or https:// URL.' })
  url: string;
}

@InputType('WebhookUpdateInput', {
  description: 'Changes to a webhook; omitted fields stay as they are.',
})
export class WebhookUpdateInput extends WebhookKindsInput {
  @Field(() => ID, { description: 'The webhook to change.' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one changes nothing.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Where to POST the changes.' })
  url?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False pauses it (no attempts; changes still queue). True makes a paused webhook active again: its failures are forgotten and its waiting deliveries are attempted at once.',
  })
  active?: boolean | null;
}

/** The input of a mutation that names a webhook only. */
function WebhookIdInput(name: string, description: string) {
  @InputType(name, { description })
  class IdInput {
    @Field(() => ID, { description: 'The webhook.' })
    id: string;
  }
  return IdInput;
}

export const WebhookDeleteInput = WebhookIdInput('WebhookDeleteInput', 'The webhook to remove.');
export type WebhookDeleteInput = InstanceType<typeof WebhookDeleteInput>;
export const WebhookSecretRotateInput = WebhookIdInput(
  'WebhookSecretRotateInput',
  'The webhook to give a new secret.',
);
export type WebhookSecretRotateInput = InstanceType<typeof WebhookSecretRotateInput>;

export const WebhookPayload = Payload(WebhookType, 'Webhook', {
  description: 'The result of changing a webhook.',
  noun: 'webhook',
});

@ObjectType({ description: 'A webhook with its new secret.' })
abstract class WebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookType, { nullable: true, description: 'The webhook; null when refused.' })
  webhook: WebhookType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret that signs its deliveries (`Samverkan-Signature`). Shown only in this answer: keep it with the receiver.',
  })
  secret: string | null;
}

@ObjectType('WebhookCreatePayload', { description: 'The result of registering a webhook.' })
export class WebhookCreatePayload extends WebhookSecretPayload {}

@ObjectType('WebhookSecretRotatePayload', {
  description: 'The result of giving a webhook a new secret.',
})
export class WebhookSecretRotatePayload extends WebhookSecretPayload {}

@ObjectType('WebhookDeletePayload', { description: 'The result of removing a webhook.' })
export class WebhookDeletePayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'The removed webhook; null when refused.' })
  deletedId: string | null;
}
