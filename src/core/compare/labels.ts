/**
 * Print a list of point labels compactly: consecutive sub-points collapse into a range
 * ("10a", "10b", "10c", "10d" → "10a–10d"); anything else is listed ("3, 5 and 9").
 */
export function formatLabels(labels: readonly string[]): string {
  if (labels.length === 0) return '—';
  if (labels.length === 1) return labels[0]!;
  if (isConsecutive(labels)) return `${labels[0]}–${labels[labels.length - 1]}`;
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function isConsecutive(labels: readonly string[]): boolean {
  const parsed = labels.map((l) => /^(\d+)([a-z]?)$/.exec(l));
  if (parsed.some((m) => !m)) return false;
  for (let i = 1; i < parsed.length; i++) {
    const [, n0, s0] = parsed[i - 1]!;
    const [, n1, s1] = parsed[i]!;
    const sameNumber = n0 === n1 && s0 && s1 && s1.charCodeAt(0) === s0.charCodeAt(0) + 1;
    const nextNumber = !s0 && !s1 && Number(n1) === Number(n0) + 1;
    if (!sameNumber && !nextNumber) return false;
  }
  return true;
}
