import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import type { Caller } from '../../core/audit/audit.service';
import { Access } from '../../core/graphql/access';
import { mutationPayload } from '../../core/graphql/payload';
import { decodeInputIds } from '../../core/relay/global-id';
import type { Context } from '../../context';
import { citationIds, RecordResolver, type Citation, type CitationStore } from '../citation';
import type { OpenQuestionService } from './open-question.service';
import type { ReviewFindingService } from './review-finding.service';
import type { ReviewPartEntity } from './review-part.entity';
import type { ReviewPartCreateInput, ReviewPartUpdateInput } from './review-part.types';
import type { ReviewShiftService } from './review-shift.service';
import { ReviewType } from './review.types';

/** A part's update input: the shared fields and its id. */
type PartUpdateInput = ReviewPartUpdateInput & { id: string };

type DecodedSources = { sources: Citation[] | undefined };

/** What the mutations ask of a part's service. */
interface PartService<C extends ReviewPartCreateInput, U extends PartUpdateInput> {
  create: (
    caller: Caller,
    input: Omit<C, 'review' | 'sources'> & DecodedSources & { reviewId: string },
  ) => Promise<ReviewPartEntity>;
  update: (caller: Caller, input: U & DecodedSources) => Promise<ReviewPartEntity>;
}

/**
 * The services of the parts, from which a part's resolver picks its own. Named here: the composed
 * `Services` would make the resolvers depend on the modules' composition, which TypeScript cannot
 * resolve while it composes them.
 */
interface PartServices {
  reviewFinding: ReviewFindingService;
  reviewShift: ReviewShiftService;
  openQuestion: OpenQuestionService;
}

/** One kind of part of a review (finding, shift, open question): its types and its wording. */
interface ReviewPart<C extends ReviewPartCreateInput, U extends PartUpdateInput> {
  type: ClassType;
  /** Its GraphQL name, e.g. "ReviewFinding"; the mutations are `reviewFindingCreate` and so on. */
  name: string;
  payload: ClassType;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  service: (services: PartServices) => PartService<C, U>;
  /** Where its citations are kept. */
  citations: CitationStore;
  descriptions: {
    create: string;
    /** Of the create mutation's `input`, e.g. "The new finding.". */
    createInput: string;
    update: string;
    /** Of the part's `review` field, e.g. "The review that found it.". */
    review: string;
  };
}

/**
 * What every part of a review has in the schema: `<part>Create` (in its review, with its sources),
 * `<part>Update` (never its review), `review`, and a record's `history` and `sources`. A part's
 * resolver extends `ReviewPartResolver({ … })` and adds only its own fields. Its type is a plain
 * class: the inferred one would carry `RecordResolver`'s fields, typed with the composed
 * `Context`, which TypeScript cannot resolve while it composes the modules.
 */
export function ReviewPartResolver<C extends ReviewPartCreateInput, U extends PartUpdateInput>(
  part: ReviewPart<C, U>,
): abstract new () => object {
  const key = part.name.charAt(0).toLowerCase() + part.name.slice(1);

  @Resolver(() => part.type)
  abstract class ReviewPartFieldsResolver extends RecordResolver(
    part.type,
    part.name,
    part.citations,
  ) {
    @Mutation(() => part.payload, { name: `${key}Create`, description: part.descriptions.create })
    @Access('EDITOR')
    create(
      @Arg('input', () => part.createInput, { description: part.descriptions.createInput })
      input: C,
      @Ctx() { services, caller }: Context,
    ) {
      return mutationPayload(key, async () => {
        const references = decodeInputIds((ids) => ({
          reviewId: ids.one(input.review, 'Review', 'review') ?? '',
          sources: citationIds(ids, input.sources),
        }));
        const { review: _r, sources: _s, ...fields } = input;
        return part.service(services).create(caller, { ...fields, ...references });
      });
    }

    @Mutation(() => part.payload, { name: `${key}Update`, description: part.descriptions.update })
    @Access('EDITOR')
    update(
      @Arg('input', () => part.updateInput, { description: 'The changes.' }) input: U,
      @Ctx() { services, caller }: Context,
    ) {
      return mutationPayload(key, async () => {
        const references = decodeInputIds((ids) => ({
          id: ids.one(input.id, part.name, 'id') ?? '',
          sources: citationIds(ids, input.sources),
        }));
        return part.service(services).update(caller, { ...input, ...references });
      });
    }

    @FieldResolver(() => ReviewType, { description: part.descriptions.review })
    review(@Root() record: ReviewPartEntity, @Ctx() { loaders }: Context) {
      return loaders.reviewById.load(record.reviewId);
    }
  }
  return ReviewPartFieldsResolver;
}
