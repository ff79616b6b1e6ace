import { useEffect } from 'react';

/** What each key does; see `CHANGE_KEYS` for the list shown to readers. */
export interface ChangeKeyHandlers {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  help: () => void;
}

/** The keys, as the "Keyboard shortcuts" dialog lists them. */
export const CHANGE_KEYS: ReadonlyArray<{ keys: readonly string[]; action: string }> = [
  { keys: ['n'], action: 'Next change' },
  { keys: ['p'], action: 'Previous change' },
  { keys: ['Home'], action: 'First change' },
  { keys: ['End'], action: 'Last change' },
  { keys: ['?'], action: 'Show these keys' },
  { keys: ['Esc'], action: 'Close this list' },
];

const TYPING_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'spinbutton',
  'slider',
  'menu',
  'grid',
]);

/**
 * True when a key press belongs to the element, not to the page: anything one types in or moves
 * through with keys (fields, selects, editable text, ARIA widgets that own their keys).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const role = target.closest('[role]')?.getAttribute('role');
  return role !== undefined && role !== null && TYPING_ROLES.has(role);
}

function actionOf(e: KeyboardEvent, on: ChangeKeyHandlers): (() => void) | null {
  switch (e.key) {
    case 'n':
    case 'N':
      return e.shiftKey ? null : on.next;
    case 'p':
    case 'P':
      return e.shiftKey ? null : on.previous;
    case 'Home':
      return e.shiftKey ? null : on.first;
    case 'End':
      return e.shiftKey ? null : on.last;
    case '?':
      return on.help;
    default:
      return null;
  }
}

/**
 * Page-wide single keys for the changes: `n`/`p` next/previous, `Home`/`End` first/last, `?` the
 * list of keys. Never while typing in a field (`isTypingTarget`), never with Ctrl, Alt or Meta
 * (browser and screen-reader shortcuts), and not while `enabled` is false (a dialog is open).
 */
export function useChangeKeys(on: ChangeKeyHandlers, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      if (isTypingTarget(e.target)) return;
      const action = actionOf(e, on);
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [on, enabled]);
}
