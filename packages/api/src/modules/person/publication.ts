import { withheldFrom } from '../../core/auth/publication';
import type { Viewer } from '../../core/auth/roles';
import { PersonEntity } from './person.entity';

/** The name the withheld person is shown with. */
export const WITHHELD_NAME = 'Namn undanhållet';

/**
 * What an anonymous caller is shown where a record requires a person (a position's holder) who
 * objects to publication: no record of the register (the nil UUID: its id refetches nothing, and
 * it has no positions, sources, identifiers or history), named "Namn undanhållet".
 */
export const WITHHELD_PERSON: PersonEntity = Object.freeze(
  Object.assign(new PersonEntity(), {
    id: '00000000-0000-0000-0000-000000000000',
    version: 1,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    name: WITHHELD_NAME,
    slug: 'namn-undanhallet',
    workContact: null,
    objectsToPublication: true,
  }),
);

/** The person, or null when withheld from `viewer`: for references that may be null. */
export function visiblePerson<P extends object>(viewer: Viewer | null, person: P | null): P | null {
  return withheldFrom(viewer, person) ? null : person;
}

/** The people not withheld from `viewer`: for lists of people. */
export function visiblePeople<P extends object>(viewer: Viewer | null, people: P[]): P[] {
  return people.filter((person) => !withheldFrom(viewer, person));
}

/** The person, or the withheld person when withheld from `viewer`: for required references. */
export function shownPerson<P extends object>(
  viewer: Viewer | null,
  person: P | null,
): P | PersonEntity | null {
  return withheldFrom(viewer, person) ? WITHHELD_PERSON : person;
}
