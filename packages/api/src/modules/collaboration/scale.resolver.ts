import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { CollaborationLevelType } from './level.types';
import type { CollaborationScaleEntity } from './scale.entity';
import {
  CollaborationScaleConnection,
  CollaborationScaleCreateInput,
  CollaborationScaleOrderInput,
  CollaborationScaleFilterInput,
  CollaborationScalePayload,
  CollaborationScaleType,
  CollaborationScaleUpdateInput,
} from './scale.types';
import { OrderByArg } from '../../core/graphql/order';
import { collaborationScaleCitations } from './scale.service';

@Resolver(() => CollaborationScaleType)
export class CollaborationScaleResolver extends RecordResolver(
  CollaborationScaleType,
  'CollaborationScale',
  collaborationScaleCitations,
) {
  @Query(() => CollaborationScaleType, {
    nullable: true,
    description: 'The collaboration scale with this slug.',
  })
  @Access(PUBLIC)
  collaborationScale(
    @Arg('slug', { description: 'The slug, e.g. "samhandlingstrappan".' }) slug: string,
    @Ctx() { services }: Context,
  ) {
    return services.collaborationScale.findBySlug(slug);
  }

  @Query(() => CollaborationScaleConnection, {
    description: 'Collaboration scales, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async collaborationScales(
    @Args() page: PageArgs,
    @Arg('filter', () => CollaborationScaleFilterInput, {
      nullable: true,
      description: 'Which collaboration scales to list.',
    })
    filter: CollaborationScaleFilterInput | null,
    @OrderByArg(CollaborationScaleOrderInput, 'by name')
    orderBy: CollaborationScaleOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    return toConnection(await services.collaborationScale.list(filter ?? {}, page, orderBy));
  }

  @Mutation(() => CollaborationScalePayload, { description: 'Records a collaboration scale.' })
  @Access('ADMIN')
  collaborationScaleCreate(
    @Arg('input', { description: 'The new scale.' }) input: CollaborationScaleCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationScale', async () => {
      const sources = decodeInputIds((ids) => citationIds(ids, input.sources));
      return services.collaborationScale.create(caller, { ...input, sources });
    });
  }

  @Mutation(() => CollaborationScalePayload, {
    description: 'Changes a collaboration scale; pass the version you read.',
  })
  @Access('ADMIN')
  collaborationScaleUpdate(
    @Arg('input', { description: 'The changes.' }) input: CollaborationScaleUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationScale', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'CollaborationScale', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.collaborationScale.update(caller, { ...input, id, sources });
    });
  }

  @FieldResolver(() => [CollaborationLevelType], {
    description: 'Its levels, by rank (the first step first); empty until someone enters them.',
  })
  levels(@Root() scale: CollaborationScaleEntity, @Ctx() { loaders }: Context) {
    return loaders.levelsOfScale.load(scale.id);
  }
}
