import { PeopleUpsertDocument, PositionsUpsertDocument } from '../generated/documents';
import type { TransferFormat } from './format';
import { identifiersOf, recordKeyOf, referenceOf, textOf, type Column } from './row';

export /** The id column: a record's global ID, to find it by (left out of exports). */
const ID_COLUMN: Column = {
  name: 'id',
  kind: 'text',
  description: 'its global ID, to find it by (otherwise found as the same relation)',
};

export const people: TransferFormat = {
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
  bulk: { document: PeopleUpsertDocument, field: 'peopleUpsert' },
};

export const positions: TransferFormat = {
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
  bulk: { document: PositionsUpsertDocument, field: 'positionsUpsert' },
};
