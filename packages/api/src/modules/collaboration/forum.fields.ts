import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FromArg, ToArg } from '../../core/graphql/valid-time';
import type { Context } from '../../context';
import { type ForumEntity, ForumType } from '../forum';
import { CollaborationAssessmentType } from './assessment.types';

@Resolver(() => ForumType)
export class ForumAssessmentsResolver {
  @FieldResolver(() => [CollaborationAssessmentType], {
    description:
      'How well the forum collaborates, assessment by assessment, oldest first: a time series to follow and compare.',
  })
  assessments(
    @Root() forum: ForumEntity,
    @FromArg('assessments') from: string | null,
    @ToArg('assessments') to: string | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.assessmentsOfForum({ from: from ?? null, to: to ?? null }).load(forum.id);
  }
}
