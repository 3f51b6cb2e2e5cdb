/**
 * The flags of every API process's Node, wherever it starts: `pnpm start`, the Docker image, the
 * cluster's processes, the tests' and the benchmark's. `node-flags.test.ts` checks the start
 * script and the image's command against this list.
 *
 * A heap of at most 512 MB. V8 lets the old generation grow past what is alive by a factor it
 * draws from the limit, and Node's default limit follows the machine's memory (4 GB on one with
 * 24 GB): under 50 connections the process took 300 MB for `node(id:)` and 440 MB for a RACI
 * matrix, while what stayed alive (the heap right after a full collection) was under 50 MB. With
 * 512 MB it collects sooner: 170 and 250 MB, for 3–10 % of small requests' throughput (the API
 * README's "A heap of at most 512 MB"). What is alive stays far below the limit: at most ten
 * operations run at once, two of them large (core/http/large-operations.ts).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=512'];
