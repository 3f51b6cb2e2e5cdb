import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface HttpDrain {
  /** HTTP requests received and not yet answered (or given up by their caller). */
  inFlight(): number;
  /**
   * Stops accepting connections and waits up to `graceMs` for the requests in flight, each
   * answer closing its connection; those still running then are cut. Resolves with how many were.
   */
  drain(graceMs: number): Promise<number>;
  /** Resolves when every connection (WebSockets too) has closed, or cuts them after `waitMs`. */
  closed(waitMs: number): Promise<void>;
}

/**
 * Follows a server's requests from the moment they arrive (before their handler runs), so that a
 * shutdown can let them finish: a request waiting for its turn counts as one in flight.
 */
export function followRequests(server: Server): HttpDrain {
  const open = new Set<ServerResponse>();
  let draining = false;
  let allAnswered: (() => void) | null = null;
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    open.add(response);
    if (draining) response.shouldKeepAlive = false;
    response.once('close', () => {
      open.delete(response);
      if (!draining) return;
      // Its connection, kept alive, now idles: close it (and any others).
      server.closeIdleConnections();
      if (open.size === 0) allAnswered?.();
    });
  });
  let closing: Promise<void> | null = null;
  return {
    inFlight: () => open.size,
    async drain(graceMs) {
      draining = true;
      closing ??= new Promise((resolve) => server.close(() => resolve()));
      for (const response of open) {
        if (!response.headersSent) response.shouldKeepAlive = false;
      }
      server.closeIdleConnections();
      if (open.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          allAnswered = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const cut = open.size;
      for (const response of open) response.socket?.destroy();
      return cut;
    },
    async closed(waitMs) {
      closing ??= new Promise((resolve) => server.close(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, waitMs);
      });
      await Promise.race([closing, late]);
      clearTimeout(timer);
    },
  };
}
