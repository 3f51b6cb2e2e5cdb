import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { partsOfReview, placeInReview, type ReviewPartFields } from './review-part';
import { ReviewShiftEntity } from './review-shift.entity';
import { HOME_AREAS } from '../area';

export interface ReviewShiftFields extends ReviewPartFields {
  /** Where the forum stands, e.g. "detaljfokus". */
  from: string;
  /** Where it should go, e.g. "helhet och strategi". */
  to: string;
}
/** A shift stays with its review. */
export type ReviewShiftUpdateInput = UpdateInput<Omit<ReviewShiftFields, 'reviewId'>>;

export const reviewShiftCitations = new CitationStore('review_shift_citation', 'review_shift_id');

/** The changes a review calls for, "from X to Y", in order. */
export class ReviewShiftService extends CitedRecordService<ReviewShiftEntity, ReviewShiftFields> {
  protected readonly entity = ReviewShiftEntity;
  protected readonly recordType = 'ReviewShift';
  protected readonly label = 'review shift';
  protected override readonly home = HOME_AREAS.reviewShift;
  protected readonly citations = reviewShiftCitations;

  protected async validate(
    tx: EntityManager,
    input: ReviewShiftFields,
    id: string | null,
  ): Promise<Validated<ReviewShiftEntity, Citation[]>> {
    const errors = new FieldErrors();
    const from = requiredText(errors, 'from', input.from, 'Where the shift starts ("from")', 500);
    const to = requiredText(errors, 'to', input.to, 'Where the shift leads ("to")', 500);
    const place = await placeInReview(tx, errors, 'review_shift', input, id);
    await reviewShiftCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values: { ...place, from, to }, links: input.sources ?? [] };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      reviewShiftById: () => byIdLoader(ds, ReviewShiftEntity),
      /** A review's shifts, in order. */
      shiftsOfReview: () => partsOfReview(ds, ReviewShiftEntity, 'shift'),
    };
  }
}
