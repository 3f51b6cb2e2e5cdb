import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ActionType, AgendaItemType } from '../meeting';
import type { OpenQuestionEntity } from './open-question.entity';
import {
  OpenQuestionCreateInput,
  OpenQuestionPayload,
  OpenQuestionType,
  OpenQuestionUpdateInput,
} from './open-question.types';
import { ReviewPartResolver } from './review-part.resolver';
import { openQuestionCitations } from './open-question.service';

@Resolver(() => OpenQuestionType)
export class OpenQuestionResolver extends ReviewPartResolver({
  type: OpenQuestionType,
  name: 'OpenQuestion',
  payload: OpenQuestionPayload,
  createInput: OpenQuestionCreateInput,
  updateInput: OpenQuestionUpdateInput,
  service: (services) => services.openQuestion,
  citations: openQuestionCitations,
  descriptions: {
    create: 'Records a question a review leaves open.',
    createInput: 'The new open question.',
    update: 'Changes an open question (not its review); pass the version you read.',
    review: 'The review that leaves it open.',
  },
}) {
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
