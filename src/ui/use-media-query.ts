import { useSyncExternalStore } from 'react';

/** Where media queries cannot be asked (jsdom, very old engines), the wide layout is shown. */
const canAsk = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

/** Whether a media query matches now, following changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!canAsk()) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (canAsk() ? window.matchMedia(query).matches : true),
    () => true,
  );
}
