import { memo, useId, useMemo, type ClipboardEvent, type DragEvent } from 'react';
import { bytesProblem, IMPORT_LIMITS, utf8Length } from '../../core/text/limits';

/**
 * Texts longer than this are held by the dialog, not shown whole in the text box: Chromium lays
 * out and shapes every line of a textarea, and measured 1.2–3 s of frozen page for an 850 KB,
 * 10,000-line paste (whether pasted natively or set as its value). The box then shows the start,
 * read-only, and the preview shows how the whole text was read.
 */
export const HELD_ABOVE = 64 * 1024;
/** Characters of a held text shown in the box. */
const EXCERPT = 4000;

const count = (n: number) => n.toLocaleString('en');

/** `performance.mark` names around the browser's handing over of a paste (see `onPaste`). */
export const PASTE_MARKS = {
  start: 'peace-plan-diff:paste',
  received: 'peace-plan-diff:paste-received',
} as const;

function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    // Timing is a diagnostic; never let it break a paste.
  }
}

/**
 * The draft's text box. Memoised apart from the dialog so that progress updates never re-render
 * it. `autoComplete="off"` keeps Chromium from saving its content into session history on each
 * history.pushState (measured: over a second for 850 KB); spell checking is off for the same
 * reason of size, and nobody proofreads a pasted leak.
 *
 * A paste is looked at before the browser inserts it: over the byte limit it is refused
 * (`onRefused`, nothing changes); a long one is held (`onText(text, true)`).
 */
export const DraftTextBox = memo(function DraftTextBox({
  id,
  describedBy,
  text,
  held,
  onText,
  onRefused,
  onDrop,
}: {
  id: string;
  describedBy: string;
  text: string;
  held: boolean;
  onText: (text: string, held: boolean) => void;
  onRefused: (message: string) => void;
  onDrop: (e: DragEvent) => void;
}) {
  const noteId = useId();
  const excerpt = useMemo(() => (held ? text.slice(0, EXCERPT) : ''), [held, text]);

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    if (held) return; // read-only: "Clear the text" first
    // The browser hands the page the clipboard's text in this call, synchronously: for megabytes
    // that is the one cost of a paste no worker can take (measured apart by the browser tests).
    mark(PASTE_MARKS.start);
    const pasted = e.clipboardData.getData('text/plain');
    mark(PASTE_MARKS.received);
    const box = e.currentTarget;
    const before = box.value.slice(0, box.selectionStart);
    const after = box.value.slice(box.selectionEnd);
    const length = before.length + pasted.length + after.length;
    // A UTF-16 unit is at most 3 UTF-8 bytes: most pastes need no counting at all.
    if (length * 3 > IMPORT_LIMITS.bytes) {
      const problem = bytesProblem(
        utf8Length(before) + utf8Length(pasted) + utf8Length(after),
        'The pasted text',
      );
      if (problem) {
        e.preventDefault();
        onRefused(`${problem} Nothing was pasted; the text box keeps what it had.`);
        return;
      }
    }
    if (length > HELD_ABOVE) {
      e.preventDefault();
      onText(before + pasted + after, true);
    }
  }

  return (
    <div className="draft-text-box">
      <textarea
        id={id}
        rows={10}
        value={held ? excerpt : text}
        readOnly={held}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={held ? `${noteId} ${describedBy}` : describedBy}
        onChange={(e) => onText(e.target.value, false)}
        onPaste={onPaste}
        onDrop={onDrop}
        onDragOver={(e) => e.preventDefault()}
      />
      {held ? (
        <p id={noteId} className="import-held">
          The box shows the first {count(excerpt.length)} of {count(text.length)} characters: a text
          this long is kept whole, and read whole, but not shown, so the page stays responsive. The
          preview shows how it was read.{' '}
          <button type="button" className="secondary" onClick={() => onText('', false)}>
            Clear the text
          </button>
        </p>
      ) : null}
    </div>
  );
});
