import { SingleBar } from 'cli-progress';

/** Tells how far long work has come: a bar on a terminal, a plain line a step otherwise. */
export interface Progress {
  /** `done` of `total` items, with counts to show beside them. */
  update(done: number, counts: Record<string, number>): void;
  stop(): void;
}

const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');

/**
 * Progress of `total` items on standard error: a bar when it is a terminal, else a line each
 * update (so logs of scripts and CI show it too); nothing when `quiet`.
 */
export function progress(label: string, total: number, quiet = false): Progress {
  if (quiet) return { update: () => {}, stop: () => {} };
  if (!process.stderr.isTTY) {
    return {
      update: (done, counts) =>
        process.stderr.write(`${label}: ${done}/${total} (${describe(counts)})\n`),
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {counts}`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0, { counts: '' });
  return {
    update: (done, counts) => bar.update(done, { counts: describe(counts) }),
    stop: () => bar.stop(),
  };
}
