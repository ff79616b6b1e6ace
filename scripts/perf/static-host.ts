import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types a static host compresses; PNGs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * Vite names what it builds under assets/, and the data plugin what it writes under data/, by
 * content hash, so a static host may let browsers keep them for a year; everything else
 * (index.html, the service worker, the manifest, icons) must be revalidated, or a new deploy
 * would never be seen.
 */
export function cacheControl(path: string): string {
  return /^(assets|data)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface StaticHost {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built `dir` at the root the way a static host does in production: gzip for text,
 * long-lived caching for hashed assets, and index.html for any path that is not a file (SPA
 * fallback). Listens on an ephemeral port of 127.0.0.1.
 */
export async function serveBuild(dir: string): Promise<StaticHost> {
  const root = normalize(dir);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // A missing file with an extension is a real 404 (a stale chunk must fail, not get HTML).
      if (extname(path)) {
        res.writeHead(404, { 'cache-control': 'no-cache' }).end('not found');
        return;
      }
      file = join(root, 'index.html');
    }
    const rel = relative(root, file).split(sep).join('/');
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl(rel),
      vary: 'accept-encoding',
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = gzipped.get(file);
      if (!gz) {
        gz = gzipSync(body, { level: 9 });
        gzipped.set(file, gz);
      }
      body = gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
