/**
 * Point labels in plain language: three or more consecutive points become a range
 * ("10a", "10b", "10c", "10d" → "10a–10d"), since "10a, 10b, 10c and 10d" reads worse;
 * anything else is listed ("8 and 9", "3, 5 and 9", "10a–10d and 12").
 */
import { joinLabelRuns, runsOf } from '../diff/labels';

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
