/// <reference types="vite-plugin-pwa/client" />
/**
 * Offline and updates (issue #14), started by main.tsx once the page has loaded and the main thread
 * is idle: nothing here is needed for the first screen. Registers the service worker that
 * vite-plugin-pwa generates (it precaches the shell; data files are cached as they are fetched,
 * see vite.config.ts), keeps the data this visit fetched before the worker was in control, and
 * shows the update notice.
 */
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { keepFetchedData } from './cached-data';
import { buildOf, updatedSinceLastVisit } from './last-build';
import { UpdateNotice } from './update-notice';
import './update-notice.css';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function startOffline(): void {
  // The live region is in the page before any message is put in it, so the message is announced.
  const region = document.createElement('div');
  region.className = 'app-updates';
  region.setAttribute('role', 'status');
  document.body.append(region);
  const root = createRoot(region);
  const state = {
    updated: updatedSinceLastVisit(localStorageOrNull(), buildOf(document)),
    ready: false,
  };
  const show = () =>
    root.render(<UpdateNotice {...state} onReload={() => void updateServiceWorker(true)} />);
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      state.ready = true;
      show();
    },
    onRegisteredSW() {
      if (!('caches' in window)) return;
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      // A failure here only means that version is fetched again next time; it is not the reader's concern.
      keepFetchedData(fetched, caches).catch(() => undefined);
    },
    // No service worker (unsupported, blocked, a private mode): the viewer works as before, online.
    onRegisterError: () => undefined,
  });
  show();
}
