import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, recordBySlug } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { uniqueSlug } from '../../core/slug';
import { optionalText, requiredText } from '../../core/validate';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { type Citation, CitationStore } from '../citation';
import { type Identifier, IdentifierStore } from '../identifier';
import type { Viewer } from '../../core/auth/roles';
import { PersonEntity } from './person.entity';
import { HOME_AREAS } from '../area';
import { visiblePerson } from './publication';

export interface PersonFields {
  name: string;
  slug?: string | null;
  workContact?: string | null;
  /** They object to publication (GDPR art. 21): hidden from anonymous callers. */
  objectsToPublication?: boolean | null;
  sources?: Citation[];
  /** In Wikidata only (see the identifier module). */
  identifiers?: Identifier[];
}
export type PersonUpdateInput = UpdateInput<PersonFields>;

interface PersonLinks {
  sources: Citation[];
  identifiers: Identifier[];
}

export const personCitations = new CitationStore('person_citation', 'person_id');
const personIdentifiers = new IdentifierStore('person');

/**
 * People in public roles: a name, a unique slug, at most a public work contact and a Wikidata
 * item.
 */
export class PersonService extends RecordService<PersonEntity, PersonFields, PersonLinks> {
  protected readonly entity = PersonEntity;
  protected readonly recordType = 'Person';
  protected readonly label = 'person';
  protected override readonly identifierLookup = personIdentifiers;
  protected override readonly home = HOME_AREAS.person;

  /** The person with this slug, unless withheld from `viewer` (see `withheldFrom`). */
  async findBySlug(viewer: Viewer | null, slug: string): Promise<PersonEntity | null> {
    return visiblePerson(viewer, await recordBySlug(this.dataSource, PersonEntity, slug));
  }

  /** The person an external register (Wikidata) knows by this identifier, unless withheld. */
  async findByIdentifier(
    viewer: Viewer | null,
    identifier: Identifier,
  ): Promise<PersonEntity | null> {
    const id = await personIdentifiers.find(this.dataSource, identifier);
    const person = id ? await this.dataSource.getRepository(PersonEntity).findOneBy({ id }) : null;
    return visiblePerson(viewer, person);
  }

  /** People, without those who object to publication when `viewer` is anonymous. */
  list(
    viewer: Viewer | null,
    filter: { search?: string | null },
    page: PageRequest,
    order: RecordOrder | null = null,
  ) {
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('person');
    whereSearched(query, 'person', filter.search);
    if (!viewer) query.andWhere('NOT person.objects_to_publication');
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: PersonFields,
    id: string | null,
  ): Promise<Validated<PersonEntity, PersonLinks>> {
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
    const identifiers = await personIdentifiers.validate(tx, input.identifiers ?? [], id, errors);
    errors.throwIfAny();
    return {
      values: {
        name,
        slug,
        workContact: workContact ?? null,
        objectsToPublication: input.objectsToPublication ?? false,
      },
      links: { sources: input.sources ?? [], identifiers },
    };
  }

  protected override async read(tx: EntityManager, person: PersonEntity): Promise<PersonFields> {
    return {
      ...person,
      sources: await personCitations.snapshot(tx, person.id),
      identifiers: await personIdentifiers.snapshot(tx, person.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: PersonLinks) {
    await personCitations.replace(tx, id, links.sources);
    await personIdentifiers.replace(tx, id, links.identifiers);
  }

  loaders() {
    return {
      personById: () => byIdLoader(this.dataSource, PersonEntity),
      personIdentifiers: () => personIdentifiers.loader(this.dataSource),
    };
  }
}
