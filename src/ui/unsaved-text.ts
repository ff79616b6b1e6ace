/**
 * Text the reader is writing and has not saved (an open note editor, the import dialog), held
 * outside the components that show it: a part that fails and is retried, a row that scrolls out
 * of a long list, or a reload for a new version (`reloadKeepingText`) gives it back. An entry goes
 * when the reader saves or cancels (`forgetUnsavedText`), or empties the field. Editors use
 * `useUnsavedText` (./use-unsaved-text.ts, kept apart so that it loads with them).
 */
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

/** The text held under `key`, if any. */
export const unsavedText = (key: string): string | undefined => texts.get(key);

/** Hold `text` under `key`; an empty text, or the field's first value, holds nothing. */
export function holdUnsavedText(key: string, text: string, initial: string): void {
  if (text === initial || text === '') texts.delete(key);
  else texts.set(key, text);
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
