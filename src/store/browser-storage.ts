/**
 * The browser's localStorage, or `null` where merely touching it throws (storage switched off,
 * some private modes) or there is no window (Node). Its own module, free of the store: the page's
 * shell (src/app/use-enhancements.ts) and the offline layer read it without loading zustand.
 */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
