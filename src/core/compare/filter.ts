import type { Topic } from '../model/topics';
import type { Row } from './rows';

export interface RowFilter {
  hideUnchanged: boolean;
  topic: Topic | null;
}

/** The rows a reader asked to see; counts in the summary always cover every row. */
export function filterRows(rows: readonly Row[], filter: RowFilter): Row[] {
  return rows.filter((row) => {
    if (filter.hideUnchanged && row.kind === 'unchanged') return false;
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
