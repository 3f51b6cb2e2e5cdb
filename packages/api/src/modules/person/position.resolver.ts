import { shownPerson } from './publication';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import type { PositionEntity } from './position.entity';
import { PersonType } from './person.types';
import {
  PositionCreateInput,
  PositionEndInput,
  PositionPayload,
  PositionType,
  PositionUpdateInput,
} from './position.types';
import { positionCitations } from './position.service';

@Resolver(() => PositionType)
export class PositionResolver extends RecordResolver(PositionType, 'Position', positionCitations) {
  @Mutation(() => PositionPayload, { description: "Records a person's title at an actor." })
  @Access('EDITOR')
  positionCreate(
    @Arg('input', { description: 'The new position.' }) input: PositionCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('position', async () => {
      const references = decodeInputIds((ids) => ({
        personId: ids.one(input.person, 'Person', 'person') ?? '',
        actorId: ids.one(input.actor, 'Actor', 'actor') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.position.create(caller, { ...input, ...references });
    });
  }

  @Mutation(() => PositionPayload, {
    description: 'Changes a position; pass the version you read.',
  })
  @Access('EDITOR')
  positionUpdate(
    @Arg('input', { description: 'The changes.' }) input: PositionUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('position', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Position', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.position.update(caller, { ...input, id, sources });
    });
  }

  @Mutation(() => PositionPayload, {
    description: 'Ends a position: it no longer holds from validTo.',
  })
  @Access('EDITOR')
  positionEnd(
    @Arg('input', () => PositionEndInput, { description: 'Which position, and when it ends.' })
    input: InstanceType<typeof PositionEndInput>,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('position', async () => {
      const id = decodeInputIds((ids) => ids.one(input.id, 'Position', 'id') ?? '');
      return services.position.end(caller, { ...input, id });
    });
  }

  @FieldResolver(() => PersonType, {
    description:
      'Who holds the position; for anonymous callers the withheld person when they object to publication.',
  })
  async person(@Root() position: PositionEntity, @Ctx() { loaders, viewer }: Context) {
    return shownPerson(viewer, await loaders.personById.load(position.personId));
  }

  @FieldResolver(() => ActorType, { description: 'Where the position is held.' })
  actor(@Root() position: PositionEntity, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(position.actorId);
  }
}
