/**
 * Offline and updates (issue #14), started by main.tsx once the page has loaded and the main thread
 * is idle: nothing here is needed for the first screen. Registers the service worker that
 * vite-plugin-pwa generates at the root of the build (it precaches the shell; data files are
 * cached as they are fetched, see vite.config.ts), keeps the data this visit fetched before the
 * worker was in control, and shows the update notice.
 *
 * workbox-window directly rather than the plugin's `virtual:pwa-register`, which does the same but
 * loads workbox-window as one more on-demand file: one file to arrive, one way to fail.
 */
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { browserStorage } from '../../store/browser-storage';
import { reloadKeepingText } from '../../ui/unsaved-text';
import { keepFetchedData } from './cached-data';
import { buildOf, updatedSinceLastVisit } from './last-build';
import { UpdateNotice } from './update-notice';
import './update-notice.css';

export function startOffline(): void {
  // The live region is in the page before any message is put in it, so the message is announced.
  const region = document.createElement('div');
  region.className = 'app-updates';
  region.setAttribute('role', 'status');
  document.body.append(region);
  const root = createRoot(region);
  const state = {
    updated: updatedSinceLastVisit(browserStorage(), buildOf(document)),
    ready: false,
  };
  const show = (onReload: () => void) =>
    root.render(<UpdateNotice {...state} onReload={onReload} />);
  if (!('serviceWorker' in navigator)) {
    show(() => undefined);
    return;
  }
  // This file is in assets/; the worker is at the root of the build, which is its scope.
  const here = import.meta.url;
  const workbox = new Workbox(new URL('../sw.js', here).href, {
    scope: new URL('../', here).pathname,
  });
  const reload = () => {
    // The waiting build takes over; once it controls this page, reload into it (the URL keeps
    // the view, and text the reader has not saved comes back).
    workbox.addEventListener('controlling', reloadKeepingText);
    workbox.messageSkipWaiting();
  };
  workbox.addEventListener('waiting', () => {
    state.ready = true;
    show(reload);
  });
  workbox.register().then(
    (registration) => {
      if (!registration || !('caches' in window)) return;
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      // A failure only means that version is fetched again next time: not the reader's concern.
      keepFetchedData(fetched, caches).catch(() => undefined);
    },
    // No service worker (blocked, a private mode): the viewer works as before, online only.
    () => undefined,
  );
  show(reload);
}
