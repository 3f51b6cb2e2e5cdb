import type { Command } from 'commander';
import { SearchDocument, type SearchHitFieldsFragment, type SearchKind } from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { SEARCH_KINDS } from '../enums';
import { choiceOption, examples, jsonOption, wholeNumber } from '../options';
import { formatList, json, write, type Column } from '../output';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const WIDTH = 60;

/**
 * Why a hit matched, on one line for a table: the snippet's HTML as plain text (the escapes read),
 * from a little before its first match, cut at 60 characters.
 */
function matched(html: string | null): string {
  const text = (html ?? '')
    .replace(/\s+/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
  const whole = text.replace(/<\/?mark>/g, '').trim();
  const start = whole.length > WIDTH ? Math.max(0, text.indexOf('<mark>') - 20) : 0;
  const plain =
    start > 0
      ? `…${text
          .slice(start)
          .replace(/<\/?mark>/g, '')
          .trim()}`
      : whole;
  return plain.length > WIDTH ? `${plain.slice(0, WIDTH - 1)}…` : plain;
}

/** The command that shows more of a hit's record: its page, else its history. */
function moreWith({ node }: SearchHitFieldsFragment): string {
  switch (node.__typename) {
    case 'Actor':
      return `samverkan actors show ${node.slug}`;
    case 'Forum':
      return `samverkan forums show ${node.slug}`;
    case 'Strategy':
      return `samverkan strategies show ${node.slug}`;
    case 'Person':
      return `samverkan people show ${node.slug}`;
    case 'Area':
      return `samverkan areas show ${node.code}`;
    case 'Objective':
      return `samverkan raci ${node.strategy.slug}`;
    case 'Meeting':
      return `samverkan forums show ${node.forum.slug}`;
    default:
      return `samverkan history ${node.id}`;
  }
}

const COLUMNS: Column<SearchHitFieldsFragment>[] = [
  ['KIND', (hit) => hit.kind],
  ['TITLE', (hit) => hit.title],
  ['MATCHED', (hit) => matched(hit.snippet)],
  ['MORE WITH', moreWith],
];

/** Adds `samverkan search <words…>`: the API's forgiving search across every kind of record. */
export function addSearchCommand(program: Command, client: () => ClientOptions): void {
  const command = program
    .command('search')
    .summary('Search every kind of record, best match first.')
    .description(
      'Search every kind of record, best match first: diacritics, case, Swedish endings and ' +
        'near misses forgiven.',
    )
    .argument('<words...>', 'what to look for (at least two letters)')
    .addOption(
      choiceOption('--kind <kind>', 'only this kind of record (repeatable)', SEARCH_KINDS, true),
    )
    .option('--first <n>', 'show at most n hits, up to 50 (default: 10)', wholeNumber(50));
  jsonOption(command, 'the hits (a JSON array)');
  examples(
    command,
    'samverkan search länsstyrelsen',
    'samverkan search läns part --kind FORUM',
    'samverkan search mittuniversitet --first 1 --json',
  );
  command.action(
    async (words: string[], options: { kind?: SearchKind[]; first?: number; json?: boolean }) => {
      const { search } = await request(client(), SearchDocument, {
        query: words.join(' '),
        kinds: options.kind,
        first: options.first ?? 10,
      });
      write(
        options.json ? json(search) : formatList(search, COLUMNS, { one: 'hit', many: 'hits' }),
      );
    },
  );
}
