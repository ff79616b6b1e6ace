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
 * The comparison that shows a cell's point: against the version the cell was compared with in the
 * matrix (focus on the right), else against the next version that has points on the topic (focus
 * on the left). A fate cell's points belong to its base version, compared with the cell's version.
 */
export function compareFor(matrix: TopicMatrix, cell: MatrixCell, label: string): ViewPatch | null {
  const { content, change, version } = cell;
  if (content.kind === 'fate')
    return compareTo(content.basedOn, version.id, { side: 'left', label });
  if (change.kind === 'changed' || change.kind === 'same')
    return compareTo(change.from, version.id, { side: 'right', label });
  const row = matrix.rows.find((r) => r.topic === cell.topic);
  const next = row?.cells.find(
    (c) =>
      c.version.date >= version.date && c.version.id !== version.id && c.content.kind === 'points',
  );
  const other =
    next?.version ?? matrix.versions.find((v) => v.id !== version.id && v.points.length > 0);
  return other ? compareTo(version.id, other.id, { side: 'left', label }) : null;
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
  const { versions, source } = useViewerData();
  const matrix = useMemo(() => buildTopicMatrix({ versions }), [versions]);
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
