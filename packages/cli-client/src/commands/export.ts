import { Row } from '@samverkan/schema';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { CliError, EXIT, type ClientOptions } from '../client';
import { csvHeader, formatRows } from '../transfer/files';
import { popoloExport } from '../transfer/popolo';
import { FORMATS, formatOf } from '../transfer';

interface ExportOptions {
  type?: string;
  format: 'csv' | 'jsonl' | 'popolo';
  asOf?: string;
  output?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The columns by which a record refers to another of its own type, by slug. */
const SAME_TYPE_REFERENCES = ['parent', 'implements'];

/**
 * Rows ordered so that a record a row refers to (its parent, the strategy it implements) comes
 * before it: importing them in this order finds every reference.
 */
function referencedFirst(rows: Row[]): Row[] {
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const ordered: Row[] = [];
  const placed = new Set<Row>();
  const place = (row: Row, path: Set<Row>) => {
    if (placed.has(row) || path.has(row)) return;
    path.add(row);
    for (const column of SAME_TYPE_REFERENCES) {
      const referenced = bySlug.get(row[column] as string);
      if (referenced) place(referenced, path);
    }
    placed.add(row);
    ordered.push(row);
  };
  for (const row of rows) place(row, new Set());
  return ordered;
}

/** Where the export goes: the file, or standard output. */
function destination(file: string | undefined): NodeJS.WritableStream {
  return file ? createWriteStream(file, 'utf8') : process.stdout;
}

async function finish(out: NodeJS.WritableStream) {
  if (out === process.stdout) return;
  out.end();
  await once(out, 'finish');
}

/** Adds `samverkan export --type … --format csv|jsonl|popolo`. */
export function addExportCommand(program: Command, client: () => ClientOptions): void {
  const types = FORMATS.map((format) => format.type);
  program
    .command('export')
    .description(
      'Write the register out: one record type as CSV or JSON Lines, or all as Popolo JSON.',
    )
    .addOption(new Option('--type <type>', 'what to export (not with popolo)').choices(types))
    .addOption(
      new Option('--format <format>', 'csv, jsonl, or popolo (everything, one JSON document)')
        .choices(['csv', 'jsonl', 'popolo'])
        .default('csv'),
    )
    .option('--as-of <day>', 'relations valid on this day, YYYY-MM-DD (default: today)')
    .option('--output <file>', 'write there instead of standard output')
    .addHelpText(
      'after',
      `
What export writes, import reads back unchanged (the same columns; see samverkan import --help).

Examples:
  samverkan export --type actors > actors.csv
  samverkan export --type memberships --format jsonl --as-of 2025-01-01
  samverkan export --format popolo --output region.popolo.json`,
    )
    .action(async (options: ExportOptions) => {
      if (options.asOf && !DAY.test(options.asOf)) {
        throw new CliError(
          `--as-of must be a day, YYYY-MM-DD (not "${options.asOf}").`,
          EXIT.usage,
        );
      }
      if (options.format === 'popolo') {
        if (options.type)
          throw new CliError('--format popolo exports everything: leave out --type.', EXIT.usage);
        const out = destination(options.output);
        out.write(`${JSON.stringify(await popoloExport(client(), options.asOf), null, 2)}\n`);
        return finish(out);
      }
      if (!options.type) throw new CliError(`give --type: one of ${types.join(', ')}.`, EXIT.usage);
      const format = formatOf(options.type)!;
      const columns = format.columns.map((column) => column.name).filter((name) => name !== 'id');
      const rows: Row[] = [];
      for await (const page of format.rows(client(), options.asOf)) rows.push(...page);
      const out = destination(options.output);
      if (options.format === 'csv') out.write(csvHeader(columns));
      out.write(formatRows(referencedFirst(rows), columns, options.format));
      await finish(out);
    });
}
