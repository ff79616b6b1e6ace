import { useMemo } from 'react';
import { compareVersions, type CompareContext } from '../core/compare/compare';
import type { Comparison } from '../core/compare/rows';
import type { Version } from '../core/model/types';

export type ComparisonState =
  | { status: 'ready'; comparison: Comparison }
  | { status: 'working'; progress: number; message: string };

/** The comparison is derived, never stored: recomputed from the two versions. */
export function useComparison(left: Version, right: Version, ctx: CompareContext): ComparisonState {
  return useMemo(
    () => ({ status: 'ready', comparison: compareVersions(left, right, ctx) }),
    [left, right, ctx],
  );
}
