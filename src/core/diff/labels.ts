/**
 * Point labels in plain language: three or more consecutive points become a range
 * ("10a", "10b", "10c", "10d" → "10a–10d"), since "10a, 10b, 10c and 10d" reads worse;
 * anything else is listed ("8 and 9", "3, 5 and 9", "10a–10d and 12"). The wording rule lives
 * here, in the engine, because the alignment's explanations use it; every view's labels
 * (src/core/compare/labels.ts) join runs with it too. For the explanations, positions are known,
 * so consecutive *positions* form a run ("9–10c": 9, 10a, 10b, 10c sit next to each other).
 */

/** Join runs of consecutive labels: ranges for runs of three or more, then ", " and " and ". */
export function joinLabelRuns(runs: ReadonlyArray<readonly string[]>): string {
  const names = runs.flatMap((run) =>
    run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : [...run],
  );
  if (names.length === 0) return '—';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Split a list into runs wherever `next(a, b)` says b does not follow a. */
export function runsOf<T>(items: readonly T[], next: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && next(run[run.length - 1]!, item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** Names the points at `indices` (ascending) by their labels, or "#n" when a label is empty. */
export function formatIndexedLabels(indices: readonly number[], labels: readonly string[]): string {
  if (indices.length === 0) return '';
  const runs = runsOf(indices, (a, b) => b === a + 1);
  return joinLabelRuns(runs.map((run) => run.map((i) => labels[i] || `#${i + 1}`)));
}
