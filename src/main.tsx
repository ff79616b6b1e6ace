import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import manifest from 'virtual:data-index';
import { App } from './app/app';
import { importWithRetry } from './ui/lazy-import';
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
// The first render is a transition: React renders it in slices and lets the browser handle input
// between them, instead of in one long task (issue #14: a phone's first load).
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      {/* The last line of defence: every pane has its own boundary (issue #18). */}
      <PartBoundary part="The viewer">
        <App store={store} />
      </PartBoundary>
    </StrictMode>,
  ),
);

// Offline and update notices are no part of the first screen: start them once the page has loaded
// and the main thread is idle (production builds only: the dev server has no service worker). A
// failed load of that module only means no offline copy this visit: the next visit tries again.
const loadOffline = () => import('./app/offline/start');
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(run, { timeout: 5000 })
    : setTimeout(run, 1);
if (import.meta.env.PROD)
  window.addEventListener(
    'load',
    () =>
      whenIdle(() => {
        importWithRetry(loadOffline).then(
          (m) => m.startOffline(),
          () => undefined,
        );
      }),
    { once: true },
  );
