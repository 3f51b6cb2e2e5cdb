import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver } from '../citation';
import { ActionType, AgendaItemType } from '../meeting';
import type { OpenQuestionEntity } from './open-question.entity';
import {
  OpenQuestionCreateInput,
  OpenQuestionPayload,
  OpenQuestionType,
  OpenQuestionUpdateInput,
} from './open-question.types';
import { ReviewType } from './review.types';

@Resolver(() => OpenQuestionType)
export class OpenQuestionResolver extends RecordResolver(
  OpenQuestionType,
  'OpenQuestion',
  'openQuestionCitations',
) {
  @Mutation(() => OpenQuestionPayload, { description: 'Records a question a review leaves open.' })
  @Access('EDITOR')
  openQuestionCreate(
    @Arg('input', { description: 'The new open question.' }) input: OpenQuestionCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('openQuestion', async () => {
      const references = decodeInputIds((ids) => ({
        reviewId: ids.one(input.review, 'Review', 'review') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      const { review: _r, sources: _s, ...fields } = input;
      return services.openQuestion.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => OpenQuestionPayload, {
    description: 'Changes an open question (not its review); pass the version you read.',
  })
  @Access('EDITOR')
  openQuestionUpdate(
    @Arg('input', { description: 'The changes.' }) input: OpenQuestionUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('openQuestion', async () => {
      const references = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'OpenQuestion', 'id') ?? '',
        sources: citationIds(ids, input.sources),
      }));
      return services.openQuestion.update(caller, { ...input, ...references });
    });
  }

  @FieldResolver(() => ReviewType, { description: 'The review that leaves it open.' })
  review(@Root() question: OpenQuestionEntity, @Ctx() { loaders }: Context) {
    return loaders.reviewById.load(question.reviewId);
  }

  @FieldResolver(() => [ActionType], {
    description: 'The actions that follow it up, by due date (none last), then title.',
  })
  actions(@Root() question: OpenQuestionEntity, @Ctx() { loaders }: Context) {
    return loaders.actionsOfOpenQuestion.load(question.id);
  }

  @FieldResolver(() => [AgendaItemType], {
    description: 'The agenda items that take it up, in the order they were put on agendas.',
  })
  agendaItems(@Root() question: OpenQuestionEntity, @Ctx() { loaders }: Context) {
    return loaders.agendaItemsOfOpenQuestion.load(question.id);
  }
}
