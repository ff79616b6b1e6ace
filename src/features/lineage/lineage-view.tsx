import { lazy, Suspense } from 'react';
import { DataStatus } from '../../ui/data-status';
import { useDataStore } from '../../ui/data-context';
import { useData } from '../../ui/use-data';
import type { LineagePanelProps } from './lineage-panel';

// The timeline, point history and matrix load on first use: they (and the lineage core) stay out
// of the initial bundle.
const LineagePanel = lazy(() => import('./lineage-panel'));

/**
 * Every version takes part in the timeline, a point's history and the matrix, so their points
 * (and, for the timeline, the dated events) are fetched first, all at once (issue #12).
 */
export function LineageView(props: LineagePanelProps) {
  const store = useDataStore();
  const data = useData(
    store,
    store.index.map((e) => e.id),
    props.state.panel.kind === 'timeline',
  );
  if (data.status !== 'ready') return <DataStatus state={data} />;
  return (
    <Suspense fallback={<p role="status">Loading the view…</p>}>
      <LineagePanel {...props} />
    </Suspense>
  );
}
