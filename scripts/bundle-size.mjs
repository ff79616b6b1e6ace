// Prints the gzip size of the JS that index.html loads up front (lazy chunks listed apart),
// and fails when it exceeds the budget of issue #2: 110 KB gzip, bundled data included.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 110 * 1024;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]),
);
let total = 0;
for (const file of readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const path = `assets/${file}`;
  const bytes = readFileSync(join(dist, path));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const isInitial = initial.has(path);
  if (isInitial) total += gz;
  console.log(`${isInitial ? 'initial' : 'lazy   '} ${path} raw=${bytes.length} gzip=${gz}`);
}
console.log(`initial JS gzip total: ${(total / 1024).toFixed(1)} KB (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error('Initial JS is over budget.');
  process.exit(1);
}
