import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, pretty = false): Logger {
  const options = {
    level,
    base: { service: 'samverkan-api' },
    redact: ['req.headers.authorization', 'headers.authorization'],
  };
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  // Lines go to stdout asynchronously: a synchronous write per request cost a twentieth of a small
  // request's CPU. Lines logged while a write is under way go out together in the next, and pino
  // flushes what is left when the process exits.
  return pino(options, pino.destination({ dest: 1, sync: false }));
}
