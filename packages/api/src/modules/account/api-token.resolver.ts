import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { payloadOf } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { areaIdsOf, tokenOf } from './views';
import {
  ApiTokenCreateInput,
  ApiTokenCreatePayload,
  ApiTokenRevokeInput,
  ApiTokenRevokePayload,
  ApiTokenType,
} from './account.types';

@Resolver()
export class ApiTokenResolver {
  @Query(() => [ApiTokenType], {
    description: 'Every API token still valid, newest first (admins only).',
  })
  @Access('ADMIN')
  async apiTokens(@Ctx() { services, viewer }: Context): Promise<ApiTokenType[]> {
    return (await services.apiToken.listAll(viewer)).map(tokenOf);
  }

  @Mutation(() => ApiTokenCreatePayload, {
    description:
      'Makes an API token for scripts: your own when signed in (it acts for you, never for more than you may do), or, for admins, a service account’s with a role. The secret is in the answer only.',
  })
  @Access('VIEWER')
  apiTokenCreate(
    @Arg('input', { description: 'The token.' }) input: ApiTokenCreateInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => {
      const { token, secret } = await services.apiToken.create(viewer, {
        ...input,
        areaIds: areaIdsOf(input),
      });
      return { apiToken: tokenOf(token), secret };
    });
  }

  @Mutation(() => ApiTokenRevokePayload, {
    description:
      'Revokes an API token: one of yours, the token calling, or any for admins. It stops working at once; open WebSockets close at their next operation.',
  })
  @Access('VIEWER')
  apiTokenRevoke(
    @Arg('input', { description: 'The token.' }) input: ApiTokenRevokeInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return payloadOf(async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'ApiToken', 'id') ?? '');
      return { apiToken: tokenOf(await services.apiToken.revoke(viewer, id)) };
    });
  }
}
