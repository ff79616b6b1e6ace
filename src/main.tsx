import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import manifest from 'virtual:data-index';
import { App } from './app/app';
import { PartBoundary } from './ui/part-boundary';
import { loadComparisonEngine } from './ui/use-comparison';
import type { DataManifest } from './data/data-files';
import { DataStore } from './data/data-store';
import { httpFetcher } from './data/fetch-data';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The index of versions ships with the page; their points are fetched when a view needs them.
const store = new DataStore(httpFetcher(manifest as DataManifest));
// The engine is fetched now, beside the data files; a failure is shown (with Retry) where the
// comparison would be, by useComparison, which asks again.
loadComparisonEngine().catch(() => {});
createRoot(root).render(
  <StrictMode>
    {/* The last line of defence: every pane has its own boundary (issue #18). */}
    <PartBoundary part="The viewer">
      <App store={store} />
    </PartBoundary>
  </StrictMode>,
);
