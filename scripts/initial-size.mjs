// The gzip size of the JS that index.html loads up front, and of every lazy chunk, in a built
// folder. Shared by bundle-size.mjs (the budget) and bundle-flat.ts (growth with the corpus).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Types: initial-size.d.mts. */
export function initialJsGzip(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  const files = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const path = `assets/${file}`;
      const bytes = readFileSync(join(dist, path));
      return {
        path,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(path),
      };
    });
  return { total: files.filter((f) => f.initial).reduce((n, f) => n + f.gzip, 0), files };
}
