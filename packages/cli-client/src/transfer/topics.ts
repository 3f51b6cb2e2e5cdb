import { TRANSFER, ExportTopicsDocument } from '@samverkan/schema';
import { request } from '../client';
import { PAGE_SIZE, pagesOf, type RecordFormat, withRows } from './format';

export const topics: RecordFormat = withRows(TRANSFER.topics, {
  rows: (client) =>
    pagesOf(
      async (after) =>
        (await request(client, ExportTopicsDocument, { first: PAGE_SIZE, after })).topics,
      (topic) => [{ slug: topic.slug, name: topic.name, description: topic.description }],
    ),
});
