/**
 * The app's one store: localStorage under `peace-plan-diff`, kept in step with other tabs.
 * Components use the hooks in hooks.ts, never the whole store.
 */
import { useStore } from 'zustand';
import { connectStorageEvents, createAppStore } from './create-app-store';
import type { StorageLike } from './guarded-storage';
import type { AppState } from './store-types';

/** localStorage, or `null` where merely touching it throws (storage disabled, some private modes). */
function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const storage = browserStorage();

export const appStore = createAppStore(storage);

if (typeof window !== 'undefined') connectStorageEvents(appStore, window, storage);

/** Select from the app store. Select narrowly (one value, or `useShallow` for a derived array). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
