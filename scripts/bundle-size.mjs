// Prints the gzip size of the JS that index.html loads up front (lazy chunks listed apart), and
// fails when it exceeds the budget of issue #12: 100 KB gzip. The data is not in it: each
// version is a JSON file of its own, fetched on demand (dist/data/, sizes listed below).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { initialJsGzip } from './initial-size.mjs';

const BUDGET = 100 * 1024;
const dist = process.argv[2] ?? 'dist';
const { total, files } = initialJsGzip(dist);
for (const f of files)
  console.log(`${f.initial ? 'initial' : 'lazy   '} ${f.path} raw=${f.raw} gzip=${f.gzip}`);
const data = readdirSync(join(dist, 'data'));
const dataBytes = data.reduce((n, f) => n + statSync(join(dist, 'data', f)).size, 0);
console.log(`data files (on demand): ${data.length}, ${(dataBytes / 1024).toFixed(1)} KB raw`);
console.log(`initial JS gzip total: ${(total / 1024).toFixed(1)} KB (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error('Initial JS is over budget.');
  process.exit(1);
}
