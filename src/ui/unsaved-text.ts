/**
 * Text the reader is writing and has not saved (an open note editor, the import dialog), held
 * outside the components that show it: a part that fails and is retried, a row that scrolls out
 * of a long list, or a reload for a new version (`reloadKeepingText`) gives it back. An entry goes
 * when the reader saves or cancels (`forgetUnsavedText`), or empties the field.
 */
import { useCallback, useState } from 'react';

/** sessionStorage: the stash lives only across the reload of this tab. */
const STASH_KEY = 'peace-plan-diff:unsaved-text';

function takeStash(): Map<string, string> {
  try {
    const raw = sessionStorage.getItem(STASH_KEY);
    sessionStorage.removeItem(STASH_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!Array.isArray(parsed)) return new Map();
    return new Map(
      parsed.filter(
        (e): e is [string, string] =>
          Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string',
      ),
    );
  } catch {
    return new Map(); // storage switched off, or not ours: nothing to give back
  }
}

const texts = takeStash();

/** `key` itself, or every key it starts when it ends with ':' ('import:'); '' is every key. */
const matches = (k: string, key: string) =>
  k === key || ((key === '' || key.endsWith(':')) && k.startsWith(key));

/** Whether unsaved text is held under `key` (see `matches`). */
export function hasUnsavedText(key: string): boolean {
  return [...texts.keys()].some((k) => matches(k, key));
}

/** Drop the text under `key` (see `matches`): the reader saved it or cancelled. */
export function forgetUnsavedText(key: string): void {
  for (const k of [...texts.keys()]) if (matches(k, key)) texts.delete(k);
}

/**
 * `useState` for a text field whose content must survive its component: starts from the text
 * held under `key` (if any), and holds every change that differs from `initial`.
 */
export function useUnsavedText(key: string, initial: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => texts.get(key) ?? initial);
  const change = useCallback(
    (next: string) => {
      if (next === initial || next === '') texts.delete(key);
      else texts.set(key, next);
      setText(next);
    },
    [key, initial],
  );
  return [text, change];
}

/** Reload the page (the URL keeps the view), giving the unsaved texts back after it. */
export function reloadKeepingText(): void {
  try {
    sessionStorage.setItem(STASH_KEY, JSON.stringify([...texts]));
  } catch {
    // Storage full or off: reload anyway; the reader asked for it.
  }
  window.location.reload();
}
