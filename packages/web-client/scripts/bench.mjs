// Prints what a browser downloads (run `vite build` first): the gzipped size of each built
// JavaScript and CSS file, what the first load takes (index.html and the assets it links; every
// other page is a lazy chunk), and the boundary files the map of areas fetches, raw and gzipped
// (the API sends them gzipped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
let index;
try {
  index = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(`no build at ${dist}: run \`pnpm --filter @samverkan/web-client build\` first`);
  process.exit(1);
}

// The first load before the client used libraries for routing and its cache of answers (its own
// router and fetch hook, main at 12f3520, 2026): what React Router and TanStack Query cost is the
// difference, printed beside today's figure.
const FIRST_LOAD_REFERENCE = {
  bytes: 93.3 * 1024,
  at: '12f3520, before React Router and TanStack Query',
};

const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;

const totals = { js: 0, css: 0 };
for (const file of readdirSync(join(dist, 'assets'))) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
  if (!kind) continue;
  const size = gzipped(join(dist, 'assets', file));
  totals[kind] += size;
  console.log(`${file.padEnd(40)} ${kB(size)} gzipped`);
}
console.log(`JS total  ${kB(totals.js)} gzipped`);
console.log(`CSS total ${kB(totals.css)} gzipped`);

const linked = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const firstLoad = [join(dist, 'index.html'), ...linked.map((file) => join(dist, file))];
const firstLoadSize = firstLoad.reduce((sum, path) => sum + gzipped(path), 0);
console.log(
  `First load (index.html + ${linked.length} linked assets) ${kB(firstLoadSize)} gzipped, ` +
    `${kB(FIRST_LOAD_REFERENCE.bytes).trim()} at ${FIRST_LOAD_REFERENCE.at} ` +
    `(${firstLoadSize >= FIRST_LOAD_REFERENCE.bytes ? '+' : ''}${((firstLoadSize - FIRST_LOAD_REFERENCE.bytes) / 1024).toFixed(1)} kB)`,
);

console.log('Geo data (fetched by /geo for the layer shown):');
for (const file of readdirSync(join(dist, 'geo')).filter((name) => name.endsWith('.topo.json'))) {
  const path = join(dist, 'geo', file);
  console.log(
    `  ${file.padEnd(38)} ${kB(readFileSync(path).length)} raw ${kB(gzipped(path))} gzipped`,
  );
}
