import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { FieldErrors } from '../../core/errors';
import { childrenLoader } from '../../core/db/loaders';
import type { Citation } from '../citation';
import type { ReviewPartEntity } from './review-part.entity';
import { ReviewEntity } from './review.entity';

/** The fields every part of a review (finding, shift, open question) has. */
export interface ReviewPartFields {
  reviewId: string;
  /** From 1; default (or null): after the last of its kind in the review. */
  position?: number | null;
  sources?: Citation[];
}

/**
 * Checks a part's review (NOT_FOUND on `review`) and place (INVALID on `position`), and gives the
 * place: the one asked for, or after the last part of this kind in the review (not counting the
 * part itself). `table` is a name from code, never input.
 */
export async function placeInReview(
  tx: EntityManager,
  errors: FieldErrors,
  table: string,
  input: ReviewPartFields,
  id: string | null,
): Promise<{ reviewId: string; position: number }> {
  const { reviewId } = input;
  const given = input.position ?? null;
  if (given !== null && (!Number.isInteger(given) || given < 1)) {
    errors.add('position', 'INVALID', 'The position is a whole number from 1 (the first).');
  }
  if (!(await tx.getRepository(ReviewEntity).existsBy({ id: reviewId }))) {
    errors.add('review', 'NOT_FOUND', 'No review has this id.');
    return { reviewId, position: given ?? 1 };
  }
  if (given !== null) return { reviewId, position: given };
  const [{ next }]: { next: number }[] = await tx.query(
    `SELECT coalesce(max(position), 0) + 1 AS next FROM ${table}
     WHERE review_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [reviewId, id],
  );
  return { reviewId, position: next };
}

/** The parts of each review of one kind, in order: by position, then as recorded. */
export function partsOfReview<E extends ReviewPartEntity>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
) {
  return childrenLoader<E>(dataSource, entity, {
    alias,
    parentColumn: 'review_id',
    parentProperty: 'reviewId',
    orderBy: [
      [`${alias}.position`, 'ASC'],
      [`${alias}.created_at`, 'ASC'],
      [`${alias}.id`, 'ASC'],
    ],
  });
}
