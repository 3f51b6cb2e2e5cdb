import { TRANSFER, ExportActorsDocument, identifierCell } from '@samverkan/schema';
import { request } from '../client';
import { PAGE_SIZE, pagesOf, type RecordFormat, withRows } from './format';

export const actors: RecordFormat = withRows(TRANSFER.actors, {
  rows: (client) =>
    pagesOf(
      async (after) =>
        (await request(client, ExportActorsDocument, { first: PAGE_SIZE, after })).actors,
      (actor) => [
        {
          slug: actor.slug,
          name: actor.name,
          short_name: actor.shortName,
          sector: actor.sector,
          level: actor.level,
          type: actor.type,
          areas: actor.areas.map((area) => area.code),
          parent: actor.parent?.slug ?? null,
          website: actor.website,
          description: actor.description,
          identifiers: actor.identifiers.map(identifierCell),
        },
      ],
    ),
});
