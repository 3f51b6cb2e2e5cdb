import { ExportTopicsDocument, TopicsUpsertDocument } from '@samverkan/schema';
import { request } from '../client';
import { bulkUpsert, PAGE_SIZE, pagesOf, type RecordFormat } from './format';
import { recordKeyOf, textOf } from './row';

export const topics: RecordFormat = {
  type: 'topics',
  description: 'themes actors work on (admins only)',
  columns: [
    {
      name: 'slug',
      kind: 'text',
      description: 'its slug; finds the topic (made when none has it)',
    },
    { name: 'name', kind: 'text', description: 'the name (required)' },
    { name: 'description', kind: 'text', description: 'what it covers' },
  ],
  item: (row) => ({
    key: recordKeyOf(row),
    name: textOf(row.name),
    description: textOf(row.description),
  }),
  upsert: bulkUpsert(TopicsUpsertDocument, 'topicsUpsert'),
  rows: (client) =>
    pagesOf(
      async (after) =>
        (await request(client, ExportTopicsDocument, { first: PAGE_SIZE, after })).topics,
      (topic) => [{ slug: topic.slug, name: topic.name, description: topic.description }],
    ),
};
