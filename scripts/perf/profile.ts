// Where the first load's main-thread time goes, by function: the production build (dist/, build it
// first, e.g. with `npm run perf`), served as scripts/perf/static-host.ts does, opened in Debian's
// Chromium with the CPU slowed 4× (as Lighthouse's mobile preset), profiled with the V8 sampling
// profiler from navigation until the comparison's rows are shown and the page is idle. Prints the
// functions with the most self time, and the long tasks (> 50 ms) with their start.
//
// Function names are readable in a build without minifying:
//   npx vite build --minify false --outDir dist-profile
//   npx tsx scripts/perf/profile.ts ['?v=1&l=us-28&r=e3-counter'] [--dir dist-profile] [--top 25]
//     [--rate 1] [--over 12]   (full speed, and the busy stretches Lighthouse would count)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { serveBuild } from './static-host';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const args = process.argv.slice(2);
  const query = args.find((a) => a.startsWith('?')) ?? '';
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const dirAt = args.indexOf('--dir');
  // `--rate 1` loads at full speed, as Lighthouse records before it simulates a phone (it then
  // counts each task 4× longer): its tasks over 12.5 ms are the ones that make blocking time.
  const rateAt = args.indexOf('--rate');
  const rate = rateAt >= 0 ? Number(args[rateAt + 1]) : 4;
  const overAt = args.indexOf('--over');
  const over = overAt >= 0 ? Number(args[overAt + 1]) : 50;
  const host = await serveBuild(dirAt >= 0 ? args[dirAt + 1]! : 'dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // The new headless mode, as Lighthouse runs it: the old one reports no layout shifts. The
    // tests' flags turn off the address bar's popups, which would share the CPU with the page.
    args: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.addInitScript(() => {
      const w = window as unknown as {
        __longTasks: Array<[number, number]>;
        __shifts: Array<{ at: number; value: number; nodes: string[] }>;
      };
      w.__longTasks = [];
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
      // Layout shifts (what CLS adds up), each with the elements that moved.
      const describe = (n: Node | null) => {
        if (!(n instanceof Element)) return n ? n.nodeName : '(gone)';
        const cls = [...n.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('');
        return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${cls}`;
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as PerformanceEntry[] &
          Array<{
            value: number;
            hadRecentInput: boolean;
            sources?: Array<{ node: Node | null }>;
          }>)
          if (!e.hadRecentInput)
            w.__shifts.push({
              at: e.startTime,
              value: e.value,
              nodes: (e.sources ?? []).map((s) => describe(s.node)),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await cdp.send('Profiler.start');
    await page.goto(host.url + query);
    await page.locator('[data-row-key]').first().waitFor();
    // Idle: nothing more is scheduled for a while (the enhancements and the offline layer arrive).
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const longTasks = await page.evaluate(
      () => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks,
    );
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    const shifts = await page.evaluate(
      () =>
        (window as unknown as { __shifts: Array<{ at: number; value: number; nodes: string[] }> })
          .__shifts,
    );

    const self = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
    );
    const byFunction = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      total += ms;
      const file = url.replace(/^https?:\/\/[^/]+\//, '') || '(native)';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
    console.log(`page ${host.url}${query}; CPU ${rate}× slower; DOM elements after load: ${dom}`);
    console.log(`busy (profiled, not idle): ${Math.round(total)} ms\n\nself time by function:`);
    for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    // Total (inclusive) time: a function's own samples and those of everything it called, counted
    // once per call path even when it recurses.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const keyOf = (n: ProfileNode) => {
      const { functionName, url, lineNumber, columnNumber } = n.callFrame;
      const file = url.replace(/^https?:\/\/[^/]+\//, '') || '(native)';
      return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    };
    const inclusive = new Map<string, number>();
    const walk = (id: number, onPath: Set<string>): number => {
      const node = byId.get(id)!;
      let ms = self.get(id) ?? 0;
      const key = keyOf(node);
      const fresh = !onPath.has(key);
      if (fresh) onPath.add(key);
      for (const child of node.children ?? []) ms += walk(child, onPath);
      if (fresh) {
        onPath.delete(key);
        if (node.callFrame.url) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
      return ms;
    };
    walk(profile.nodes[0]!.id, new Set());
    console.log('\ntotal time by function (with what it calls; page scripts only):');
    for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
    // Busy stretches of the profile (samples with no idle between them) over `over` ms, each with the
    // page-script functions most of its samples were in (a sample counts for every function on its
    // stack): what each long task did.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stackOf = (id: number) => {
      const keys = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at)!;
        if (n.callFrame.url && n.callFrame.functionName) keys.add(keyOf(n));
      }
      return keys;
    };
    const idle = (id: number) => {
      const name = byId.get(id)!.callFrame.functionName;
      return name === '(idle)' || name === '(program)';
    };
    console.log(
      `\nbusy stretches over ${over} ms (start from the first sample, length, what ran):`,
    );
    let at = 0;
    for (let i = 0; i < profile.samples.length;) {
      if (idle(profile.samples[i]!)) {
        at += (profile.timeDeltas[i] ?? 0) / 1000;
        i++;
        continue;
      }
      const start = at;
      const counts = new Map<string, number>();
      let j = i;
      for (; j < profile.samples.length && !idle(profile.samples[j]!); j++) {
        const ms = (profile.timeDeltas[j] ?? 0) / 1000;
        at += ms;
        for (const key of stackOf(profile.samples[j]!))
          counts.set(key, (counts.get(key) ?? 0) + ms);
      }
      i = j;
      if (at - start < over) continue;
      console.log(`  at ${Math.round(start)} ms: ${Math.round(at - start)} ms`);
      const ours = [...counts]
        .filter(
          ([key]) =>
            !/ (assets\/)?(index|react|jsx-runtime|rolldown-runtime)-[\w-]+\.js:\d+:\d+$/.test(
              key,
            ) ||
            !/^(perform|render|commit|recursively|begin|complete|reconcile|flush|workLoop|scheduleCallback|run|exports\.)/.test(
              key,
            ),
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6);
      for (const [key, ms] of ours) console.log(`      ${ms.toFixed(0).padStart(5)} ms  ${key}`);
    }
    console.log('\nlayout shifts (start, score, what moved):');
    for (const { at: start, value, nodes } of shifts)
      console.log(`  at ${Math.round(start)} ms: ${value.toFixed(3)}  ${nodes.join(', ')}`);
    console.log(`sum: ${shifts.reduce((sum, e) => sum + e.value, 0).toFixed(3)}`);
    console.log('\nlong tasks (start, duration):');
    for (const [start, duration] of longTasks)
      console.log(`  at ${Math.round(start)} ms: ${Math.round(duration)} ms`);
    const blocking = longTasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    console.log(
      `${longTasks.length} long tasks; blocking time (their time over 50 ms, from navigation): ${Math.round(blocking)} ms`,
    );
  } finally {
    await browser.close();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
