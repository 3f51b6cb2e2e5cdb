import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { AuditedResolver } from '../../core/graphql/audited.resolver';
import type { CollaborationLevelEntity } from './level.entity';
import {
  CollaborationLevelCreateInput,
  CollaborationLevelPayload,
  CollaborationLevelType,
  CollaborationLevelUpdateInput,
} from './level.types';
import { CollaborationScaleType } from './scale.types';

@Resolver(() => CollaborationLevelType)
export class CollaborationLevelResolver extends AuditedResolver(
  CollaborationLevelType,
  'CollaborationLevel',
) {
  @Mutation(() => CollaborationLevelPayload, {
    description: 'Records a level of a collaboration scale.',
  })
  @Access('ADMIN')
  collaborationLevelCreate(
    @Arg('input', { description: 'The new level.' }) input: CollaborationLevelCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationLevel', async () => {
      const scaleId = decodeInputIds((ids) => ids.one(input.scale, 'CollaborationScale', 'scale'));
      const { scale: _s, ...fields } = input;
      return services.collaborationLevel.create(caller, { ...fields, scaleId: scaleId ?? '' });
    });
  }

  @Mutation(() => CollaborationLevelPayload, {
    description: 'Changes a level (not its scale); pass the version you read.',
  })
  @Access('ADMIN')
  collaborationLevelUpdate(
    @Arg('input', { description: 'The changes.' }) input: CollaborationLevelUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationLevel', async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'CollaborationLevel', 'id') ?? '');
      return services.collaborationLevel.update(caller, { ...input, id });
    });
  }

  @FieldResolver(() => CollaborationScaleType, { description: 'The scale it is a level of.' })
  scale(@Root() level: CollaborationLevelEntity, @Ctx() { loaders }: Context) {
    return loaders.collaborationScaleById.load(level.scaleId);
  }
}
