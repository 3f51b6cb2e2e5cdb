import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import { PageArgs, toConnection } from '../../core/graphql/connection';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds, type InputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { ActorType } from '../actor';
import { citationIds, RecordResolver } from '../citation';
import { ForumType } from '../forum';
import { DecisionType } from '../meeting';
import { PersonType, shownPerson } from '../person';
import { ReviewFollowUpType } from './follow-up.types';
import { OpenQuestionType } from './open-question.types';
import type { ReviewEntity } from './review.entity';
import type { ReviewContact } from './review.service';
import {
  ReviewConnection,
  ReviewContactType,
  ReviewCreateInput,
  ReviewOrderInput,
  ReviewPayload,
  ReviewType,
  ReviewUpdateInput,
} from './review.types';
import { ReviewFindingType } from './review-finding.types';
import { ReviewShiftType } from './review-shift.types';
import { OrderByArg } from '../../core/graphql/order';
import { reviewCitations } from './review.service';

/** The ids in a review's create or update input, decoded; `undefined` means "not given". */
function reviewReferences(ids: InputIds, input: ReviewCreateInput | ReviewUpdateInput) {
  return {
    commissionedById: ids.optional(input.commissionedBy, 'Actor', 'commissionedBy'),
    contacts:
      input.contacts === undefined
        ? undefined
        : (input.contacts ?? []).map((contact, index) => ({
            personId:
              ids.one(contact.person, 'Person', ['contacts', String(index), 'person']) ?? '',
            role: contact.role,
          })),
    sources: citationIds(ids, input.sources),
  };
}

@Resolver(() => ReviewType)
export class ReviewResolver extends RecordResolver(ReviewType, 'Review', reviewCitations) {
  @Query(() => ReviewConnection, {
    description: 'Reviews of every forum, sorted (by title unless told).',
  })
  @Access(PUBLIC)
  async reviews(
    @Args() page: PageArgs,
    @OrderByArg(ReviewOrderInput, 'by title') orderBy: ReviewOrderInput | null,
    @Ctx() { services }: Context,
  ) {
    return toConnection(await services.review.list(page, orderBy));
  }

  @Mutation(() => ReviewPayload, { description: 'Records a review of a forum.' })
  @Access('EDITOR')
  reviewCreate(
    @Arg('input', { description: 'The new review.' }) input: ReviewCreateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('review', async () => {
      const references = decodeInputIds((ids) => ({
        forumId: ids.one(input.forum, 'Forum', 'forum') ?? '',
        ...reviewReferences(ids, input),
      }));
      const { forum: _f, commissionedBy: _c, contacts: _p, sources: _s, ...fields } = input;
      return services.review.create(caller, { ...fields, ...references });
    });
  }

  @Mutation(() => ReviewPayload, {
    description: 'Changes a review (not its forum); pass the version you read.',
  })
  @Access('EDITOR')
  reviewUpdate(
    @Arg('input', { description: 'The changes.' }) input: ReviewUpdateInput,
    @Ctx() { services, caller }: Context,
  ) {
    return mutationPayload('review', async () => {
      const { id, references } = decodeInputIds((ids) => ({
        id: ids.one(input.id, 'Review', 'id') ?? '',
        references: reviewReferences(ids, input),
      }));
      const { commissionedBy: _c, contacts: _p, sources: _s, ...fields } = input;
      return services.review.update(caller, { ...fields, ...references, id });
    });
  }

  @FieldResolver(() => ForumType, { description: 'The forum reviewed.' })
  forum(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.forumById.load(review.forumId);
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The actor that commissioned it, if recorded.',
  })
  commissionedBy(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return review.commissionedById ? loaders.actorById.load(review.commissionedById) : null;
  }

  @FieldResolver(() => [ReviewContactType], {
    description: 'Its contact persons with their roles, in order.',
  })
  contacts(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.reviewContacts.load(review.id);
  }

  @FieldResolver(() => [ReviewFindingType], { description: 'What it found, in order.' })
  findings(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.findingsOfReview.load(review.id);
  }

  @FieldResolver(() => [ReviewShiftType], {
    description: 'The shifts it calls for ("from X to Y"), in order.',
  })
  shifts(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.shiftsOfReview.load(review.id);
  }

  @FieldResolver(() => [DecisionType], {
    description: 'The decisions answering it, in the order they were recorded.',
  })
  decisions(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.decisionsOfReview.load(review.id);
  }

  @FieldResolver(() => [OpenQuestionType], {
    description: 'The questions it leaves open, in order.',
  })
  openQuestions(@Root() review: ReviewEntity, @Ctx() { loaders }: Context) {
    return loaders.openQuestionsOfReview.load(review.id);
  }

  @FieldResolver(() => [ReviewFollowUpType], {
    description:
      'Its follow-up: each open question in order, with the actions that answer it and how far they have come.',
  })
  followUp(@Root() review: ReviewEntity, @Ctx() { services, loaders }: Context) {
    return services.followUp.ofReview(loaders, review.id);
  }
}

@Resolver(() => ReviewContactType)
export class ReviewContactResolver {
  @FieldResolver(() => PersonType, {
    description:
      'The contact person; for anonymous callers the withheld person when they object to publication.',
  })
  async person(@Root() contact: Required<ReviewContact>, @Ctx() { loaders, viewer }: Context) {
    return shownPerson(viewer, await loaders.personById.load(contact.personId));
  }
}
