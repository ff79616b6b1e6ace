import { useCallback, useState } from 'react';
import { holdUnsavedText, unsavedText } from './unsaved-text';

/**
 * `useState` for a text field whose content must survive its component (./unsaved-text.ts):
 * starts from the text held under `key` (if any), and holds every change that differs from
 * `initial`.
 */
export function useUnsavedText(key: string, initial: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => unsavedText(key) ?? initial);
  const change = useCallback(
    (next: string) => {
      holdUnsavedText(key, next, initial);
      setText(next);
    },
    [key, initial],
  );
  return [text, change];
}
