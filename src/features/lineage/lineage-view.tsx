import { lazy, Suspense } from 'react';
import type { LineagePanelProps } from './lineage-panel';

// The timeline, point history and matrix load on first use: they (and the lineage core) stay out
// of the initial bundle, which has a budget of 110 KB gzip.
const LineagePanel = lazy(() => import('./lineage-panel'));

export function LineageView(props: LineagePanelProps) {
  return (
    <Suspense fallback={<p role="status">Loading the view…</p>}>
      <LineagePanel {...props} />
    </Suspense>
  );
}
