import {
  BulkUpsertResultFragment,
  RecordVersionDocument,
  CellError,
  fromCsv,
  type Row,
} from '@samverkan/schema';
import { InvalidArgumentError, type Command } from 'commander';
import { CliError, EXIT, request, type ClientOptions } from '../client';
import { lookUpOne, type Named } from '../lookup';
import { examples, jsonOption } from '../options';
import { json, write } from '../output';
import { refused } from '../refusals';
import { FORMATS, formatOf, type RecordFormat } from '../transfer';

/** `--set column=value`, collected. */
function setting(value: string, previous: [string, string][] = []): [string, string][] {
  const at = value.indexOf('=');
  if (at < 1) throw new InvalidArgumentError('It must be column=value, e.g. --set name="Almi".');
  return [...previous, [value.slice(0, at).trim(), value.slice(at + 1)]];
}

/** The row the settings make, read as an import file's cells are. */
function rowOf(format: RecordFormat, settings: [string, string][], row: Row = {}): Row {
  for (const [name, text] of settings) {
    const column = format.columns.find((candidate) => candidate.name === name);
    if (!column) {
      const names = format.columns.map((candidate) => candidate.name).join(', ');
      throw new CliError(
        `${format.type} have no column "${name}". They have: ${names}.`,
        EXIT.usage,
      );
    }
    try {
      row[name] = fromCsv(column, text);
    } catch (error) {
      if (error instanceof CellError) throw new CliError(error.message, EXIT.usage);
      throw error;
    }
  }
  return row;
}

/** The record types found by slug, by their `--type`. */
const SLUGGED: Record<string, Named> = {
  actors: 'Actor',
  people: 'Person',
  forums: 'Forum',
  strategies: 'Strategy',
  topics: 'Topic',
};

/**
 * The row that names an existing record by what was typed: an identifier (scheme:value), a slug
 * or an ID. A slug or ID that names none is the user's error before anything is sent.
 */
async function existingRow(api: ClientOptions, format: RecordFormat, key: string): Promise<Row> {
  if (/^[a-z0-9][a-z0-9-]*:.+$/.test(key) && SLUGGED[format.type]) return { identifiers: [key] };
  const kind = SLUGGED[format.type];
  if (kind) return { slug: (await lookUpOne(api, key, [kind])).key ?? key };
  const { node } = await request(api, RecordVersionDocument, { id: key });
  if (!node) throw new CliError(`none of the ${format.type} has the ID "${key}".`);
  return { id: key };
}

/**
 * Sends one row: first as a dry run, which must find the record `expected` (CREATED for create,
 * UPDATED or UNCHANGED for update), then for real.
 */
async function sendOne(
  api: ClientOptions,
  format: RecordFormat,
  row: Row,
  expected: readonly string[],
  notAsExpected: string,
): Promise<BulkUpsertResultFragment['items'][number]> {
  let item: object;
  try {
    item = format.item(row);
  } catch (error) {
    if (error instanceof CellError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  const settings = { mode: 'ALL_OR_NOTHING' as const, dryRun: true };
  const checked = await format.upsert(api, [item], settings);
  const [result] = checked.items;
  if (checked.userErrors.length > 0) throw refused(checked.userErrors);
  if (!expected.includes(result.status)) throw new CliError(notAsExpected);
  const done = await format.upsert(api, [item], { ...settings, dryRun: false });
  if (done.userErrors.length > 0) throw refused(done.userErrors);
  return done.items[0];
}

function report(
  verb: string,
  type: string,
  result: BulkUpsertResultFragment['items'][number],
  asJson: boolean,
) {
  if (asJson) return write(json(result));
  const changed = result.changes.map((change) => change.field).join(', ');
  const what =
    result.status === 'UNCHANGED' ? 'unchanged' : `${verb}${changed ? `: ${changed}` : ''}`;
  write(`${type} ${result.record?.id ?? ''} ${what}\n`);
}

/** Adds `samverkan create <type> --set …` and `samverkan update <type> <key> --set …`. */
export function addEditCommands(program: Command, client: () => ClientOptions): void {
  const types = FORMATS.map((format) => format.type).join(', ');
  const create = program
    .command('create')
    .description(`Record a new one: ${types}; columns as import has them.`)
    .argument('<type>', 'the record type')
    .option('--set <column=value>', 'a column and its value (repeatable)', setting);
  jsonOption(create, 'the result');
  examples(
    create,
    'samverkan create actors --set name="Frösö Fjällbyrå" --set sector=BUSINESS --set level=LOCAL --set type=COMPANY --set areas=2380',
    'samverkan create memberships --set forum=lanspartnerskapet --set member_actor=almi --set valid_from=2025-01-01',
  );
  create.action(async (type: string, options: { set?: [string, string][]; json?: boolean }) => {
    const format = formatType(type);
    const row = rowOf(format, options.set ?? []);
    const notNew = `this one of the ${type} is recorded already: change it with samverkan update.`;
    report(
      'created',
      type,
      await sendOne(client(), format, row, ['CREATED'], notNew),
      !!options.json,
    );
  });

  const update = program
    .command('update')
    .description('Change a record: only the columns given (an empty value clears one).')
    .argument('<type>', 'the record type')
    .argument('<key>', 'the record: slug, scheme:value, or ID')
    .option('--set <column=value>', 'a column and its new value (repeatable)', setting);
  jsonOption(update, 'the result');
  examples(
    update,
    'samverkan update actors almi --set website=https://www.almi.se',
    'samverkan update actors se-orgnr:556012-5790 --set short_name=',
  );
  update.action(
    async (type: string, key: string, options: { set?: [string, string][]; json?: boolean }) => {
      const format = formatType(type);
      const api = client();
      const row = rowOf(format, options.set ?? [], await existingRow(api, format, key));
      const missing = `none of the ${type} is "${key}": record it with samverkan create.`;
      const expected = ['UPDATED', 'UNCHANGED'];
      report(
        'updated',
        type,
        await sendOne(client(), format, row, expected, missing),
        !!options.json,
      );
    },
  );
}

function formatType(type: string): RecordFormat {
  const format = formatOf(type);
  if (!format) {
    const types = FORMATS.map((candidate) => candidate.type).join(', ');
    throw new CliError(`"${type}" is no record type: give one of ${types}.`, EXIT.usage);
  }
  return format;
}
