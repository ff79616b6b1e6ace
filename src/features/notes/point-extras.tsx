import { useCallback, type ReactNode } from 'react';
import type { Row } from '../../core/compare/rows';
import type { Point, Version } from '../../core/model/types';
import { counterpartsOf } from './placement';
import { PointNotes } from './point-notes';

export type PointExtras = (version: Version, point: Point, row: Row) => ReactNode;

/** What `CompareView` renders under every point of the `left`/`right` comparison: its notes. */
export function useNotePointExtras(left: Version, right: Version): PointExtras {
  return useCallback(
    (version: Version, point: Point, row: Row) => (
      <PointNotes
        version={version}
        point={point}
        counterpart={counterpartsOf(row, point, left, right)}
      />
    ),
    [left, right],
  );
}
