import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import { ActorType } from '../actor';
import type { SourceEntity } from './source.entity';
import {
  SourceConnection,
  SourceCreateInput,
  SourceOrderInput,
  SourcePayload,
  SourceType,
  SourceUpdateInput,
} from './source.types';
import { OrderByArg } from '../../core/graphql/order';

@Resolver(() => SourceType)
export class SourceResolver extends AuditedResolver(SourceType, 'Source') {
  @Query(() => SourceConnection, {
    description: 'Source documents, sorted (by title unless told).',
  })
  @Access(PUBLIC)
  async sources(
    @Args() page: PageArgs,
    @OrderByArg(SourceOrderInput, 'by title') orderBy: SourceOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    return toConnection(await services.source.list(page, orderBy));
  }

  @Mutation(() => SourcePayload, { description: 'Registers a document that records can cite.' })
  @Access('EDITOR')
  sourceCreate(
    @Arg('input', { description: 'The new source.' }) input: SourceCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('source', async () => {
      const publisherId = decodeInputIds((ids) =>
        ids.optional(input.publisher, 'Actor', 'publisher'),
      );
      return services.source.create(caller, { ...input, publisherId });
    });
  }

  @Mutation(() => SourcePayload, { description: 'Changes a source document.' })
  @Access('EDITOR')
  sourceUpdate(
    @Arg('input', { description: 'The changes.' }) input: SourceUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('source', async () => {
      const [id, publisherId] = decodeInputIds((ids) => [
        ids.one(input.id, 'Source', 'id'),
        ids.optional(input.publisher, 'Actor', 'publisher'),
      ]);
      const { publisher: _publisher, ...rest } = input;
      return services.source.update(caller, { ...rest, id: id as string, publisherId });
    });
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The actor that published it.' })
  publisher(@Root() source: SourceEntity, @Ctx() { loaders }: Context) {
    return source.publisherId ? loaders.actorById.load(source.publisherId) : null;
  }
}
