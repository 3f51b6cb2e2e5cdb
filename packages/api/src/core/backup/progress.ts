import { SingleBar } from 'cli-progress';

/** How far a backup or restore has come, in rows of all tables. */
export interface RowProgress {
  /** `rows` more of `table` were written. */
  advance(table: string, rows: number): void;
  /** `table` is done, with `rows` rows. */
  tableDone(table: string, rows: number): void;
  stop(): void;
}

export const NO_PROGRESS: RowProgress = {
  advance: () => {},
  tableDone: () => {},
  stop: () => {},
};

/**
 * Progress of `totalRows` on `stream`: a bar when it is a terminal (cli-progress, as the CLI's),
 * else a line per table, so that logs of cron jobs show it too.
 */
export function rowProgress(
  label: string,
  totalRows: number,
  stream: NodeJS.WriteStream = process.stderr,
): RowProgress {
  let done = 0;
  if (!stream.isTTY) {
    return {
      advance: (_table, rows) => (done += rows),
      tableDone: (table, rows) =>
        stream.write(
          `${label}: ${table}, ${rows} row${rows === 1 ? '' : 's'} (${done}/${totalRows})\n`,
        ),
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total} rows {table}`,
    stream,
    hideCursor: true,
  });
  bar.start(totalRows, 0, { table: '' });
  return {
    advance: (table, rows) => bar.update((done += rows), { table }),
    tableDone: (table) => bar.update(done, { table }),
    stop: () => bar.stop(),
  };
}
