import { useCallback, useState, type SetStateAction } from 'react';
import { holdUnsavedText, unsavedText } from './unsaved-text';

/**
 * `useState` for a text field whose content must survive its component (./unsaved-text.ts):
 * starts from the text held under `key` (if any), and holds every change that differs from
 * `initial`. The setter takes a value or an update function, as useState's does.
 */
export function useUnsavedText(
  key: string,
  initial: string,
): [string, (update: SetStateAction<string>) => void] {
  const [text, setText] = useState(() => unsavedText(key) ?? initial);
  const change = useCallback(
    (update: SetStateAction<string>) => {
      setText((previous) => {
        const next = typeof update === 'function' ? update(previous) : update;
        // Idempotent, so React calling this updater twice (strict mode) holds the same text.
        holdUnsavedText(key, next, initial);
        return next;
      });
    },
    [key, initial],
  );
  return [text, change];
}
