import { TRANSFER, ExportPeopleDocument, identifierCell, type Row } from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { PAGE_SIZE, pagesOf, type RecordFormat, withRows } from './format';

type Person = Awaited<ReturnType<typeof peoplePage>>['nodes'][number];

async function peoplePage(client: ClientOptions, after: string | null, asOf: string | undefined) {
  return (await request(client, ExportPeopleDocument, { first: PAGE_SIZE, after, asOf })).people;
}

/** The register's people, each as the rows `rowsOf` makes of them. */
const exported =
  (rowsOf: (person: Person) => Row[]) => (client: ClientOptions, asOf: string | undefined) =>
    pagesOf((after) => peoplePage(client, after, asOf), rowsOf);

export const people: RecordFormat = withRows(TRANSFER.people, {
  rows: exported((person) => [
    {
      slug: person.slug,
      name: person.name,
      work_contact: person.workContact,
      objects_to_publication: person.objectsToPublication,
      identifiers: person.identifiers.map(identifierCell),
    },
  ]),
});

export const positions: RecordFormat = withRows(TRANSFER.positions, {
  rows: exported((person) =>
    person.positions.map((position) => ({
      person: person.slug,
      actor: position.actor.slug,
      title: position.title,
      valid_from: position.validFrom,
      valid_to: position.validTo,
    })),
  ),
});
