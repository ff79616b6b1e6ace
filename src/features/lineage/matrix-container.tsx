import { useMemo } from 'react';
import { matrixToCsv, matrixToMarkdown } from '../../core/lineage/export';
import {
  buildTopicMatrix,
  type MatrixCell,
  type TopicMatrix,
} from '../../core/lineage/topic-matrix';
import type { Topic } from '../../core/model/topics';
import { useViewerData } from '../../ui/data-context';
import { ExportButtons } from './export-buttons';
import { MatrixView } from './matrix-view';
import { compareTo, type Nav, type ViewPatch } from './nav';

/**
 * The comparison that shows a point of a cell: the cell's own comparison (against the version it is
 * compared with; the cell's points on the right, the earlier version's on the left). A cell that is
 * the first of its line opens the comparison with the next cell compared against it.
 */
export function compareFor(matrix: TopicMatrix, cell: MatrixCell, label: string): ViewPatch | null {
  const { comparison, version } = cell;
  if (comparison.kind === 'compared') {
    const own = cell.points.some((p) => p.label === label);
    return compareTo(comparison.against, version.id, { side: own ? 'right' : 'left', label });
  }
  if (comparison.kind === 'unlinked') return null;
  const row = matrix.rows.find((r) => r.topic === cell.topic);
  const next = row?.cells.find(
    (c) => c.comparison.kind === 'compared' && c.comparison.against === version.id,
  );
  return next ? compareTo(version.id, next.version.id, { side: 'left', label }) : null;
}

/** Wires the topic matrix to the data and the URL (`panel.topic`, `panel.version`: the chosen cell). */
export function MatrixContainer({
  topic,
  version,
  nav,
}: {
  topic: Topic | null;
  version: string | null;
  nav: Nav;
}) {
  const { versions, correspondences, source } = useViewerData();
  const matrix = useMemo(
    () => buildTopicMatrix({ versions, correspondences }),
    [versions, correspondences],
  );
  return (
    <MatrixView
      matrix={matrix}
      topic={topic}
      version={version}
      onSelect={(t, v) => nav.go({ panel: { kind: 'matrix', topic: t, version: v } })}
      compareFor={(cell, label) => compareFor(matrix, cell, label)}
      nav={nav}
      lookup={source}
      exports={
        <ExportButtons
          what="topic matrix"
          fileBase="topic-matrix"
          markdown={() => matrixToMarkdown(matrix, source)}
          csv={() => matrixToCsv(matrix, source)}
        />
      }
    />
  );
}
