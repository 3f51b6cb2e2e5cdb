import {
  batchesOf,
  CellError,
  describeError,
  type BulkMode,
  type BulkUpsertResultFragment,
} from '@samverkan/schema';
import { CliError, EXIT, type ClientOptions } from '../client';
import type { Progress } from '../progress';
import type { RecordFormat } from './format';
import type { ReadRow } from './files';

/** How to import. */
export interface ImportSettings {
  mode: BulkMode;
  dryRun: boolean;
  /** Makes a re-run safe: batch n is sent with `<key>#<n>`. */
  idempotencyKey?: string;
  /** Items a call (at most the API's 1,000). */
  batchSize: number;
}

/** A row that was (or would be) refused, and why. */
export interface Failure {
  number: number;
  line: number;
  given: Record<string, unknown>;
  errors: string[];
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Whether anything was written (false for a dry run and an all-or-nothing import refused). */
  written: boolean;
  dryRun: boolean;
  /** Batches an idempotency key answered with their first result (written by an earlier run). */
  replayedBatches: number;
  failures: Failure[];
}

type Counts = Pick<ImportReport, 'created' | 'updated' | 'unchanged' | 'failed'>;

/** A row made into its item, or refused (cells the format cannot read). */
function itemOf(format: RecordFormat, read: ReadRow): { item: object } | { refused: string } {
  if (!read.row) return { refused: read.refused ?? 'cannot be read' };
  try {
    return { item: format.item(read.row) };
  } catch (error) {
    if (error instanceof CellError) return { refused: error.message };
    throw error;
  }
}

/** A refusal of a whole call (a key used with other input, one in progress) ends the import. */
function checkCall(result: BulkUpsertResultFragment): void {
  const whole = result.userErrors.filter((error) => error.field[1] !== 'items');
  if (whole.length > 0) {
    throw new CliError(whole.map((error) => error.message).join('\n'), EXIT.userError);
  }
}

/**
 * Imports rows through their type's bulk upsert, `batchSize` a call. PER_ITEM writes each batch's
 * valid rows. ALL_OR_NOTHING first checks every batch (a dry run) and writes only when no row is
 * refused; each batch is one transaction, so an import stopped half-way leaves whole batches, and
 * running it again completes it (what was written is unchanged). A dry run only checks.
 */
export async function importRows(
  client: ClientOptions,
  format: RecordFormat,
  rows: ReadRow[],
  settings: ImportSettings,
  progress: (label: string, total: number) => Progress,
): Promise<ImportReport> {
  const failures: Failure[] = [];
  const sendable: { read: ReadRow; item: object }[] = [];
  for (const read of rows) {
    const made = itemOf(format, read);
    if ('refused' in made) failures.push({ ...read, errors: [made.refused] });
    else sendable.push({ read, item: made.item });
  }
  const batches = batchesOf(sendable, settings.batchSize);
  const report: ImportReport = {
    rows: rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    written: false,
    dryRun: settings.dryRun,
    replayedBatches: 0,
    failures,
  };

  /** Sends every batch as `mode`, adding up what the API says; stops at a refused batch if told. */
  async function send(label: string, mode: BulkMode, dryRun: boolean, stopAtRefusal: boolean) {
    const counts: Counts & { written: boolean } = {
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: failures.length,
      written: false,
    };
    const bar = progress(label, sendable.length);
    let done = 0;
    try {
      for (const [index, batch] of batches.entries()) {
        const idempotencyKey =
          settings.idempotencyKey && !dryRun
            ? `${settings.idempotencyKey}#${index + 1}`
            : undefined;
        const items = batch.map((entry) => entry.item);
        const result = await format.upsert(client, items, { mode, dryRun, idempotencyKey });
        checkCall(result);
        if (result.replayed) report.replayedBatches += 1;
        counts.written ||= result.written;
        for (const item of result.items) {
          if (item.status === 'FAILED') {
            const { read } = batch[item.index];
            failures.push({ ...read, errors: item.userErrors.map(describeError) });
          }
        }
        for (const key of ['created', 'updated', 'unchanged', 'failed'] as const) {
          counts[key] += result[key];
        }
        done += batch.length;
        bar.update(done, {
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
          failed: counts.failed,
        });
        // An all-or-nothing batch refused (changed since it was checked): stop, tell what stands.
        if (stopAtRefusal && result.failed > 0) break;
      }
    } finally {
      bar.stop();
    }
    return counts;
  }

  const checkFirst =
    settings.mode === 'ALL_OR_NOTHING' && (batches.length > 1 || failures.length > 0);
  if (settings.dryRun || checkFirst) {
    const { written: _none, ...checked } = await send('checking', settings.mode, true, false);
    Object.assign(report, checked);
    if (settings.dryRun || failures.length > 0) {
      failures.sort((a, b) => a.number - b.number);
      return report;
    }
  }
  const allOrNothing = settings.mode === 'ALL_OR_NOTHING';
  Object.assign(report, await send('writing', settings.mode, false, allOrNothing));
  failures.sort((a, b) => a.number - b.number);
  return report;
}
