import { chromium } from 'playwright-core';
import { serveStatic } from './tests/e2e/static-server';
import { CHROMIUM_ARGS } from './tests/e2e/chromium';

const N = Number(process.argv[2] ?? 10);
const server = await serveStatic('/tmp/repro/dist', '/some/sub/path/');
const base = server.url;
const files = ['assets/enhancements-Dqe_B08p.js', 'assets/enhancements-BjoMiyUj.css'];
let fails = 0;
for (let i = 0; i < N; i++) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const logs: string[] = [];
  const t0 = Date.now();
  page.on('console', (m) => logs.push(`${Date.now() - t0} ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`${Date.now() - t0} pageerror ${e.message}`));
  page.on('request', (r) => { if (/enhancements/.test(r.url())) logs.push(`${Date.now() - t0} req ${r.method()} ${r.url()}`); });
  page.on('requestfailed', (r) => { if (/enhancements/.test(r.url())) logs.push(`${Date.now() - t0} failed ${r.method()} ${r.url()} ${r.failure()?.errorText}`); });
  const urls = new Set(files.map((f) => new URL(f, base).href));
  const matches = (url: URL) => urls.has(url.href.split('?')[0]!);
  await page.route(matches, (route) => { logs.push(`${Date.now() - t0} route ${route.request().method()} ${route.request().url()}`); return route.abort('internetdisconnected'); });
  await context.route(matches, (route) => { logs.push(`${Date.now() - t0} ctxroute ${route.request().url()}`); return route.abort('internetdisconnected'); });
  await page.goto(`${base}?v=1&l=us-28&r=e3-counter`);
  const alert = page.getByRole('alert').filter({ hasText: 'Your notes, imported drafts, sharing and downloads could not be loaded.' });
  try {
    await alert.first().waitFor({ timeout: 30_000 });
    console.log(i, 'ok', Date.now() - t0);
  } catch {
    fails++;
    console.log(i, 'FAIL', Date.now() - t0);
    console.log(logs.join('\n'));
    console.log((await page.locator('body').innerText()).slice(0, 1500));
  }
  await browser.close();
}
console.log('fails', fails);
await server.close();
