import {
  ExportPeopleDocument,
  PeopleUpsertDocument,
  PositionsUpsertDocument,
} from '@samverkan/schema';
import type { ClientOptions } from '../client';
import { request } from '../client';
import { bulkUpsert, PAGE_SIZE, pagesOf, type RecordFormat } from './format';
import {
  identifierCell,
  identifiersOf,
  recordKeyOf,
  referenceOf,
  textOf,
  type Column,
  type Row,
} from './row';

type Person = Awaited<ReturnType<typeof peoplePage>>['nodes'][number];

async function peoplePage(client: ClientOptions, after: string | null, asOf: string | undefined) {
  return (await request(client, ExportPeopleDocument, { first: PAGE_SIZE, after, asOf })).people;
}

/** The register's people, each as the rows `rowsOf` makes of them. */
const exported =
  (rowsOf: (person: Person) => Row[]) => (client: ClientOptions, asOf: string | undefined) =>
    pagesOf((after) => peoplePage(client, after, asOf), rowsOf);

/** The id column: a record's global ID, to find it by (left out of exports). */
const ID_COLUMN: Column = {
  name: 'id',
  kind: 'text',
  description: 'its global ID, to find it by (otherwise found as the same relation)',
};

export const people: RecordFormat = {
  type: 'people',
  description: 'people in public roles',
  columns: [
    { name: 'slug', kind: 'text', description: 'their slug; finds the person' },
    { name: 'name', kind: 'text', description: 'the name (required)' },
    { name: 'work_contact', kind: 'text', description: 'a public work contact, where published' },
    {
      name: 'objects_to_publication',
      kind: 'bool',
      description: 'true: they object to publication (hidden from the public)',
    },
    { name: 'identifiers', kind: 'list', description: 'wikidata:Q…' },
  ],
  item: (row) => ({
    key: recordKeyOf(row),
    name: textOf(row.name),
    workContact: textOf(row.work_contact),
    objectsToPublication: row.objects_to_publication ?? undefined,
    identifiers: identifiersOf(row.identifiers),
  }),
  upsert: bulkUpsert(PeopleUpsertDocument, 'peopleUpsert'),
  rows: exported((person) => [
    {
      slug: person.slug,
      name: person.name,
      work_contact: person.workContact,
      objects_to_publication: person.objectsToPublication,
      identifiers: person.identifiers.map(identifierCell),
    },
  ]),
};

export const positions: RecordFormat = {
  type: 'positions',
  description: "people's titles at actors",
  columns: [
    ID_COLUMN,
    { name: 'person', kind: 'text', description: 'the person: slug or scheme:value (required)' },
    { name: 'actor', kind: 'text', description: 'the actor: slug or scheme:value (required)' },
    { name: 'title', kind: 'text', description: 'the title, as the sources write it' },
    { name: 'valid_from', kind: 'text', description: 'the first day it holds, YYYY-MM-DD' },
    { name: 'valid_to', kind: 'text', description: 'the first day it no longer holds' },
  ],
  item: (row) => ({
    key: row.id ? { id: textOf(row.id) } : undefined,
    person: referenceOf(row.person),
    actor: referenceOf(row.actor),
    title: textOf(row.title),
    validFrom: textOf(row.valid_from),
    validTo: textOf(row.valid_to),
  }),
  upsert: bulkUpsert(PositionsUpsertDocument, 'positionsUpsert'),
  rows: exported((person) =>
    person.positions.map((position) => ({
      person: person.slug,
      actor: position.actor.slug,
      title: position.title,
      valid_from: position.validFrom,
      valid_to: position.validTo,
    })),
  ),
};

export { ID_COLUMN };
