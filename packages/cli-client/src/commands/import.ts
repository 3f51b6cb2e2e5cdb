import { Row } from '@samverkan/schema';
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CliError, EXIT, type ClientOptions } from '../client';
import { progress } from '../progress';
import {
  csvHeader,
  fileFormatOf,
  formatRows,
  readRows,
  REJECTS_COLUMN,
  type FileFormat,
} from '../transfer/files';
import { importRows, type Failure, type ImportReport } from '../transfer/importer';
import { FORMATS, formatOf } from '../transfer';

/** How many refused rows the report lists (the rejects file has them all). */
const LISTED = 20;

interface ImportOptions {
  type: string;
  format?: FileFormat;
  dryRun?: boolean;
  perItem?: boolean;
  idempotencyKey?: string;
  batchSize: number;
  rejects?: string;
  json?: boolean;
  quiet?: boolean;
}

function batchSize(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1 || number > 1000) {
    throw new InvalidArgumentError('It must be a whole number from 1 to 1000.');
  }
  return number;
}

/** The refused rows as their file had them, with why in an `errors` column. */
async function writeRejects(file: string, failures: Failure[], format: FileFormat) {
  const why = (failure: Failure) => ({ [REJECTS_COLUMN]: failure.errors.join(' | ') });
  if (format === 'jsonl') {
    const lines = failures.map((failure) => JSON.stringify({ ...failure.given, ...why(failure) }));
    return writeFile(file, lines.map((line) => `${line}\n`).join(''), 'utf8');
  }
  // A CSV file's cells are text as they were read.
  const given = failures.flatMap((failure) => Object.keys(failure.given));
  const columns = [...new Set(given)].filter((column) => column !== REJECTS_COLUMN);
  const rows = failures.map((failure) => ({ ...(failure.given as Row), ...why(failure) }));
  const all = [...columns, REJECTS_COLUMN];
  await writeFile(file, csvHeader(all) + formatRows(rows, all, 'csv'), 'utf8');
}

function describe(report: ImportReport, type: string, rejects: string | undefined): string {
  const lines = [
    `${report.dryRun ? 'checked' : 'imported'} ${report.rows} rows of ${type}` +
      (report.dryRun ? ' (a dry run: nothing written)' : ''),
    `  ${report.dryRun || !report.written ? 'would be ' : ''}created ${report.created} · updated ${report.updated} · unchanged ${report.unchanged} · failed ${report.failed}`,
  ];
  if (report.replayedBatches > 0) {
    lines.push(
      `  ${report.replayedBatches} batch(es) were written by an earlier run with this key`,
    );
  }
  if (report.failures.length > 0) {
    lines.push('refused:');
    for (const failure of report.failures.slice(0, LISTED)) {
      lines.push(`  row ${failure.number} (line ${failure.line}): ${failure.errors.join('; ')}`);
    }
    if (report.failures.length > LISTED) {
      lines.push(
        `  … and ${report.failures.length - LISTED} more${rejects ? '' : ' (--rejects <file> lists them all)'}`,
      );
    }
    if (rejects)
      lines.push(`the refused rows are in ${rejects}: fix them there and import that file.`);
    if (!report.dryRun && !report.written) {
      lines.push(
        'nothing was written: fix the refused rows (or pass --per-item to write the valid ones), then run again.',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Adds `samverkan import <file> --type …`. */
export function addImportCommand(program: Command, client: () => ClientOptions): void {
  const types = FORMATS.map((format) => format.type);
  program
    .command('import')
    .description('Create or update records from a CSV or JSON Lines file, in batches.')
    .argument('<file>', 'a .csv or .jsonl file, or - for standard input (CSV unless --format)')
    .addOption(
      new Option('--type <type>', 'what the rows are').choices(types).makeOptionMandatory(),
    )
    .addOption(
      new Option('--format <format>', 'the file format (default: by its name)').choices([
        'csv',
        'jsonl',
      ]),
    )
    .option('--dry-run', 'check every row and report what would change; write nothing')
    .option(
      '--per-item',
      'write the valid rows even when some are refused (default: all or nothing)',
    )
    .option(
      '--idempotency-key <key>',
      'makes running the same import again safe: batches written before are not written again',
    )
    .option('--batch-size <n>', 'rows a request (1–1000)', batchSize, 500)
    .option('--rejects <file>', 'write the refused rows there, with why, to fix and import again')
    .option('--json', 'print the report as JSON')
    .option('--quiet', 'no progress on standard error')
    .addHelpText(
      'after',
      `
The columns of each type (the README says what each holds):
${FORMATS.map((format) => `  ${format.type}: ${format.columns.map((column) => column.name).join(', ')}`).join('\n')}

An empty cell clears its field; a column left out leaves it as it is. Lists take ; between values.

Examples:
  samverkan import actors.csv --type actors --dry-run
  samverkan import members.csv --type memberships --per-item --rejects rejected.csv
  cat people.jsonl | samverkan import - --type people --format jsonl --idempotency-key people-2026-12`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const format = formatOf(options.type)!;
      const fileFormat = fileFormatOf(file, options.format);
      const rows = await readRows(file, fileFormat, format.columns);
      if (rows.length === 0) throw new CliError(`${file} has no rows to import.`, EXIT.userError);
      const report = await importRows(
        client(),
        format,
        rows,
        {
          mode: options.perItem ? 'PER_ITEM' : 'ALL_OR_NOTHING',
          dryRun: options.dryRun ?? false,
          idempotencyKey: options.idempotencyKey,
          batchSize: options.batchSize,
        },
        (label, total) => progress(label, total, options.quiet || options.json),
      );
      if (options.rejects && report.failures.length > 0) {
        await writeRejects(options.rejects, report.failures, fileFormat);
      }
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : describe(report, format.type, options.rejects),
      );
      if (report.failures.length > 0) process.exitCode = EXIT.userError;
    });
}
