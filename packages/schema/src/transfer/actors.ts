import { ActorsUpsertDocument } from '../generated/documents';
import { ACTOR_KINDS, LEVELS, SECTORS } from './enums';
import type { TransferFormat } from './format';
import { areaOf, identifiersOf, recordKeyOf, referenceOf, textOf, type Column } from './row';

const COLUMNS: Column[] = [
  { name: 'slug', kind: 'text', description: 'its slug; finds the actor (made when none has it)' },
  { name: 'name', kind: 'text', description: 'the full name (required)' },
  { name: 'short_name', kind: 'text', description: 'a short name or acronym' },
  { name: 'sector', kind: 'text', description: 'the quadruple-helix sector', choices: SECTORS },
  { name: 'level', kind: 'text', description: 'the level it works at', choices: LEVELS },
  { name: 'type', kind: 'text', description: 'the kind of organisation', choices: ACTOR_KINDS },
  { name: 'areas', kind: 'list', description: 'the codes of the areas it works in, e.g. 2380;23' },
  {
    name: 'parent',
    kind: 'text',
    description: 'the organisation it is part of: slug or scheme:value',
  },
  { name: 'website', kind: 'text', description: 'its web site, https://…' },
  { name: 'description', kind: 'text', description: 'what it does' },
  {
    name: 'identifiers',
    kind: 'list',
    description:
      'scheme:value;… e.g. se-orgnr:232100-0214 (the first finds it when there is no slug)',
  },
];

export const actors: TransferFormat = {
  type: 'actors',
  description: 'organisations',
  columns: COLUMNS,
  item: (row) => ({
    key: recordKeyOf(row),
    name: textOf(row.name),
    shortName: textOf(row.short_name),
    sector: textOf(row.sector),
    level: textOf(row.level),
    type: textOf(row.type),
    areas: Array.isArray(row.areas) ? row.areas.map(areaOf) : undefined,
    parent: referenceOf(row.parent),
    website: textOf(row.website),
    description: textOf(row.description),
    identifiers: identifiersOf(row.identifiers),
  }),
  bulk: { document: ActorsUpsertDocument, field: 'actorsUpsert' },
};
