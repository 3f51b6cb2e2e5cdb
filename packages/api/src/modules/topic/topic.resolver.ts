import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import {
  TopicConnection,
  TopicCreateInput,
  TopicOrderInput,
  TopicFilterInput,
  TopicPayload,
  TopicType,
  TopicUpdateInput,
} from './topic.types';
import { OrderByArg } from '../../core/graphql/order';
import { topicCitations } from './topic.service';

@Resolver(() => TopicType)
export class TopicResolver extends RecordResolver(TopicType, 'Topic', topicCitations) {
  @Query(() => TopicType, { nullable: true, description: 'The topic with this slug.' })
  @Access(PUBLIC)
  topic(
    @Arg('slug', { description: 'The slug, e.g. "paverkansarbete".' }) slug: string,
    @Ctx() { services }: Context,
  ) {
    return services.topic.findBySlug(slug);
  }

  @Query(() => TopicConnection, {
    description: 'Topics, filtered and sorted (by name unless told).',
  })
  @Access(PUBLIC)
  async topics(
    @Args() page: PageArgs,
    @Arg('filter', () => TopicFilterInput, { nullable: true, description: 'Which topics to list.' })
    filter: TopicFilterInput | null,
    @OrderByArg(TopicOrderInput, 'by name') orderBy: TopicOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    return toConnection(await services.topic.list(filter ?? {}, page, orderBy));
  }

  @Mutation(() => TopicPayload, { description: 'Records a topic.' })
  @Access('ADMIN')
  topicCreate(
    @Arg('input', { description: 'The new topic.' }) input: TopicCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('topic', async () => {
      const sources = decodeInputIds((ids) => citationIds(ids, input.sources));
      return services.topic.create(caller, { ...input, sources });
    });
  }

  @Mutation(() => TopicPayload, { description: 'Changes a topic; pass the version you read.' })
  @Access('ADMIN')
  topicUpdate(
    @Arg('input', { description: 'The changes.' }) input: TopicUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('topic', async () => {
      const { id, sources } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Topic', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.topic.update(caller, { ...input, id, sources });
    });
  }
}
