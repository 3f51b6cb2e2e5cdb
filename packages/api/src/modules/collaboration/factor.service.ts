import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalDescription, requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import {
  COLLABORATION_FACTOR_CATEGORIES,
  CollaborationFactorEntity,
  type CollaborationFactorCategory,
} from './factor.entity';

export interface CollaborationFactorFields {
  category: CollaborationFactorCategory;
  title: string;
  description?: string | null;
  /** The order within the category; default: after the last one. */
  position?: number | null;
  sources?: Citation[];
}
export type CollaborationFactorUpdateInput = UpdateInput<CollaborationFactorFields>;

export const collaborationFactorCitations = new CitationStore(
  'collaboration_factor_citation',
  'collaboration_factor_id',
);

/** SQL: the categories in the order of COLLABORATION_FACTOR_CATEGORIES. */
const CATEGORY_ORDER = (alias: string) =>
  `array_position(ARRAY['${COLLABORATION_FACTOR_CATEGORIES.join("','")}'], ${alias}.category)`;

/**
 * What collaboration brings and what makes or breaks it, as the sources list them: effects,
 * enablers, challenges and structural barriers, each an ordered list of titled factors.
 */
export class CollaborationFactorService extends CitedRecordService<
  CollaborationFactorEntity,
  CollaborationFactorFields
> {
  protected readonly entity = CollaborationFactorEntity;
  protected readonly recordType = 'CollaborationFactor';
  protected readonly label = 'collaboration factor';
  protected readonly citations = collaborationFactorCitations;

  /** Every factor (or those of one category), by category then position. */
  list(category: CollaborationFactorCategory | null | undefined) {
    const query = this.dataSource
      .getRepository(CollaborationFactorEntity)
      .createQueryBuilder('factor');
    if (category) query.where('factor.category = :category', { category });
    return query
      .orderBy(CATEGORY_ORDER('factor'), 'ASC')
      .addOrderBy('factor.position', 'ASC')
      .addOrderBy('factor.title', 'ASC')
      .addOrderBy('factor.id', 'ASC')
      .getMany();
  }

  protected async validate(
    tx: EntityManager,
    input: CollaborationFactorFields,
  ): Promise<Validated<CollaborationFactorEntity, Citation[]>> {
    const errors = new FieldErrors();
    const { category } = input;
    const title = requiredText(errors, 'title', input.title, 'The title', 200);
    const description = optionalDescription(errors, input.description);
    if (!COLLABORATION_FACTOR_CATEGORIES.includes(category)) {
      errors.add('category', 'INVALID', 'Unknown category of factor.');
    }
    const given = input.position;
    if (given !== null && given !== undefined && (!Number.isInteger(given) || given < 1)) {
      errors.add('position', 'INVALID', 'The position is a whole number from 1 (the first).');
    }
    await collaborationFactorCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    const position = given ?? (await this.nextPosition(tx, category));
    return {
      values: { category, title, description, position },
      links: input.sources ?? [],
    };
  }

  /** After the last factor of the category. */
  private async nextPosition(tx: EntityManager, category: CollaborationFactorCategory) {
    const [{ next }]: { next: number }[] = await tx.query(
      'SELECT coalesce(max(position), 0) + 1 AS next FROM collaboration_factor WHERE category = $1',
      [category],
    );
    return next;
  }

  loaders() {
    const ds = this.dataSource;
    return {
      collaborationFactorById: () => byIdLoader(ds, CollaborationFactorEntity),
    };
  }
}
