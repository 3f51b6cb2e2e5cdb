import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { present } from '../../core/db/loaders';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import { omit } from '../../core/validate';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import { ForumType } from '../forum';
import { PersonType, visiblePerson } from '../person';
import type { AssessedFactor, CollaborationAssessmentEntity } from './assessment.entity';
import {
  AssessedFactorType,
  CollaborationAssessmentCreateInput,
  CollaborationAssessmentPayload,
  CollaborationAssessmentType,
  CollaborationAssessmentUpdateInput,
} from './assessment.types';
import { CollaborationFactorType } from './factor.types';
import { CollaborationLevelType } from './level.types';
import { CollaborationScaleType } from './scale.types';
import { collaborationAssessmentCitations } from './assessment.service';

type AssessmentInput = CollaborationAssessmentCreateInput | CollaborationAssessmentUpdateInput;

/**
 * The ids in an assessment's input, decoded; `undefined` means "not given". What is assessed is
 * replaced as a whole: a forum sets the pair to none, a pair the forum.
 */
function assessmentReferences(ids: InputIds, input: AssessmentInput) {
  const { assessed } = input;
  return {
    ...(assessed !== undefined && {
      forumId: ids.optional(assessed?.forum, 'Forum', ['assessed', 'forum']) ?? null,
      actorIds: ids.many(assessed?.actors ?? [], 'Actor', ['assessed', 'actors']),
    }),
    scaleId: ids.optional(input.scale, 'CollaborationScale', 'scale'),
    levelId: ids.optional(input.level, 'CollaborationLevel', 'level'),
    authorId: ids.optional(input.author, 'Person', 'author'),
    factors:
      input.factors === undefined
        ? undefined
        : (input.factors ?? []).map((factor, index) => ({
            factorId:
              ids.one(factor.factor, 'CollaborationFactor', ['factors', String(index), 'factor']) ??
              '',
            rating: factor.rating,
            comment: factor.comment,
          })),
    sources: citationIds(ids, input.sources),
  };
}

/** The fields of an assessment's input that `assessmentReferences` decodes. */
const REFERENCES = ['assessed', 'scale', 'level', 'author', 'factors', 'sources'] as const;

@Resolver(() => CollaborationAssessmentType)
export class CollaborationAssessmentResolver extends RecordResolver(
  CollaborationAssessmentType,
  'CollaborationAssessment',
  collaborationAssessmentCitations,
) {
  @Mutation(() => CollaborationAssessmentPayload, {
    description: 'Records how well a forum, or a pair of actors, collaborates on a date.',
  })
  @Access('EDITOR')
  collaborationAssessmentCreate(
    @Arg('input', { description: 'The new assessment.' })
    input: CollaborationAssessmentCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationAssessment', async () => {
      const references = decodeInputIds((ids) => assessmentReferences(ids, input));
      return services.collaborationAssessment.create(caller, {
        ...omit(input, REFERENCES),
        ...references,
      });
    });
  }

  @Mutation(() => CollaborationAssessmentPayload, {
    description: 'Changes a collaboration assessment; pass the version you read.',
  })
  @Access('EDITOR')
  collaborationAssessmentUpdate(
    @Arg('input', { description: 'The changes.' }) input: CollaborationAssessmentUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('collaborationAssessment', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'CollaborationAssessment', 'id') ?? '',
        references: assessmentReferences(ids, input),
      }));
      return services.collaborationAssessment.update(caller, {
        ...omit(input, REFERENCES),
        ...references,
        id,
      });
    });
  }

  @FieldResolver(() => ForumType, {
    nullable: true,
    description: 'The forum assessed; null when a pair of actors is.',
  })
  forum(@Root() assessment: CollaborationAssessmentEntity, @Ctx() { loaders }: Context) {
    return assessment.forumId ? loaders.forumById.load(assessment.forumId) : null;
  }

  @FieldResolver(() => [ActorType], {
    description: 'The pair of actors assessed, in the order given; empty when a forum is.',
  })
  async actors(@Root() assessment: CollaborationAssessmentEntity, @Ctx() { loaders }: Context) {
    const { actorAId, actorBId } = assessment;
    if (!actorAId || !actorBId) return [];
    return present(await loaders.actorById.loadMany([actorAId, actorBId]));
  }

  @FieldResolver(() => CollaborationScaleType, {
    nullable: true,
    description: 'The scale assessed on.',
  })
  scale(@Root() assessment: CollaborationAssessmentEntity, @Ctx() { loaders }: Context) {
    return assessment.scaleId ? loaders.collaborationScaleById.load(assessment.scaleId) : null;
  }

  @FieldResolver(() => CollaborationLevelType, {
    nullable: true,
    description: 'The level reached on the scale.',
  })
  level(@Root() assessment: CollaborationAssessmentEntity, @Ctx() { loaders }: Context) {
    return assessment.levelId ? loaders.collaborationLevelById.load(assessment.levelId) : null;
  }

  @FieldResolver(() => [AssessedFactorType], {
    description: 'The factors rated, in the order given.',
  })
  factors(@Root() assessment: CollaborationAssessmentEntity, @Ctx() { loaders }: Context) {
    return loaders.assessedFactors.load(assessment.id);
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description:
      'The person who made the assessment; null for anonymous callers when they object to publication.',
  })
  async author(
    @Root() assessment: CollaborationAssessmentEntity,
    @Ctx() { loaders, viewer }: Context,
  ) {
    const { authorId } = assessment;
    return authorId ? visiblePerson(viewer, await loaders.personById.load(authorId)) : null;
  }
}

@Resolver(() => AssessedFactorType)
export class AssessedFactorResolver {
  @FieldResolver(() => CollaborationFactorType, { description: 'The factor rated.' })
  factor(@Root() assessed: AssessedFactor, @Ctx() { loaders }: Context) {
    return loaders.collaborationFactorById.load(assessed.factorId);
  }
}
