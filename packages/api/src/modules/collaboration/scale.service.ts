import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, recordBySlug } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { uniqueSlug } from '../../core/slug';
import { optionalDescription, requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { CollaborationLevelEntity } from './level.entity';
import { CollaborationScaleEntity } from './scale.entity';

export interface CollaborationScaleFields {
  name: string;
  slug?: string | null;
  description?: string | null;
  sources?: Citation[];
}
export type CollaborationScaleUpdateInput = UpdateInput<CollaborationScaleFields>;

export const collaborationScaleCitations = new CitationStore(
  'collaboration_scale_citation',
  'collaboration_scale_id',
);

/**
 * Scales the health of collaboration is assessed on: a name and a unique slug. Their levels are
 * records of their own, entered by people (the sources name scales without spelling out every
 * step), so a scale may have none.
 */
export class CollaborationScaleService extends CitedRecordService<
  CollaborationScaleEntity,
  CollaborationScaleFields
> {
  protected readonly entity = CollaborationScaleEntity;
  protected readonly recordType = 'CollaborationScale';
  protected readonly label = 'collaboration scale';
  protected readonly citations = collaborationScaleCitations;

  findBySlug(slug: string): Promise<CollaborationScaleEntity | null> {
    return recordBySlug(this.dataSource, CollaborationScaleEntity, slug);
  }

  list(filter: { search?: string | null }, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource
      .getRepository(CollaborationScaleEntity)
      .createQueryBuilder('scale');
    whereSearched(query, 'scale', filter.search);
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: CollaborationScaleFields,
    id: string | null,
  ): Promise<Validated<CollaborationScaleEntity, Citation[]>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const slug = await uniqueSlug(tx, errors, {
      table: 'collaboration_scale',
      given: input.slug,
      name,
      id,
      label: 'collaboration scale',
    });
    const description = optionalDescription(errors, input.description);
    await collaborationScaleCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { name, slug, description },
      links: input.sources ?? [],
    };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      collaborationScaleById: () => byIdLoader(ds, CollaborationScaleEntity),
      /** The levels of a scale, by rank (1 first). */
      levelsOfScale: () =>
        childrenLoader(ds, CollaborationLevelEntity, {
          alias: 'level',
          parentColumn: 'scale_id',
          parentProperty: 'scaleId',
          orderBy: [['level.rank', 'ASC']],
        }),
    };
  }
}
