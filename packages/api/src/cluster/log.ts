import type { Readable } from 'node:stream';

/** Writes one line of the cluster's own, or of one of its processes, to stdout with its name. */
export function logLine(name: string, line: string): void {
  process.stdout.write(`${`[${name}]`.padEnd(12)} ${line}\n`);
}

/** Copies a child process's output to stdout line by line, each line prefixed with its name. */
export function prefixLines(name: string, stream: Readable | null): void {
  if (!stream) return;
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) logLine(name, line);
  });
  stream.on('end', () => {
    if (partial) logLine(name, partial);
    partial = '';
  });
}

/** A logger of the API's shape (pino's) whose lines are plain text after `name`. */
export function namedLogger(name: string) {
  const write = (first: unknown, message?: string) => {
    if (typeof first === 'string') logLine(name, first);
    else {
      const error = (first as { err?: Error } | null)?.err;
      logLine(name, `${message ?? ''}${error ? `: ${error.stack ?? error.message}` : ''}`);
    }
  };
  return { info: write, warn: write, error: write, debug: () => {} };
}
