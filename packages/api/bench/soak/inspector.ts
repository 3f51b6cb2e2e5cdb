import WebSocket from 'ws';

/** The inspector's address a Node process prints when started with `--inspect=127.0.0.1:0`. */
export const INSPECTOR_URL = /Debugger listening on (ws:\/\/\S+)/;

/** What a process holds right after a full garbage collection, in MB. */
export interface MemoryAfterGc {
  /** The used heap: the JavaScript objects it keeps. */
  heap: number;
  /** Its resident memory: the heap V8 keeps after collecting, and all that lives outside it. */
  rss: number;
}

/**
 * The process's memory right after a full garbage collection, asked through its inspector
 * (loopback only, opened for the soak alone): what it holds on to, without the garbage a busy
 * moment leaves behind, which RSS sampled under load and an uncollected heap both count.
 */
export async function memoryAfterGc(inspectorUrl: string): Promise<MemoryAfterGc> {
  const socket = new WebSocket(inspectorUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data));
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const { result } = (await call('Runtime.evaluate', {
      expression:
        '(({ heapUsed, rss }) => ({ heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 }))(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: MemoryAfterGc } };
    return result.value;
  } finally {
    socket.close();
  }
}
