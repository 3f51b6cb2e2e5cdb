import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, recordBySlug } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { uniqueSlug } from '../../core/slug';
import { optionalDescription, requiredText } from '../../core/validate';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { TopicEntity } from './topic.entity';

export interface TopicFields {
  name: string;
  slug?: string | null;
  description?: string | null;
  sources?: Citation[];
}
export type TopicUpdateInput = UpdateInput<TopicFields>;

export const topicCitations = new CitationStore('topic_citation', 'topic_id');

/** Themes actors work on outside (or ahead of) any strategy: a name, a unique slug. */
export class TopicService extends CitedRecordService<TopicEntity, TopicFields> {
  protected readonly entity = TopicEntity;
  protected readonly recordType = 'Topic';
  protected readonly label = 'topic';
  protected readonly citations = topicCitations;

  findBySlug(slug: string): Promise<TopicEntity | null> {
    return recordBySlug(this.dataSource, TopicEntity, slug);
  }

  list(filter: { search?: string | null }, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource.getRepository(TopicEntity).createQueryBuilder('topic');
    whereSearched(query, 'topic', filter.search);
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: TopicFields,
    id: string | null,
  ): Promise<Validated<TopicEntity, Citation[]>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const slug = await uniqueSlug(tx, errors, {
      table: 'topic',
      given: input.slug,
      name: name,
      id,
      label: 'topic',
    });
    const description = optionalDescription(errors, input.description);
    await topicCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { name, slug, description },
      links: input.sources ?? [],
    };
  }

  loaders() {
    return {
      topicById: () => byIdLoader(this.dataSource, TopicEntity),
    };
  }
}
