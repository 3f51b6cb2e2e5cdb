import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  BackupError,
  END_OF_TABLE,
  MAGIC_LINE,
  parseManifest,
  qualified,
  quoteIdentifier,
  type BackedUpTable,
  type BackupManifest,
} from './manifest';
import type { RowProgress } from './progress';

/** Characters of rows sent to the server in one write. */
const BATCH_CHARACTERS = 1 << 16;

/** A backup file being read: its manifest first, then each table's rows in turn. */
export interface BackupReader {
  manifest: BackupManifest;
  /** Loads the next table's rows (it must be `table`) on `client` with `COPY … FROM STDIN`. */
  copyInto(client: ClientBase, table: BackedUpTable, progress: RowProgress): Promise<void>;
}

/** Opens a backup made by `writeBackup`; a `BackupError` when it is not one or is damaged. */
export async function openBackup(input: Readable): Promise<BackupReader> {
  const gunzip = createGunzip();
  input.once('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const next = async (): Promise<string | null> => {
    try {
      const { value, done } = await lines.next();
      return done ? null : value;
    } catch (error) {
      throw new BackupError(`The backup cannot be read: ${(error as Error).message}.`);
    }
  };
  if ((await next()) !== MAGIC_LINE) {
    throw new BackupError('This is not a Samverkan backup (made by `pnpm backup`).');
  }
  const manifest = parseManifest((await next()) ?? '');
  return {
    manifest,
    async copyInto(client, table, progress) {
      const name = `${table.schema}.${table.name}`;
      const columns = table.columns.map(quoteIdentifier).join(', ');
      const copy = client.query(copyFrom(`COPY ${qualified(table)} (${columns}) FROM STDIN`));
      const done = finished(copy);
      done.catch(() => undefined); // awaited below; a failure meanwhile also ends `send`
      const send = async (text: string) => {
        if (!copy.write(text)) await Promise.race([once(copy, 'drain'), done]);
      };
      let rows = 0;
      let batch: string[] = [];
      let characters = 0;
      for (let line = await next(); line !== END_OF_TABLE; line = await next()) {
        if (line === null) {
          copy.destroy();
          throw new BackupError(`The backup ends inside the table ${name}: it is incomplete.`);
        }
        batch.push(line);
        characters += line.length + 1;
        rows += 1;
        if (characters >= BATCH_CHARACTERS) {
          await send(`${batch.join('\n')}\n`);
          progress.advance(name, batch.length);
          batch = [];
          characters = 0;
        }
      }
      if (batch.length > 0) await send(`${batch.join('\n')}\n`);
      progress.advance(name, batch.length);
      copy.end();
      await done;
      if (rows !== table.rows) {
        throw new BackupError(
          `The backup is damaged: the table ${name} has ${rows} rows, its manifest says ${table.rows}.`,
        );
      }
      progress.tableDone(name, rows);
    },
  };
}
