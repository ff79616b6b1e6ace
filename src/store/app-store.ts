/**
 * The app's one store: localStorage under `peace-plan-diff`, kept in step with other tabs.
 * Components use the hooks in hooks.ts, never the whole store.
 */
import { useStore } from 'zustand';
import { connectStorageEvents, createAppStore } from './create-app-store';
import { browserStorage } from './browser-storage';
import type { AppState } from './store-types';

const storage = browserStorage();

export const appStore = createAppStore(storage);

if (typeof window !== 'undefined') connectStorageEvents(appStore, window, storage);

/** Select from the app store. Select narrowly (one value, or `useShallow` for a derived array). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
