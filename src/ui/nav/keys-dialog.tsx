import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CHANGE_KEYS } from './use-change-keys';
import './keys-dialog.css';

/**
 * The list of keys, as a modal dialog: focus moves to it on opening and back where it was on
 * closing, Tab stays inside, Escape or "Close" closes it. A `role="dialog"` element rather than
 * `<dialog>.showModal()`, which jsdom (the component tests) does not implement.
 */
export default function KeysDialog({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      // One focusable element: Tab and Shift+Tab stay on it.
      e.preventDefault();
      closeRef.current?.focus();
    }
  };

  return (
    <div className="keys-backdrop no-print" onClick={onClose}>
      <div
        className="keys-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keys-dialog-title"
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="keys-dialog-title">Keyboard shortcuts</h2>
        <p>These keys work anywhere on the page except while you type in a field.</p>
        <dl className="keys-list">
          {CHANGE_KEYS.map(({ keys, action }) => (
            <div key={action}>
              <dt>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
