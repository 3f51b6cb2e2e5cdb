import type { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';

const request = (forwardedFor?: string) =>
  ({
    socket: { remoteAddress: '10.0.0.2' },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('the address a request came from', () => {
  it("is the connection's when no proxy is trusted, whatever the header says", () => {
    expect(clientAddress(request('203.0.113.9'), 0)).toBe('10.0.0.2');
  });

  it('is what the outermost trusted proxy saw, counted from the right', () => {
    expect(clientAddress(request('203.0.113.9'), 1)).toBe('203.0.113.9');
    // A client that writes the header itself gains nothing: its entry lies left of the real one.
    expect(clientAddress(request('1.2.3.4, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(request('203.0.113.9, 10.0.0.1'), 2)).toBe('203.0.113.9');
  });

  it("is the connection's when a trusted proxy sent no header", () => {
    expect(clientAddress(request(), 1)).toBe('10.0.0.2');
  });
});
