import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import type { CollaborationFactorCategory } from './factor.entity';
import {
  CollaborationFactorCategoryEnum,
  CollaborationFactorCreateInput,
  CollaborationFactorPayload,
  CollaborationFactorType,
  CollaborationFactorUpdateInput,
} from './factor.types';
import { collaborationFactorCitations } from './factor.service';

@Resolver(() => CollaborationFactorType)
export class CollaborationFactorResolver extends RecordResolver(
  CollaborationFactorType,
  'CollaborationFactor',
  collaborationFactorCitations,
) {
  @Query(() => [CollaborationFactorType], {
    description:
      'Collaboration factors by category (in the order of CollaborationFactorCategory), then position.',
  })
  @Access(PUBLIC)
  collaborationFactors(
    @Arg('category', () => CollaborationFactorCategoryEnum, {
      nullable: true,
      description: 'Only factors of this category.',
    })
    category: CollaborationFactorCategory | null,
    @Ctx() { services }: Context,
  ) {
    return services.collaborationFactor.list(category);
  }

  @Mutation(() => CollaborationFactorPayload, { description: 'Records a collaboration factor.' })
  @Access('ADMIN')
  collaborationFactorCreate(
    @Arg('input', { description: 'The new factor.' }) input: CollaborationFactorCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationFactor', async () => {
      const sources = decodeInputIds((ids) => citationIds(ids, input.sources));
      return services.collaborationFactor.create(caller, { ...input, sources });
    });
  }

  @Mutation(() => CollaborationFactorPayload, {
    description: 'Changes a collaboration factor; pass the version you read.',
  })
  @Access('ADMIN')
  collaborationFactorUpdate(
    @Arg('input', { description: 'The changes.' }) input: CollaborationFactorUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationFactor', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'CollaborationFactor', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.collaborationFactor.update(caller, { ...input, id, sources });
    });
  }
}
