import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FromArg, ToArg } from '../../core/graphql/valid-time';
import type { Context } from '../../context';
import { type ActorEntity, ActorType } from '../actor';
import { CollaborationAssessmentType } from './assessment.types';

@Resolver(() => ActorType)
export class ActorAssessmentsResolver {
  @FieldResolver(() => [CollaborationAssessmentType], {
    description:
      'Assessments of how well this actor collaborates with one other actor (the pairs it is in), oldest first.',
  })
  assessments(
    @Root() actor: ActorEntity,
    @FromArg('assessments') from: string | null,
    @ToArg('assessments') to: string | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.assessmentsOfActor({ from: from ?? null, to: to ?? null }).load(actor.id);
  }
}
