import type { Command } from 'commander';
import { ChangesDocument, type Language, type RecordType } from '@samverkan/schema';
import { type ClientOptions } from '../client';
import { RECORD_TYPES } from '../enums';
import { addListCommand } from '../list';
import { idOf } from '../lookup';
import { choiceOption, instant, langOption } from '../options';
import { CHANGE_COLUMNS } from './history';

interface ChangesOptions {
  since: string;
  area?: string;
  type?: RecordType[];
  lang: Language;
}

/** Adds `samverkan changes --since <moment>`: the feed of changes, oldest first. */
export function addChangesCommand(program: Command, client: () => ClientOptions): void {
  addListCommand(program, 'changes', client, {
    noun: { one: 'change', many: 'changes' },
    summary: 'What changed in the register since a moment, oldest first.',
    description:
      'What changed in the register since a moment, oldest first: to keep a copy in step ' +
      '(overlap is safe: run it again from the last change you saw).',
    examples: [
      'samverkan changes --since 2025-01-31',
      'samverkan changes --since 2025-01-31T08:00:00Z --area 23 --type ACTOR --type FORUM',
      'samverkan changes --since 2025-01-01 --all --json > changes.json',
    ],
    configure: (command) =>
      command
        .requiredOption(
          '--since <moment>',
          'changes made at or after this moment, e.g. 2025-01-31 or 2025-01-31T08:00:00Z',
          instant,
        )
        .option('--area <code>', 'only records whose area is this one or within it, e.g. 23')
        .addOption(
          choiceOption(
            '--type <type>',
            'only records of this type (repeatable)',
            RECORD_TYPES,
            true,
          ),
        )
        .addOption(langOption()),
    document: ChangesDocument,
    variables: async (used, options: ChangesOptions) => ({
      since: options.since,
      area: await idOf(used, options.area, 'Area'),
      types: options.type,
      lang: options.lang,
    }),
    connection: (data) => data.changes,
    columns: [
      ...CHANGE_COLUMNS.slice(0, 2),
      ['TYPE', (change) => change.recordType],
      ...CHANGE_COLUMNS.slice(2),
      ['ID', (change) => change.record?.id ?? ''],
    ],
  });
}
