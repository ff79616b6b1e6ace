/**
 * Point labels in plain language, for the alignment's explanations: "10a–10d" for three or more
 * consecutive points, "8 and 9", "3, 5 and 9".
 */

/**
 * Names the points at `indices` (ascending) by their labels. Three or more consecutive indices
 * become a range, since "10a, 10b, 10c and 10d" reads worse than "10a–10d".
 */
export function formatLabels(indices: readonly number[], labels: readonly string[]): string {
  const names: string[] = [];
  let k = 0;
  while (k < indices.length) {
    let end = k;
    while (end + 1 < indices.length && indices[end + 1] === (indices[end] ?? 0) + 1) end += 1;
    if (end - k >= 2) {
      names.push(`${label(indices[k], labels)}–${label(indices[end], labels)}`);
    } else {
      for (let m = k; m <= end; m += 1) names.push(label(indices[m], labels));
    }
    k = end + 1;
  }
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function label(index: number | undefined, labels: readonly string[]): string {
  const name = index === undefined ? undefined : labels[index];
  return name === undefined || name === '' ? `#${(index ?? 0) + 1}` : name;
}
