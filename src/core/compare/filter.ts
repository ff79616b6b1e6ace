import type { Topic } from '../model/topics';
import { isChange, type Row, type RowStatus } from './rows';

export interface RowFilter {
  /** Hide every row that is not a change (unchanged, kept, unknown, not reported). */
  hideUnchanged: boolean;
  topic: Topic | null;
  /** Only these statuses; empty or absent: all. */
  statuses?: readonly RowStatus[];
}

/** The rows a reader asked to see; counts in the summary always cover every row. */
export function filterRows(rows: readonly Row[], filter: RowFilter): Row[] {
  return rows.filter((row) => {
    if (filter.hideUnchanged && !isChange(row)) return false;
    if (filter.statuses?.length && !filter.statuses.includes(row.kind)) return false;
    if (filter.topic) {
      const topic = filter.topic;
      return (
        row.left.some((p) => p.topics.includes(topic)) ||
        row.right.some((p) => p.topics.includes(topic))
      );
    }
    return true;
  });
}

/** The row that holds a point, by side and label. */
export function rowWithPoint(
  rows: readonly Row[],
  side: 'left' | 'right',
  label: string,
): Row | undefined {
  return rows.find((row) => row[side].some((p) => p.label === label));
}
