import { Option, type Command } from 'commander';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request, type ClientOptions } from './client';
import { examples, jsonOption, wholeNumber } from './options';
import { formatList, json, write, type Column, type Noun } from './output';

/** The API returns at most 100 items a page. */
const PAGE_SIZE = 100;
/** How many items a list shows unless told (`--first`, `--all`). */
const DEFAULT_FIRST = 50;

/** A page of a Relay connection, as the list documents select it. */
export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** Asks the API for a page: `first` items after the cursor `after` (null: from the start). */
type PageFetcher<T> = (first: number, after: string | null) => Promise<Page<T>>;

/** Pages through a connection until `limit` items (Infinity: all of them) or its end. */
async function collect<T>(
  fetchPage: PageFetcher<T>,
  limit: number,
): Promise<{ nodes: T[]; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage(Math.min(PAGE_SIZE, limit - nodes.length), after);
    nodes.push(...page.nodes);
    after = page.pageInfo.endCursor;
    if (nodes.length >= limit || !page.pageInfo.hasNextPage || !after) {
      return { nodes, totalCount: page.totalCount };
    }
  }
}

interface PagingOptions {
  first?: number;
  /** The older name of --first, still taken. */
  limit?: number;
  all?: boolean;
  json?: boolean;
}

/** The paging variables every list document has. */
interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export interface ListSpec<TOptions, TResult, TVariables extends PageVariables, T> {
  noun: Noun;
  /** What the command does, in the list of commands of its parent (default: `description`). */
  summary?: string;
  description: string;
  examples: string[];
  /** Adds the command's arguments and filter options. */
  configure?: (command: Command) => void;
  /** The table's columns (typed from `connection`). */
  columns: Column<NoInfer<T>>[];
  /** The query: a connection, with `$first` and `$after`. */
  document: TypedDocumentNode<TResult, TVariables>;
  /**
   * Its other variables, from the arguments and options (e.g. an area's code resolved to its ID;
   * a CliError when there is none).
   */
  variables: (
    client: ClientOptions,
    options: TOptions,
    args: string[],
  ) => Promise<Omit<TVariables, keyof PageVariables>>;
  /** The connection in the query's answer. */
  connection: (data: TResult) => Page<T>;
}

/**
 * Adds a command that lists a connection of the API: its filters, `--first <n>` (default 50) or
 * `--all` paging through the API, and a table with the total, or with `--json` the items as a
 * JSON array.
 */
export function addListCommand<TOptions, TResult, TVariables extends PageVariables, T>(
  parent: Command,
  name: string,
  client: () => ClientOptions,
  spec: ListSpec<TOptions, TResult, TVariables, T>,
): Command {
  const command = parent
    .command(name)
    .summary(spec.summary ?? spec.description)
    .description(spec.description);
  spec.configure?.(command);
  command
    .option(
      '--first <n>',
      `show the first n ${spec.noun.many} (default: ${DEFAULT_FIRST})`,
      wholeNumber(),
    )
    .addOption(new Option('--limit <n>').argParser(wholeNumber()).hideHelp().conflicts('first'))
    .addOption(
      new Option('--all', `show every one, paging through the API`).conflicts(['first', 'limit']),
    );
  jsonOption(command, `the ${spec.noun.many} (a JSON array)`);
  examples(command, ...spec.examples);
  command.action(async () => {
    const options = command.opts<TOptions & PagingOptions>();
    const used = client();
    const variables = await spec.variables(used, options, command.processedArgs as string[]);
    const limit = options.all ? Infinity : (options.first ?? options.limit ?? DEFAULT_FIRST);
    const { nodes, totalCount } = await collect(
      async (first, after) =>
        spec.connection(
          await request(used, spec.document, { ...variables, first, after } as TVariables),
        ),
      limit,
    );
    write(options.json ? json(nodes) : formatList(nodes, spec.columns, spec.noun, totalCount));
  });
  return command;
}
