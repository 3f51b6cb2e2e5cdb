import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload, payloadOf } from '../../core/graphql/payload';
import { decodeInputIds, toGlobalId, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AreaType } from '../area';
import { ChangeType } from '../changes';
import type { DeliveryStatus, WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import {
  WebhookConnection,
  WebhookCreateInput,
  WebhookCreatePayload,
  WebhookDeleteInput,
  WebhookDeletePayload,
  WebhookDeliveryConnection,
  WebhookDeliveryStatusEnum,
  WebhookDeliveryType,
  WebhookPayload,
  WebhookSecretRotateInput,
  WebhookSecretRotatePayload,
  WebhookType,
  WebhookUpdateInput,
} from './webhook.types';

/** The database id of the webhook an input names. */
const webhookId = (ids: InputIds, input: { id: string }) =>
  ids.one(input.id, 'Webhook', 'id') ?? '';

/** The area an input names: its database id, null (none), or undefined (not given). */
const areaId = (ids: InputIds, input: { area?: string | null }) =>
  ids.optional(input.area, 'Area', 'area');

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Query(() => WebhookConnection, {
    description: 'The webhooks admins registered, oldest first (admins only).',
  })
  @Access('ADMIN')
  async webhooks(@Args() page: PageArgs, @Ctx() { services, viewer }: Context) {
    return toConnection(await services.webhook.list(viewer, page));
  }

  @Mutation(() => WebhookCreatePayload, {
    description:
      'Registers a receiver of changes: every change of the kinds it asks for is POSTed to its URL, signed. The secret that signs them is in the answer only.',
  })
  @Access('ADMIN')
  webhookCreate(
    @Arg('input', { description: 'The receiver.' }) input: WebhookCreateInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(() =>
      services.webhook.create(viewer, {
        ...input,
        areaId: decodeInputIds((ids) => areaId(ids, input)),
      }),
    );
  }

  @Mutation(() => WebhookPayload, {
    description:
      'Changes a webhook: where it is sent, what it is told of, its area; pauses it or makes it active again. Pass the version you read.',
  })
  @Access('ADMIN')
  webhookUpdate(
    @Arg('input', { description: 'The changes.' }) input: WebhookUpdateInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return mutationPayload('webhook', () => {
      const decoded = decodeInputIds((ids) => ({
        id: webhookId(ids, input),
        areaId: areaId(ids, input),
      }));
      return services.webhook.update(viewer, { ...input, ...decoded });
    });
  }

  @Mutation(() => WebhookSecretRotatePayload, {
    description:
      'Gives a webhook a new secret, in the answer only; deliveries are signed with it from now on, and the old one signs nothing more.',
  })
  @Access('ADMIN')
  webhookSecretRotate(
    @Arg('input', () => WebhookSecretRotateInput, { description: 'The webhook.' })
    input: WebhookSecretRotateInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(() =>
      services.webhook.rotateSecret(
        viewer,
        decodeInputIds((ids) => webhookId(ids, input)),
      ),
    );
  }

  @Mutation(() => WebhookDeletePayload, {
    description: 'Removes a webhook and its deliveries, sent or waiting: nothing more is sent.',
  })
  @Access('ADMIN')
  async webhookDelete(
    @Arg('input', () => WebhookDeleteInput, { description: 'The webhook.' })
    input: WebhookDeleteInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => {
      const id = decodeInputIds((ids) => webhookId(ids, input));
      return { deletedId: toGlobalId('Webhook', await services.webhook.delete(viewer, id)) };
    });
  }

  @FieldResolver(() => AreaType, {
    nullable: true,
    description: 'Its area: only changes to records in it are sent. Null: everywhere.',
  })
  area(@Root() webhook: WebhookEntity, @Ctx() { loaders }: Context) {
    return webhook.areaId ? loaders.areaById.load(webhook.areaId) : null;
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'Its deliveries, the newest change first.',
  })
  async deliveries(
    @Root() webhook: WebhookEntity,
    @Args() page: PageArgs,
    @Arg('status', () => WebhookDeliveryStatusEnum, {
      nullable: true,
      description: 'Only deliveries that stand so (default: all).',
    })
    status: DeliveryStatus | null,
    @Ctx() { loaders }: Context,
  ) {
    // Spread: the family tells pages apart by their arguments, not by the args object.
    const pages = loaders.webhookDeliveries({ page: { ...page }, filter: { status } });
    return toConnection(await pages.load(webhook.id));
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ChangeType, {
    description: 'The change it carries, as the feed `changes` shows it.',
  })
  change(@Root() delivery: WebhookDeliveryEntity, @Ctx() { loaders }: Context) {
    return loaders.webhookEventById.load(delivery.eventId);
  }
}
