import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import './app/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline and update notices are no part of the first screen: start them once the page has loaded
// and the main thread is idle. A failed load of that module only means no offline copy this visit.
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(run, { timeout: 5000 })
    : setTimeout(run, 1);
window.addEventListener(
  'load',
  () =>
    whenIdle(() => {
      import('./app/offline/start').then((m) => m.startOffline()).catch(() => undefined);
    }),
  { once: true },
);
