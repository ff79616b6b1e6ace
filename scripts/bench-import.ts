/**
 * `npm run bench:import`: what the import limits (src/core/text/limits.ts) cost, in Node, on
 * generated input (seeded, so every run reads the same text):
 * - checking a draft as the import worker does (`checkDraft`: size, parse, point limits, schema)
 *   for the inputs of issue #17 and for a 10,000-point draft at the point limit;
 * - comparing a 10,000-point draft with a 3,000-point version and with US 28 (`compareVersions`,
 *   what the comparison worker runs), and cloning the rows as the worker's answer is cloned
 *   into the page (`structuredClone`, the part of a comparison the main thread pays).
 * Medians of RUNS runs after one warm-up. The browser side (long tasks, paste hand-over, the
 * virtual list) is measured by tests/e2e/import-limits.e2e.ts.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compareVersions } from '../src/core/compare/compare';
import type { Version } from '../src/core/model/types';
import { checkDraft, type DraftCheck } from '../src/core/text/check-draft';
import { bundled } from '../src/data/bundled';
import { generatePair } from './bench/generate';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(run: () => T): { ms: number; result: T } {
  run();
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const numbered = (texts: readonly string[]) => texts.map((t, i) => `${i + 1}. ${t}`).join('\n');

function draft(id: string, texts: readonly string[]): Version {
  return {
    id,
    title: id,
    date: '2025-11-20',
    completeness: 'partial-text',
    claimedPoints: null,
    claimedBy: [],
    reportedBy: [],
    summary: '',
    points: texts.map((text, i) => ({ label: String(i + 1), text, topics: [], sources: [] })),
  };
}

const outcome = (check: DraftCheck): string => {
  switch (check.kind) {
    case 'refused':
      return `refused: ${check.problems[0]}`;
    case 'text':
      return `${check.parse.points.length} points, ${check.problems.length} problems`;
    case 'json':
      return check.version ? `${check.version.points.length} points` : check.problems[0]!;
  }
};

const ten = generatePair(10_000, 42).left;
const three = generatePair(3_000, 7).right;
const paragraph =
  'The parties shall consider the proposal in good faith and report on progress. '.repeat(12);
const inputs: Array<[string, string]> = [
  ['20,000 numbered lines', numbered(Array.from({ length: 20_000 }, (_, i) => `Item ${i + 1}.`))],
  [
    '5 MB of prose',
    Array.from({ length: Math.floor(5e6 / (paragraph.length + 2)) }, () => paragraph).join('\n\n'),
  ],
  ['12 MB on one line', 'x'.repeat(12 * 1024 * 1024)],
  ['deeply nested JSON, 400 KB', `{"points": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`],
  ['10,000 points (generated, 20–120 words)', numbered(ten.map((t) => t.slice(0, 480)))],
];

console.log(`node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)}`);
console.log('\ncheckDraft (the import worker’s work)');
for (const [name, text] of inputs) {
  const { ms, result } = time(() => checkDraft({ text }));
  console.log(
    `  ${name.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms  ${(text.length / 1e6).toFixed(1)} M chars  → ${outcome(result)}`,
  );
}

const us28 = bundled.versions.find((v) => v.id === 'us-28')!;
const tenK = draft('imported-ten', ten);
const threeK = draft('imported-three', three);
console.log(
  '\ncompareVersions (the comparison worker’s work) and the rows’ clone (the page’s part)',
);
for (const [name, left, right] of [
  ['US 28 → 10,000 points', us28, tenK],
  ['3,000 → 10,000 points', threeK, tenK],
] as const) {
  const { ms, result } = time(() => compareVersions(left, right, bundled));
  const clone = time(() => structuredClone({ rows: result.rows, summary: result.summary }));
  console.log(
    `  ${name.padEnd(24)} compare ${ms.toFixed(0).padStart(6)} ms, ${result.rows.length} rows; clone ${clone.ms.toFixed(0)} ms`,
  );
}
