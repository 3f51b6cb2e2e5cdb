// Prints the gzipped size of the built JavaScript and CSS (run `vite build` first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const assets = join(import.meta.dirname, '..', 'dist', 'assets');
let files;
try {
  files = readdirSync(assets);
} catch {
  console.error(`no build at ${assets}: run \`pnpm --filter @samverkan/web-client build\` first`);
  process.exit(1);
}
const totals = { js: 0, css: 0 };
for (const file of files) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
  if (!kind) continue;
  const size = gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  totals[kind] += size;
  console.log(`${file.padEnd(32)} ${(size / 1024).toFixed(1).padStart(7)} kB gzipped`);
}
console.log(`JS total  ${(totals.js / 1024).toFixed(1)} kB gzipped`);
console.log(`CSS total ${(totals.css / 1024).toFixed(1)} kB gzipped`);
