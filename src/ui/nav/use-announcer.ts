import { useCallback, useRef, type RefObject } from 'react';

/**
 * A polite live region written directly, not through React state: announcing must not re-render
 * the comparison, and the same text said twice must be heard twice (a no-break space is toggled
 * on the end so the region's text always changes).
 *
 * Render `<p ref={ref} role="status" className="sr-only" />` once and keep it mounted: screen
 * readers only announce changes to a live region that was already in the page.
 */
export function useAnnouncer(): [
  announce: (text: string) => void,
  ref: RefObject<HTMLParagraphElement | null>,
] {
  const ref = useRef<HTMLParagraphElement | null>(null);
  const toggle = useRef(false);
  const announce = useCallback((text: string) => {
    const region = ref.current;
    if (!region) return;
    toggle.current = !toggle.current;
    region.textContent = toggle.current ? text : `${text}\u00a0`;
  }, []);
  return [announce, ref];
}
