/**
 * `npm run bench`: speed and pairing quality of the comparison engine (src/core/diff) on generated
 * document pairs with ground truth (scripts/bench/generate.ts), against the targets of
 * shared/brief/performance.md; and its pairing quality on real drafts (scripts/bench/real/), against
 * the targets of issue #16. Prints tables and PASS/FAIL lines; writes artifacts/bench.json.
 *
 * Per size: align + word-diff of every changed group (medians, min–max); the floor, one regex
 * tokenize pass over both numbered documents (the regex of shared/bench/perf-bench.mjs), timed
 * in the same loop as the engine; their ratio; whole-text jsdiff `diffWords` for comparison (30
 * and 300 points, with a timeout); and pairing precision / recall / F1. All sizes are measured
 * round robin, so that the shared machine's changing load hits every figure alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { alignPoints, type AlignItem, type Alignment } from '../src/core/diff/align';
import { wordDiff } from '../src/core/diff/word-diff';
import { generatePair, type DocumentPair } from './bench/generate';
import { pairQuality } from './bench/quality';
import { measureRealPairs, printRealPairs, realTargets } from './bench/real-report';
import { median, ms } from './bench/stats';

const SIZES = [30, 300, 3000] as const;
const RUNS: Record<number, { warm: number; runs: number }> = {
  30: { warm: 30, runs: 41 },
  300: { warm: 10, runs: 21 },
  3000: { warm: 3, runs: 11 },
};
/** Whole-text jsdiff at 300 points takes ~20 s (shared/brief/performance.md); it is cut off here. */
const WHOLE_TEXT_TIMEOUT_MS = 5000;
/** The floor regex of shared/bench/perf-bench.mjs, so the ratio is comparable with the brief. */
const FLOOR = /[\w\u00c0-\u024f]+|[^\w\s]/g;

interface EngineRun {
  alignMs: number;
  wordMs: number;
  totalMs: number;
  diffed: number;
  rewritten: number;
  alignment: Alignment;
}

function items(texts: readonly string[], side: string): AlignItem[] {
  return texts.map((text, i) => ({ id: `${side}:${i + 1}`, label: String(i + 1), text }));
}

function engine(left: AlignItem[], right: AlignItem[]): EngineRun {
  const t0 = performance.now();
  const alignment = alignPoints(left, right);
  const t1 = performance.now();
  let diffed = 0;
  let rewritten = 0;
  for (const g of alignment.groups) {
    if (g.left.length === 0 || g.right.length === 0 || g.how === 'exact') continue;
    const a = g.left.map((i) => left[i]?.text ?? '').join(' ');
    const b = g.right.map((j) => right[j]?.text ?? '').join(' ');
    if (wordDiff(a, b).kind === 'rewritten') rewritten += 1;
    diffed += 1;
  }
  const t2 = performance.now();
  return { alignMs: t1 - t0, wordMs: t2 - t1, totalMs: t2 - t0, diffed, rewritten, alignment };
}

function floor(textA: string, textB: string): number {
  return (textA.match(FLOOR)?.length ?? 0) + (textB.match(FLOOR)?.length ?? 0);
}

const spread = (xs: readonly number[]): string =>
  `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

function wholeText(textA: string, textB: string, runs: number) {
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const t0 = performance.now();
    const out = diffWords(textA, textB, { timeout: WHOLE_TEXT_TIMEOUT_MS });
    const t = performance.now() - t0;
    if (out === undefined)
      return {
        timedOut: true,
        medianMs: t,
        text: `timed out at ${WHOLE_TEXT_TIMEOUT_MS / 1000} s`,
      };
    times.push(t);
  }
  return { timedOut: false, medianMs: median(times), text: `${ms(median(times))} ms` };
}

const started = performance.now();
console.log(`node ${process.version}, ${cpus().length} CPUs`);

interface Case {
  n: number;
  pair: DocumentPair;
  left: AlignItem[];
  right: AlignItem[];
  textA: string;
  textB: string;
  runs: number;
  floors: number[];
  aligns: number[];
  words: number[];
  totals: number[];
  last?: EngineRun;
}

const cases: Case[] = SIZES.map((n) => {
  const pair = generatePair(n);
  return {
    n,
    pair,
    left: items(pair.left, 'L'),
    right: items(pair.right, 'R'),
    textA: pair.left.map((t, i) => `${i + 1}. ${t}`).join('\n'),
    textB: pair.right.map((t, i) => `${i + 1}. ${t}`).join('\n'),
    runs: RUNS[n]?.runs ?? 5,
    floors: [],
    aligns: [],
    words: [],
    totals: [],
  };
});
for (const c of cases) {
  for (let k = 0; k < (RUNS[c.n]?.warm ?? 3); k += 1) {
    floor(c.textA, c.textB);
    engine(c.left, c.right);
  }
}
// Round robin over the sizes, each size's runs spread over the whole loop, so that a change in
// the machine's load (it is shared) hits every size and the floor alike: the ratios stay fair
// even when the absolute times move.
const rounds = Math.max(...cases.map((c) => c.runs));
for (let round = 0; round < rounds; round += 1) {
  for (const c of cases) {
    const every = rounds / c.runs;
    if (Math.floor(round / every) === Math.floor((round - 1) / every) && round > 0) continue;
    if (c.floors.length >= c.runs) continue;
    // Alternate which goes first, so that neither always pays for the other's garbage (the
    // floor allocates a string per token). A forced gc() was tried: it shrinks the young
    // generation and then slows every allocating call after it, 2-3x.
    const floorFirst = c.floors.length % 2 === 0;
    if (!floorFirst) c.last = engine(c.left, c.right);
    const f0 = performance.now();
    floor(c.textA, c.textB);
    c.floors.push(performance.now() - f0);
    if (floorFirst) c.last = engine(c.left, c.right);
    const last = c.last;
    if (last === undefined) throw new Error('no engine run');
    c.totals.push(last.totalMs);
    c.aligns.push(last.alignMs);
    c.words.push(last.wordMs);
  }
}
const results = cases.map(summarise);

function summarise(c: Case) {
  const { n, pair, textA, textB, floors, aligns, words, totals, last } = c;
  if (last === undefined) throw new Error('no runs');
  const whole = n <= 300 ? wholeText(textA, textB, n <= 30 ? 3 : 1) : undefined;
  const { precision, recall, f1, found, expected } = pairQuality(last.alignment, pair.truth);
  const q = { precision, recall, f1, found, expected };
  const hows: Record<string, number> = {};
  for (const g of last.alignment.groups) hows[g.how] = (hows[g.how] ?? 0) + 1;
  return {
    n,
    points: [pair.left.length, pair.right.length],
    kib: [Math.round(textA.length / 1024), Math.round(textB.length / 1024)],
    runs: floors.length,
    floorMs: { median: median(floors), min: Math.min(...floors), max: Math.max(...floors) },
    alignMs: { median: median(aligns), min: Math.min(...aligns), max: Math.max(...aligns) },
    wordDiffMs: { median: median(words), min: Math.min(...words), max: Math.max(...words) },
    totalMs: { median: median(totals), min: Math.min(...totals), max: Math.max(...totals) },
    ratio: median(totals) / median(floors),
    groupsWordDiffed: last.diffed,
    rewritten: last.rewritten,
    groups: hows,
    wholeTextDiffWords: whole,
    quality: q,
    display: {
      floor: spread(floors),
      align: spread(aligns),
      words: spread(words),
      total: spread(totals),
    },
  };
}

console.log('');
console.log(
  '| N | points L/R | floor ms | align ms | word diff ms (groups) | align+words ms | ×floor | whole-text diffWords | P | R | F1 |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.n} | ${r.points[0]}/${r.points[1]} | ${r.display.floor} | ${r.display.align} | ${r.display.words} (${r.groupsWordDiffed}) | ` +
      `${r.display.total} | ${r.ratio.toFixed(2)} | ${r.wholeTextDiffWords?.text ?? 'not run'} | ` +
      `${r.quality.precision.toFixed(4)} | ${r.quality.recall.toFixed(4)} | ${r.quality.f1.toFixed(4)} |`,
  );
}
console.log('');
for (const r of results)
  console.log(`N=${r.n} groups: ${JSON.stringify(r.groups)}; rewritten: ${r.rewritten}`);
console.log('');

const realRuns = measureRealPairs();
printRealPairs(realRuns);

const at = (n: number) => results.find((r) => r.n === n);
const r30 = at(30);
const r300 = at(300);
const r3000 = at(3000);
const targets: [string, boolean, string][] = [];
if (r3000)
  targets.push([
    '3,000 points ≤ 2× tokenize floor',
    r3000.ratio <= 2,
    `${r3000.ratio.toFixed(2)}× (${ms(r3000.totalMs.median)} vs ${ms(r3000.floorMs.median)} ms)`,
  ]);
if (r300)
  targets.push(['300 points ≤ 20 ms', r300.totalMs.median <= 20, `${ms(r300.totalMs.median)} ms`]);
if (r30)
  targets.push(['30 points ≤ 3 ms', r30.totalMs.median <= 3, `${ms(r30.totalMs.median)} ms`]);
if (r300 && r3000) {
  const scale = r3000.totalMs.median / r300.totalMs.median;
  targets.push(['time(3000)/time(300) ≤ 12', scale <= 12, `×${scale.toFixed(1)}`]);
}
for (const r of results)
  targets.push([`F1 ≥ 0.995 at ${r.n}`, r.quality.f1 >= 0.995, r.quality.f1.toFixed(4)]);
targets.push(...realTargets(realRuns));
for (const [name, ok, value] of targets) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${value}`);

const seconds = (performance.now() - started) / 1000;
console.log(`\nwhole run ${seconds.toFixed(1)} s`);
mkdirSync('artifacts', { recursive: true });
writeFileSync(
  'artifacts/bench.json',
  JSON.stringify(
    {
      node: process.version,
      cpus: cpus().length,
      date: new Date().toISOString(),
      results,
      real: realRuns.flat(),
      targets: targets.map(([name, pass, value]) => ({ name, pass, value })),
    },
    null,
    1,
  ),
);
console.log('wrote artifacts/bench.json');
