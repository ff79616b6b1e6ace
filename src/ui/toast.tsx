import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a confirmation stays on screen. */
const TOAST_MS = 4000;

/** A short confirmation ("Link copied."), cleared after a few seconds. */
export function useToast(): [text: string, show: (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((next: string) => {
    clearTimeout(timer.current);
    setText(next);
    timer.current = setTimeout(() => setText(''), TOAST_MS);
  }, []);
  return [text, show];
}

/**
 * A confirmation that floats over the page and never moves the layout. A polite live region that
 * stays mounted, so screen readers hear each new text.
 */
export function Toast({ text }: { text: string }) {
  return (
    <p
      className={text ? 'toast toast--shown no-print' : 'toast no-print'}
      role="status"
      aria-label="Confirmation"
    >
      {text}
    </p>
  );
}
