import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, recordBySlug } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { uniqueSlug } from '../../core/slug';
import { optionalText, requiredText } from '../../core/validate';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { PersonEntity } from './person.entity';

export interface PersonFields {
  name: string;
  slug?: string | null;
  workContact?: string | null;
  sources?: Citation[];
}
export type PersonUpdateInput = UpdateInput<PersonFields>;

export const personCitations = new CitationStore('person_citation', 'person_id');

/** People in public roles: a name, a unique slug, at most a public work contact. */
export class PersonService extends CitedRecordService<PersonEntity, PersonFields> {
  protected readonly entity = PersonEntity;
  protected readonly recordType = 'Person';
  protected readonly label = 'person';
  protected readonly citations = personCitations;

  findBySlug(slug: string): Promise<PersonEntity | null> {
    return recordBySlug(this.dataSource, PersonEntity, slug);
  }

  list(filter: { search?: string | null }, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('person');
    whereSearched(query, 'person', filter.search);
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: PersonFields,
    id: string | null,
  ): Promise<Validated<PersonEntity, Citation[]>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const slug = await uniqueSlug(tx, errors, {
      table: 'person',
      given: input.slug,
      name: name,
      id,
      label: 'person',
    });
    const workContact = optionalText(
      errors,
      'workContact',
      input.workContact,
      'The work contact',
      200,
    );
    await personCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values: { name, slug, workContact: workContact ?? null }, links: input.sources ?? [] };
  }

  loaders() {
    return {
      personById: () => byIdLoader(this.dataSource, PersonEntity),
    };
  }
}
