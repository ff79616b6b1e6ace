// `npm run perf`: Lighthouse (mobile preset: simulated slow 4G, 4× CPU slowdown) on the production
// build, served as a static host would (gzip, a year's cache for hashed assets), three runs per
// page. Prints performance, total blocking time, LCP and DOM size (best run and median) and where
// the best run's main thread went, keeps every report in artifacts/perf/, and exits 1 when a
// page's best run misses issue #14's targets. A benchmark: not part of `npm test`.
//
//   npm run perf [-- --runs N] [-- --no-build] [-- --browser-ui]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeFlags } from './chrome-flags';
import { bestOf, figuresOf, median, misses, type Report, type RunFigures } from './figures';
import { serveBuild } from './static-host';

const PAGES = [
  { slug: 'default', label: '/ (US 28 vs 20 points)', path: '' },
  { slug: 'us28-e3', label: 'US 28 vs E3', path: '?v=1&l=us-28&r=e3-counter' },
] as const;

/** Verified with this version (../shared/brief/toolchain.md §5); run through npx, not installed. */
const LIGHTHOUSE = 'lighthouse@12.2.3';

const OUT = join('artifacts', 'perf');
const DIST = 'dist';
/** What the build reads: when any of it is newer than dist/index.html, build again. */
const BUILD_INPUTS = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args[0]} exited with ${code}`)),
    );
  });
}

async function lighthouse(url: string, outBase: string, flags: string): Promise<RunFigures> {
  await run(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      '--quiet',
      `--chrome-flags=${flags}`,
      '--only-categories=performance',
      '--output=json',
      '--output=html',
      `--output-path=${outBase}`,
    ],
    { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  );
  return figuresOf(JSON.parse(readFileSync(`${outBase}.report.json`, 'utf8')) as Report);
}

/** A script's URL without the host; the page itself (inline work) is "the document". */
const scriptName = (url: string) => {
  const path = url.replace(/^https?:\/\/[^/]+\//, '');
  return !path || path.startsWith('?') ? 'the document' : path;
};
const ms = (v: number) => `${Math.round(v)} ms`;
const pad = (cells: string[], widths: number[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const [head, ...body] = rows;
  return [
    pad(head!, widths),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map((r) => pad(r, widths)),
  ].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const flags = chromeFlags(args.includes('--browser-ui')).join(' ');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');

  const built = newestMtime(join(DIST, 'index.html'));
  if (!args.includes('--no-build') && BUILD_INPUTS.some((p) => newestMtime(p) > built)) {
    console.log('perf: the build is missing or older than its inputs; building…');
    await run('npm', ['run', '-s', 'build']);
  }
  mkdirSync(OUT, { recursive: true });
  const host = await serveBuild(DIST);
  const results: Array<{ page: (typeof PAGES)[number]; runs: RunFigures[] }> = [];
  try {
    for (const page of PAGES) {
      const figures: RunFigures[] = [];
      for (let i = 1; i <= runs; i++) {
        const url = host.url + page.path;
        console.log(`perf: ${page.label}, run ${i} of ${runs} (${url})`);
        figures.push(await lighthouse(url, join(OUT, `${page.slug}-${i}`), flags));
      }
      results.push({ page, runs: figures });
    }
  } finally {
    await host.close();
  }

  const rows = [
    ['page', 'of runs', 'performance', 'TBT', 'LCP', 'FCP', 'DOM nodes', 'main thread'],
  ];
  const failed: string[] = [];
  for (const { page, runs: figures } of results) {
    const best = bestOf(figures);
    rows.push([
      page.label,
      `best of ${figures.length}`,
      String(best.score),
      ms(best.tbtMs),
      ms(best.lcpMs),
      ms(best.fcpMs),
      String(best.domSize),
      ms(best.mainThreadMs),
    ]);
    const med = (pick: (r: RunFigures) => number) => median(figures.map(pick));
    rows.push([
      '',
      'median',
      String(med((r) => r.score)),
      ms(med((r) => r.tbtMs)),
      ms(med((r) => r.lcpMs)),
      ms(med((r) => r.fcpMs)),
      String(med((r) => r.domSize)),
      ms(med((r) => r.mainThreadMs)),
    ]);
    for (const miss of misses(best)) failed.push(`${page.label}: ${miss}`);
  }
  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile preset, reports in ${OUT}/\n`);
  console.log(table(rows));
  for (const { page, runs: figures } of results) {
    const best = bestOf(figures);
    const top = <T extends { ms: number }>(list: T[]) =>
      [...list].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`\n${page.label}, best run's main thread:`);
    console.log(
      '  ' +
        top(best.breakdown)
          .map((b) => `${b.label} ${ms(b.ms)}`)
          .join(', '),
    );
    console.log(
      '  scripts: ' +
        top(best.scripts)
          .map((s) => `${scriptName(s.url)} ${ms(s.ms)}`)
          .join(', '),
    );
  }
  writeFileSync(join(OUT, 'summary.json'), JSON.stringify(results, null, 2));
  if (failed.length) {
    console.error(`\nMisses issue #14's targets (best run):\n  ${failed.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nBoth pages meet the targets (best run).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
