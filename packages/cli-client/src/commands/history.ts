import type { Command } from 'commander';
import {
  RecordAuditLogDocument,
  type AuditLogPageFragment,
  type Language,
  type RecordAuditLogQuery,
} from '@samverkan/schema';
import { CliError, type ClientOptions } from '../client';
import { addListCommand } from '../list';
import { lookUpOne, type Named } from '../lookup';
import { langOption } from '../options';
import type { Column } from '../output';

type Entry = AuditLogPageFragment['nodes'][number];

const NAMED: Named[] = ['Actor', 'Forum', 'Strategy', 'Person', 'Topic', 'Area'];

/** The columns of changes wherever they are listed (`history`, `changes`). */
export const CHANGE_COLUMNS: Column<Entry>[] = [
  ['WHEN', (entry) => entry.occurredAt],
  ['OPERATION', (entry) => entry.operation],
  ['BY', (entry) => entry.actorName ?? ''],
  ['WHAT', (entry) => entry.summary + (entry.reason ? ` (${entry.reason})` : '')],
];

/** Adds `samverkan history <slug-or-id>`: the audit log of one record, newest first. */
export function addHistoryCommand(program: Command, client: () => ClientOptions): void {
  addListCommand(program, 'history', client, {
    noun: { one: 'change', many: 'changes' },
    summary: 'The changes to one record, newest first.',
    description:
      'The changes to one record, newest first: who made each, when, and what it did. Names an ' +
      'actor, forum, strategy, person or topic by slug, an area by code, any record by ID.',
    examples: [
      'samverkan history lanspartnerskapet',
      'samverkan history 23 --lang SV',
      'samverkan history UmVzcG9uc2liaWxpdHk6… --all --json',
    ],
    configure: (command) =>
      command
        .argument('<slug-or-id>', "the record's slug, an area's code, or any record's ID")
        .addOption(langOption()),
    document: RecordAuditLogDocument,
    variables: async (used: ClientOptions, options: { lang: Language }, [text]: string[]) => {
      const record = await lookUpOne(used, text, NAMED, true);
      return { id: record.id, lang: options.lang };
    },
    connection: ({ node }: RecordAuditLogQuery): AuditLogPageFragment => {
      if (!node || !('history' in node)) throw new CliError('this record keeps no history.');
      return node.history;
    },
    columns: CHANGE_COLUMNS,
  });
}
