import { TopicsUpsertDocument } from '../generated/documents';
import type { TransferFormat } from './format';
import { recordKeyOf, textOf } from './row';

export const topics: TransferFormat = {
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
  bulk: { document: TopicsUpsertDocument, field: 'topicsUpsert' },
};
