/**
 * Point labels in plain language: three or more consecutive points become a range
 * ("10a", "10b", "10c", "10d" → "10a–10d"), since "10a, 10b, 10c and 10d" reads worse;
 * anything else is listed ("8 and 9", "3, 5 and 9", "10a–10d and 12").
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

/** "12" → "13", "10a" → "10b": the label that follows in a draft's own numbering. */
function followsInNumbering(a: string, b: string): boolean {
  const ma = /^(\d+)([a-z]?)$/.exec(a);
  const mb = /^(\d+)([a-z]?)$/.exec(b);
  if (!ma || !mb) return false;
  const [, na, sa] = ma;
  const [, nb, sb] = mb;
  if (na === nb) return Boolean(sa && sb && sb.charCodeAt(0) === sa.charCodeAt(0) + 1);
  return !sa && !sb && Number(nb) === Number(na) + 1;
}

/** Labels of the points of one side of a row, by the draft's own numbering. */
export function formatLabels(labels: readonly string[]): string {
  return joinLabelRuns(runsOf(labels, followsInNumbering));
}
