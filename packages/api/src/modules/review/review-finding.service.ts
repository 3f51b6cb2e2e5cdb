import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalText, requiredText, requiredTexts } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { ReviewFindingEntity } from './review-finding.entity';
import { partsOfReview, placeInReview, type ReviewPartFields } from './review-part';
import { HOME_AREAS } from '../area';

export interface ReviewFindingFields extends ReviewPartFields {
  title: string;
  text?: string | null;
  /** Bullet points, in order; each non-blank. */
  points?: string[] | null;
  /** A free-text category, as the review groups its findings. */
  category?: string | null;
}
/** A finding stays with its review. */
export type ReviewFindingUpdateInput = UpdateInput<Omit<ReviewFindingFields, 'reviewId'>>;

export const reviewFindingCitations = new CitationStore(
  'review_finding_citation',
  'review_finding_id',
);

/** What a review found: titled findings in order, with text, bullet points and a category. */
export class ReviewFindingService extends CitedRecordService<
  ReviewFindingEntity,
  ReviewFindingFields
> {
  protected readonly entity = ReviewFindingEntity;
  protected readonly recordType = 'ReviewFinding';
  protected readonly label = 'review finding';
  protected override readonly home = HOME_AREAS.reviewFinding;
  protected readonly citations = reviewFindingCitations;

  protected async validate(
    tx: EntityManager,
    input: ReviewFindingFields,
    id: string | null,
  ): Promise<Validated<ReviewFindingEntity, Citation[]>> {
    const errors = new FieldErrors();
    const title = requiredText(errors, 'title', input.title, 'The title', 300);
    const text = optionalText(errors, 'text', input.text, 'The text', 10000) ?? null;
    const points = requiredTexts(errors, 'points', input.points, 'A point', 2000);
    const category = optionalText(errors, 'category', input.category, 'The category', 200) ?? null;
    const place = await placeInReview(tx, errors, 'review_finding', input, id);
    await reviewFindingCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { ...place, title, text, points, category },
      links: input.sources ?? [],
    };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      reviewFindingById: () => byIdLoader(ds, ReviewFindingEntity),
      /** A review's findings, in order. */
      findingsOfReview: () => partsOfReview(ds, ReviewFindingEntity, 'finding'),
    };
  }
}
