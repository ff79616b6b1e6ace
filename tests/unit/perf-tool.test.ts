// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestOf, figuresOf, median, misses, type Report } from '../../scripts/perf/figures';
import { serveBuild, type StaticHost } from '../../scripts/perf/static-host';

function report(score: number | null, tbt: number, lcp: number): Report {
  const audit = (numericValue: number, items?: Array<Record<string, unknown>>) => ({
    numericValue,
    details: items ? { items } : undefined,
  });
  return {
    categories: { performance: { score } },
    audits: {
      'total-blocking-time': audit(tbt),
      'largest-contentful-paint': audit(lcp),
      'first-contentful-paint': audit(900),
      'dom-size': audit(412),
      'mainthread-work-breakdown': audit(1500, [
        { group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 800 },
      ]),
      'bootup-time': audit(700, [{ url: 'http://h/assets/index-x.js', total: 650 }]),
    },
  };
}

const run = (score: number, tbtMs: number, lcpMs: number) =>
  figuresOf(report(score / 100, tbtMs, lcpMs));

describe('reading a Lighthouse report', () => {
  it('takes the score in percent and the figures issue #14 names', () => {
    const f = figuresOf(report(0.953, 180.4, 1820));
    expect(f).toMatchObject({ score: 95, tbtMs: 180.4, lcpMs: 1820, domSize: 412 });
    expect(f.breakdown).toEqual([{ label: 'Script Evaluation', ms: 800 }]);
    expect(f.scripts).toEqual([{ url: 'http://h/assets/index-x.js', ms: 650 }]);
  });

  it('refuses a report whose run failed or has no score, instead of passing it', () => {
    expect(() =>
      figuresOf({ ...report(1, 0, 0), runtimeError: { code: 'NO_FCP', message: 'no paint' } }),
    ).toThrow(/NO_FCP/);
    expect(() => figuresOf(report(null, 0, 0))).toThrow(/no performance score/);
  });
});

describe('judging three runs', () => {
  it('the best run is the highest score, then the lowest blocking time', () => {
    const runs = [run(93, 150, 1900), run(96, 240, 1800), run(96, 190, 1950)];
    expect(bestOf(runs)).toBe(runs[2]);
    expect(median(runs.map((r) => r.tbtMs))).toBe(190);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('names every target the best run misses, and none when it meets them at the limit', () => {
    expect(misses(run(95, 200, 2000))).toEqual([]);
    expect(misses(run(94, 201, 2001))).toEqual([
      'performance 94 < 95',
      'TBT 201 ms > 200 ms',
      'LCP 2001 ms > 2000 ms',
    ]);
  });
});

describe('the static host perf measures against', () => {
  let dir: string;
  let host: StaticHost;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perf-host-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);'.repeat(100));
    writeFileSync(join(dir, 'sw.js'), 'self.x = 1;');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'us-28-0123456789.json'), '{"points":[]}');
    host = await serveBuild(dir);
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gzips hashed assets and lets browsers keep them for a year', async () => {
    const data = await fetch(`${host.url}data/us-28-0123456789.json`);
    expect(data.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await data.json()).toEqual({ points: [] });
    const res = await fetch(`${host.url}assets/index-abc123.js`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes gzip itself; the header says it was sent compressed.
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe('console.log(1);'.repeat(100));
  });

  it('makes the page and the service worker revalidate, so a deploy is seen', async () => {
    for (const path of ['', 'sw.js']) {
      const res = await fetch(host.url + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('answers index.html for app paths, and a 404 for a missing file', async () => {
    const page = await fetch(`${host.url}some/view?v=1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect((await fetch(`${host.url}assets/gone-123.js`)).status).toBe(404);
    expect((await fetch(`${host.url}..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
  });

  it('sends the raw bytes to a client that does not accept gzip', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<Buffer>((resolve, reject) => {
      request(`${host.url}assets/index-abc123.js`, (res) => {
        expect(res.headers['content-encoding']).toBeUndefined();
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(() => gunzipSync(body)).toThrow();
    expect(body.toString()).toBe('console.log(1);'.repeat(100));
  });
});
