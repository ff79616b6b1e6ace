import { Suspense } from 'react';
import type { ViewState } from '../../core/url/view-state';
import { lazyWithRetry } from '../../ui/lazy-import';
import { PartBoundary } from '../../ui/part-boundary';
import type { LineagePanelProps } from './lineage-panel';

// The timeline, point history and matrix load on first use: they (and the lineage core) stay out
// of the initial bundle, which has a budget of 110 KB gzip.
const LineagePanel = lazyWithRetry(() => import('./lineage-panel'));

const PANEL_NAMES: Record<ViewState['panel']['kind'], string> = {
  compare: 'The comparison',
  timeline: 'The timeline',
  history: 'The point history',
  matrix: 'The topic matrix',
};

/** The panel the URL names; its failure (code not loaded, or an error) stays inside it. */
export function LineageView(props: LineagePanelProps) {
  const kind = props.state.panel.kind;
  return (
    <PartBoundary part={PANEL_NAMES[kind]} resetKeys={[kind]}>
      <Suspense fallback={<p role="status">Loading the view…</p>}>
        <LineagePanel {...props} />
      </Suspense>
    </PartBoundary>
  );
}
