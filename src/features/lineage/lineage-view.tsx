import { Suspense } from 'react';
import type { ViewState } from '../../core/url/view-state';
import { DataStatus } from '../../ui/data-status';
import { useDataStore } from '../../ui/data-context';
import { lazyWithRetry } from '../../ui/lazy-import';
import { PartBoundary } from '../../ui/part-boundary';
import { useData } from '../../ui/use-data';
import type { LineagePanelProps } from './lineage-panel';

// The timeline, point history and matrix load on first use: they (and the lineage core) stay out
// of the initial bundle.
const LineagePanel = lazyWithRetry(() => import('./lineage-panel'));

const PANEL_NAMES: Record<ViewState['panel']['kind'], string> = {
  compare: 'The comparison',
  timeline: 'The timeline',
  history: 'The point history',
  matrix: 'The topic matrix',
};

/**
 * The panel the URL names; its failure (code not loaded, or an error) stays inside it. Every
 * version takes part in the timeline, a point's history and the matrix, so their points (and, for
 * the timeline, the dated events) are fetched first, all at once (issue #12).
 */
export function LineageView(props: LineagePanelProps) {
  const kind = props.state.panel.kind;
  const store = useDataStore();
  const data = useData(
    store,
    store.index.map((e) => e.id),
    kind === 'timeline',
  );
  if (data.status !== 'ready') return <DataStatus state={data} />;
  return (
    <PartBoundary part={PANEL_NAMES[kind]} resetKeys={[kind]}>
      <Suspense fallback={<p role="status">Loading the view…</p>}>
        <LineagePanel {...props} />
      </Suspense>
    </PartBoundary>
  );
}
