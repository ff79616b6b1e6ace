/**
 * Point labels for the alignment's explanations. Here positions are known, so consecutive
 * *positions* form a run ("9–10c": 9, 10a, 10b, 10c sit next to each other in the draft); the
 * wording rule is the one every view uses (src/core/compare/labels.ts).
 */
import { joinLabelRuns, runsOf } from '../compare/labels';

/** Names the points at `indices` (ascending) by their labels, or "#n" when a label is empty. */
export function formatIndexedLabels(indices: readonly number[], labels: readonly string[]): string {
  if (indices.length === 0) return '';
  const runs = runsOf(indices, (a, b) => b === a + 1);
  return joinLabelRuns(runs.map((run) => run.map((i) => labels[i] || `#${i + 1}`)));
}
