// What `npm run perf` reads from a Lighthouse report and how it judges a page's runs.

/** Issue #14: Lighthouse mobile performance ≥ 95, TBT ≤ 200 ms, LCP ≤ 2.0 s (best of 3). */
export const TARGETS = { score: 95, tbtMs: 200, lcpMs: 2000 } as const;

export interface RunFigures {
  score: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  domSize: number;
  mainThreadMs: number;
  bootupMs: number;
  breakdown: Array<{ label: string; ms: number }>;
  scripts: Array<{ url: string; ms: number }>;
}

export interface Audit {
  numericValue?: number;
  details?: { items?: Array<Record<string, unknown>> };
}
export interface Report {
  runtimeError?: { code: string; message: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, Audit | undefined>;
}

function numeric(report: Report, id: string): number {
  const value = report.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse report has no figure for ${id}`);
  return value;
}

/** Reads the figures we track from one Lighthouse JSON report. */
export function figuresOf(report: Report): RunFigures {
  if (report.runtimeError) {
    throw new Error(
      `Lighthouse failed: ${report.runtimeError.code} ${report.runtimeError.message}`,
    );
  }
  const score = report.categories.performance.score;
  if (score === null) throw new Error('Lighthouse gave no performance score');
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  return {
    score: Math.round(score * 100),
    tbtMs: numeric(report, 'total-blocking-time'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    fcpMs: numeric(report, 'first-contentful-paint'),
    domSize: numeric(report, 'dom-size'),
    mainThreadMs: numeric(report, 'mainthread-work-breakdown'),
    bootupMs: numeric(report, 'bootup-time'),
    breakdown: items('mainthread-work-breakdown').map((i) => ({
      label: String(i.groupLabel ?? i.group),
      ms: Number(i.duration),
    })),
    scripts: items('bootup-time').map((i) => ({ url: String(i.url), ms: Number(i.total) })),
  };
}

/** The best run: highest score, then lowest TBT, then lowest LCP. */
export function bestOf(runs: readonly RunFigures[]): RunFigures {
  const sorted = [...runs].sort(
    (a, b) => b.score - a.score || a.tbtMs - b.tbtMs || a.lcpMs - b.lcpMs,
  );
  const best = sorted[0];
  if (!best) throw new Error('no runs');
  return best;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What a run misses of the targets, in words; empty when it meets them all. */
export function misses(run: RunFigures): string[] {
  const out: string[] = [];
  if (run.score < TARGETS.score) out.push(`performance ${run.score} < ${TARGETS.score}`);
  if (run.tbtMs > TARGETS.tbtMs) out.push(`TBT ${Math.round(run.tbtMs)} ms > ${TARGETS.tbtMs} ms`);
  if (run.lcpMs > TARGETS.lcpMs) out.push(`LCP ${Math.round(run.lcpMs)} ms > ${TARGETS.lcpMs} ms`);
  return out;
}
